#pragma once
// Finds the program's resource folders beside the running executable:
//   build tree:  build/src/<layer>/<exe>          → ../../../<folder>
//   installed:   <prefix>/bin/<exe>               → ../share/commonground/<folder>
// where <folder> is a path relative to the source tree: "forms", "reports",
// "data/catalogs", "data/samples". The installed tree mirrors the source
// tree's layout below share/commonground, so one relative name serves both.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace cg::resources {

// A resource folder is not where it should be; the message lists the places
// searched and what to do.
class MissingResource : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The running program, from /proc/self/exe. Throws MissingResource when the
// system cannot tell.
std::filesystem::path currentExecutable();

// The places searched for `folder`, in order, for a given executable.
std::vector<std::filesystem::path> candidateFolders(const std::filesystem::path& executable,
                                                    const std::filesystem::path& folder);

// The first candidate folder that contains `markerFile` (a file every
// complete copy has, such as main_frame.xrc), canonical. Throws
// MissingResource naming `what` ("the window layouts") and every place
// searched.
std::filesystem::path locateFolder(const std::filesystem::path& executable, const std::filesystem::path& folder,
                                   const std::filesystem::path& markerFile, const std::string& what);

// As above, but empty when no candidate exists (optional resources such as
// the sample cases).
std::filesystem::path findFolder(const std::filesystem::path& executable, const std::filesystem::path& folder);

// The reference catalogs' folder for the window and the CLI:
// $COMMONGROUND_DATA_DIR/catalogs, then data/catalogs beside the program
// (build tree or installed prefix). With none found, the installed location,
// so that the error names where they should be rather than a silent fallback.
std::filesystem::path catalogFolder();

}  // namespace cg::resources
