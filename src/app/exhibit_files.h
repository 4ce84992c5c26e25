#pragma once
// An exhibit's file on the way in and out of the case: read from disk when
// it is attached (with its size, SHA-256 and media type), and written back
// for the mediator to open or keep a copy.
#include <filesystem>
#include <string>

#include "domain/exhibit.h"

namespace cg::app {

// The exhibit as attached from `path`: file name, media type, size, SHA-256,
// attachedAt now, and the content. Throws std::runtime_error naming the file
// when it cannot be read.
domain::Exhibit readExhibitFile(const std::filesystem::path& path, domain::Exhibit exhibit);

// The media type for a file name's extension; application/octet-stream when
// it is not one of the kinds exhibits usually are.
std::string mediaTypeOf(const std::filesystem::path& fileName);

// Writes `content` to `path` whole or not at all (a temporary beside it,
// then a rename), so that a failed save leaves no half-written copy.
void writeExhibitFile(const std::filesystem::path& path, const std::string& content);

// A place for "Open": the exhibit's own file name in a temporary folder of
// its own, so that the viewer shows the right name and type.
std::filesystem::path temporaryExhibitPath(const domain::Exhibit& exhibit);

// "1.2 MB", "830 bytes".
std::string sizeText(std::uint64_t bytes);

}  // namespace cg::app
