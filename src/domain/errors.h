#pragma once
// Exceptions the core throws. Each carries a message a mediator or a firm's
// IT person can act on; the UI and the CLI catch them at their edge.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace cg::domain {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A record breaks a rule of the case record (an amount below zero, a claim
// against oneself, a link to a record that does not exist...). recordKind and
// recordNo name the offending record when there is one, so callers such as
// the case-file import can point at the line it came from.
class ValidationError : public Error {
public:
    explicit ValidationError(const std::string& message, std::string recordKind = {},
                             std::int64_t recordNo = 0)
        : Error(message), m_recordKind(std::move(recordKind)), m_recordNo(recordNo) {}
    const std::string& recordKind() const { return m_recordKind; }
    std::int64_t recordNo() const { return m_recordNo; }

private:
    std::string m_recordKind;
    std::int64_t m_recordNo;
};

class NotFound : public Error {
public:
    using Error::Error;
};

// The action would clash with what is already stored: a case reference that
// exists, a record someone else changed in the meantime.
class ConflictError : public Error {
public:
    using Error::Error;
};

}  // namespace cg::domain
