#include "domain/base64.h"

#include <array>
#include <cstdint>


namespace cg::domain {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr int kNotBase64 = -1;

constexpr std::array<int, 256> decodingTable() {
    std::array<int, 256> table{};
    for (int& value : table) value = kNotBase64;
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) table[static_cast<unsigned char>(kAlphabet[i])] = int(i);
    return table;
}

constexpr std::array<int, 256> kDecoding = decodingTable();

bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

[[noreturn]] void refuse(const std::string& what, std::size_t offset) { throw Base64Error(what, offset); }

std::string describe(char c) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x21 && byte < 0x7F) return "character '" + std::string(1, c) + "'";
    static constexpr char kHex[] = "0123456789ABCDEF";
    return std::string("byte 0x") + kHex[byte >> 4] + kHex[byte & 0xF];
}

}  // namespace

std::string encodeBase64(std::string_view bytes) {
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t group = (std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16) |
                                    (std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8) |
                                    std::uint32_t(static_cast<unsigned char>(bytes[i + 2]));
        for (int shift = 18; shift >= 0; shift -= 6) text += kAlphabet[(group >> shift) & 0x3F];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 0) return text;
    std::uint32_t group = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
    if (rest == 2) group |= std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8;
    text += kAlphabet[(group >> 18) & 0x3F];
    text += kAlphabet[(group >> 12) & 0x3F];
    text += rest == 2 ? kAlphabet[(group >> 6) & 0x3F] : '=';
    text += '=';
    return text;
}

std::string decodeBase64(std::string_view text) {
    std::string bytes;
    bytes.reserve(text.size() / 4 * 3);
    std::uint32_t group = 0;
    int filled = 0;   // base64 digits in the current group of four
    int padding = 0;  // '=' at the end of the last group
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if (isWhitespace(c)) continue;
        if (c == '=') {
            // Padding fills the last group of four, after two or three digits.
            if (filled < 2) refuse("padding '=' comes too early in its group of four", at);
            if (filled + padding == 4) refuse("padding '=' follows a complete group of four", at);
            ++padding;
            continue;
        }
        if (padding > 0) refuse(describe(c) + " follows the padding '=' that ends base64 text", at);
        const int value = kDecoding[static_cast<unsigned char>(c)];
        if (value == kNotBase64) refuse(describe(c) + " is not base64", at);
        group = (group << 6) | std::uint32_t(value);
        if (++filled == 4) {
            bytes += char((group >> 16) & 0xFF);
            bytes += char((group >> 8) & 0xFF);
            bytes += char(group & 0xFF);
            group = 0;
            filled = 0;
        }
    }
    if (filled == 0) return bytes;
    if (filled + padding != 4)
        refuse("base64 text ends in the middle of a group of four; it was cut short", text.size());
    // Canonical base64 leaves the bits past the data zero; others mean the
    // text was altered, and would not come back the same when written again.
    const std::string altered = "the last base64 group has bits set beyond its data; the text was altered";
    if (filled == 2) {
        if (group & 0xF) refuse(altered, text.size());
        bytes += char((group >> 4) & 0xFF);
    } else {
        if (group & 0x3) refuse(altered, text.size());
        bytes += char((group >> 10) & 0xFF);
        bytes += char((group >> 2) & 0xFF);
    }
    return bytes;
}

}  // namespace cg::domain
