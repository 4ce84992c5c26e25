#pragma once
// Base64 (RFC 4648, with padding), for exhibit bytes kept as text: both
// engines store text unchanged, while binary columns differ between them.
#include <string>
#include <string_view>

namespace cg::store {

std::string base64Encode(std::string_view bytes);
// Throws StoreError when `text` is not base64, which only a damaged or
// hand-edited database holds.
std::string base64Decode(std::string_view text);

}  // namespace cg::store
