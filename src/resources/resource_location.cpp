#include "resources/resource_location.h"

#include <cstdlib>
#include <system_error>

namespace cg::resources {

namespace fs = std::filesystem;

fs::path currentExecutable() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) throw MissingResource("cannot tell where the program is (/proc/self/exe: " + ec.message() + ")");
    return exe;
}

std::vector<fs::path> candidateFolders(const fs::path& executable, const fs::path& folder) {
    const fs::path dir = executable.parent_path();
    return {dir / ".." / ".." / ".." / folder, dir / ".." / "share" / "commonground" / folder};
}

fs::path locateFolder(const fs::path& executable, const fs::path& folder, const fs::path& markerFile,
                      const std::string& what) {
    std::string searched;
    for (const fs::path& dir : candidateFolders(executable, folder)) {
        std::error_code ec;
        if (fs::is_regular_file(dir / markerFile, ec)) return fs::weakly_canonical(dir, ec);
        searched += "\n  " + fs::weakly_canonical(dir, ec).string();
    }
    throw MissingResource(what + " (" + folder.string() + "/) were not found. Searched:" + searched +
                          "\nReinstall CommonGround, or run it from its build tree.");
}

fs::path findFolder(const fs::path& executable, const fs::path& folder) {
    for (const fs::path& dir : candidateFolders(executable, folder)) {
        std::error_code ec;
        if (fs::is_directory(dir, ec)) return fs::weakly_canonical(dir, ec);
    }
    return {};
}

fs::path catalogFolder() {
    if (const char* dataDir = std::getenv("COMMONGROUND_DATA_DIR"); dataDir && *dataDir)
        return fs::path(dataDir) / "catalogs";
    const fs::path exe = currentExecutable();
    const fs::path relative = fs::path("data") / "catalogs";
    if (fs::path found = findFolder(exe, relative); !found.empty()) return found;
    return candidateFolders(exe, relative).back().lexically_normal();
}

}  // namespace cg::resources
