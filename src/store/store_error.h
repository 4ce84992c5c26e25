#pragma once
#include "domain/errors.h"

namespace cg::store {

// The database could not do what was asked: a locked or unreadable file, a
// schema from a newer version, a server that does not answer. The message
// says what happened and what to do.
class StoreError : public domain::Error {
public:
    using domain::Error::Error;
};

}  // namespace cg::store
