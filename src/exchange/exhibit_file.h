#pragma once
// Files on disk as exhibits, for the CLI and the window alike: reading one
// whole to attach it, with its name, media type, size and SHA-256, and how
// big it is in words people read.
#include <cstdint>
#include <string>

#include "domain/exhibit.h"

namespace cg::exchange {

// `exhibit` (title, visibility, links as the caller set them) with the file
// at `path` attached: file name, media type, size, SHA-256, attachedAt now
// and the bytes. Throws domain::Error naming the path when it is missing, a
// folder or unreadable ("…; nothing was attached"): all or nothing.
domain::Exhibit attachFile(const std::string& path, domain::Exhibit exhibit);

// "application/pdf" for "report.pdf"; "application/octet-stream" for a type
// not listed, which is honest rather than guessed.
std::string mediaTypeFor(const std::string& fileName);

// "830 bytes", "1.2 KB", "3.4 MB".
std::string sizeText(std::uint64_t bytes);

}  // namespace cg::exchange
