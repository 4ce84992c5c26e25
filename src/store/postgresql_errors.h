#pragma once
// The PostgreSQL half of error_translation: what SOCI's PostgreSQL backend
// and libpq throw, told apart by SQLSTATE where the server sent one and by
// libpq's text where it could not (no server to send one).
#include <soci/soci.h>

#include "store/error_translation.h"

namespace cg::store {

[[noreturn]] void throwPostgresqlError(const soci::soci_error& error, const ErrorContext& context);

}  // namespace cg::store
