#include "app/reference_catalogs.h"

#include <cstdlib>
#include <filesystem>

#include "exchange/catalog_loader.h"
#include "resources/resource_location.h"

namespace cg::app {

namespace fs = std::filesystem;

std::string referenceCatalogFolder() {
    if (const char* dataDir = std::getenv("COMMONGROUND_DATA_DIR"); dataDir && *dataDir)
        return (fs::path(dataDir) / "catalogs").string();
    const fs::path exe = resources::currentExecutable();
    const fs::path relative = fs::path("data") / "catalogs";
    if (fs::path found = resources::findFolder(exe, relative); !found.empty()) return found.string();
    return resources::candidateFolders(exe, relative).back().lexically_normal().string();
}

LoadedCatalogs loadReferenceCatalogs(const std::string& folder) {
    LoadedCatalogs loaded;
    loaded.folder = folder;
    try {
        exchange::CatalogLoad load = exchange::loadCatalogFolder(folder);
        loaded.catalogs = std::move(load.catalogs);
        for (const auto& e : load.errors) loaded.problems.emplace_back(e.what());
    } catch (const std::exception& e) {
        loaded.problems.emplace_back(e.what());
    }
    return loaded;
}

const LoadedCatalogs& referenceCatalogs() {
    static const LoadedCatalogs loaded = loadReferenceCatalogs(referenceCatalogFolder());
    return loaded;
}

}  // namespace cg::app
