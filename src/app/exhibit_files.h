#pragma once
// Where "Open" puts an exhibit's bytes for the mediator's own viewer.
// Reading a file to attach it and writing one out again are shared with the
// CLI (exchange/exhibit_file.h, exchange/atomic_file_write.h).
#include <filesystem>

#include "domain/exhibit.h"

namespace cg::app {

// The exhibit's own file name in a temporary folder of its own, so that the
// viewer shows the right name and type.
std::filesystem::path temporaryExhibitPath(const domain::Exhibit& exhibit);

}  // namespace cg::app
