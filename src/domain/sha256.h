#pragma once
// SHA-256 (FIPS 180-4): the fingerprint of the audit trail's links, of
// exhibits and of drafts. Written out here because the program links no
// crypto library, and a fingerprint needs only a digest, not secrecy.
#include <string>
#include <string_view>

namespace cg::domain {

// The digest of `data` as 64 lowercase hexadecimal digits.
std::string sha256Hex(std::string_view data);

}  // namespace cg::domain
