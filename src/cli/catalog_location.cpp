#include "cli/catalog_location.h"

#include <ostream>

#include "resources/resource_location.h"

namespace cg::cli {

std::string catalogFolder(const std::optional<std::string>& option) {
    if (option) return *option;
    return resources::catalogFolder().string();
}

exchange::CatalogLoad loadCatalogs(CommandContext& context, const std::string& folder) {
    exchange::CatalogLoad load = exchange::loadCatalogFolder(folder);
    for (const auto& e : load.errors) context.err() << "warning: catalog skipped: " << e.what() << "\n";
    return load;
}

}  // namespace cg::cli
