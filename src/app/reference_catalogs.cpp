#include "app/reference_catalogs.h"

#include "exchange/catalog_loader.h"
#include "resources/resource_location.h"

namespace cg::app {

std::string referenceCatalogFolder() { return resources::catalogFolder().string(); }

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
