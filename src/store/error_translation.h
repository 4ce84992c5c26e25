#pragma once
// Turns what SOCI and SQLite throw into the store's own exceptions, with a
// message a mediator or a firm's IT person can act on. Nothing from SOCI
// leaves a public method of the store; this is where it is caught.
#include <exception>
#include <string>

#include "store/connection_string.h"

namespace cg::store {

struct ErrorContext {
    std::string doing;  // "save party 3 in case CG-2026-0001": completes "Could not ..."
    std::string path;   // the database as messages name it: the file, or the server's URL
    // Whether the action only reads: a ValidationError met then comes from a
    // stored value this version cannot read, not from the user's input.
    bool reading = false;
    // PostgreSQL only: where the server is and who logs in, for messages
    // about reaching it; and whether the connection was found dead after the
    // error, which then is the thing to report.
    const ServerAddress* server = nullptr;
    bool connectionLost = false;
};

// Rethrows the exception being handled (call it inside a catch block) as a
// StoreError, ConflictError, ValidationError or NotFound. domain::Error
// subclasses pass through unchanged.
[[noreturn]] void rethrowTranslated(const ErrorContext& context);

}  // namespace cg::store
