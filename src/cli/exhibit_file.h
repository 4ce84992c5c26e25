#pragma once
// Files on disk as exhibits: reading one to attach it and naming its type.
#include <string>

namespace cg::cli {

// The whole file as bytes. domain::Error naming the path when it is missing,
// a folder or unreadable: an exhibit is attached whole or not at all.
std::string readExhibitFile(const std::string& path);

// "application/pdf" for "report.pdf"; "application/octet-stream" for a type
// not listed, which is honest rather than guessed.
std::string mediaTypeFor(const std::string& fileName);

}  // namespace cg::cli
