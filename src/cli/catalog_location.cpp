#include "cli/catalog_location.h"

#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "resources/resource_location.h"

namespace cg::cli {

namespace fs = std::filesystem;

std::string catalogFolder(const std::optional<std::string>& option) {
    if (option) return *option;
    if (const char* dataDir = std::getenv("COMMONGROUND_DATA_DIR"); dataDir && *dataDir)
        return (fs::path(dataDir) / "catalogs").string();
    const fs::path exe = resources::currentExecutable();
    const fs::path relative = fs::path("data") / "catalogs";
    if (fs::path found = resources::findFolder(exe, relative); !found.empty()) return found.string();
    return resources::candidateFolders(exe, relative).back().lexically_normal().string();
}

exchange::CatalogLoad loadCatalogs(CommandContext& context, const std::string& folder) {
    exchange::CatalogLoad load = exchange::loadCatalogFolder(folder);
    for (const auto& e : load.errors) context.err() << "warning: catalog skipped: " << e.what() << "\n";
    return load;
}

}  // namespace cg::cli
