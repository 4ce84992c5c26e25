#pragma once
// Loading the bytes of a case file from disk, with a size limit so that a
// hostile or mistaken file (a disk image renamed .cgcase) cannot exhaust memory.
#include <cstddef>
#include <string>

namespace cg::exchange {

// Real cases are well under a megabyte; 64 MiB leaves room for a decade of
// session notes while keeping the parsed tree within a desktop's memory.
inline constexpr std::size_t kMaxCaseFileBytes = std::size_t{64} * 1024 * 1024;

// "64 MiB": the limit as a user reads it.
std::string describeByteCount(std::size_t bytes);

// The whole file, or ImportError(path, 0, 0, "cannot open 'x': reason").
// Throws when the file holds more than maxBytes.
std::string loadCaseFileBytes(const std::string& path, std::size_t maxBytes = kMaxCaseFileBytes);

// The message for text that is larger than maxBytes.
std::string tooLargeMessage(std::size_t maxBytes);

}  // namespace cg::exchange
