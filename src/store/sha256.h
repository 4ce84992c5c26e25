#pragma once
// SHA-256 (FIPS 180-4), for sealing the audit trail. Written out here
// because the store links no crypto library, and the trail needs only a
// digest, not secrecy.
#include <string>
#include <string_view>

namespace cg::store {

// The digest of `data` as 64 lowercase hexadecimal digits.
std::string sha256Hex(std::string_view data);

}  // namespace cg::store
