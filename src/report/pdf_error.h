#pragma once
// Writing the PDF failed; the message says what was being done and why.
#include <stdexcept>
#include "domain/errors.h"

namespace cg::report {

class PdfError : public domain::Error {
public:
    using domain::Error::Error;
};

}  // namespace cg::report
