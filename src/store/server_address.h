#pragma once
// Reading a postgresql:// URL into a ServerAddress (connection_string.h).
#include <string>

#include "store/connection_string.h"

namespace cg::store {

// url starts with "postgresql://" or "postgres://". Throws StoreError naming
// the part that is wrong.
ServerAddress parseServerUrl(const std::string& url);

}  // namespace cg::store
