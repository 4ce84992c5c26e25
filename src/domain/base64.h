#pragma once
// Base64 (RFC 4648 section 4, the standard alphabet with '=' padding), which
// carries an exhibit's bytes inside a case file's <content> element.
#include <cstddef>
#include <string>
#include <string_view>

#include "domain/errors.h"

namespace cg::domain {

std::string encodeBase64(std::string_view bytes);

// Text that is not base64, with the offset in the text where it goes wrong
// (the text's length when it ends too early).
class Base64Error : public ValidationError {
public:
    Base64Error(const std::string& what, std::size_t offset) : ValidationError(what), m_offset(offset) {}
    std::size_t offset() const { return m_offset; }

private:
    std::size_t m_offset;
};

// Whitespace between the characters is ignored (XML tools and people wrap
// long text); anything else that is not canonical base64 throws
// Base64Error ("character '#' is not base64").
std::string decodeBase64(std::string_view text);

}  // namespace cg::domain
