#pragma once
// The reference catalogs (data/catalogs) for the commands that need them:
// deadlines, catalog check and the draft's pre-flight check.
#include <optional>
#include <string>

#include "cli/command_context.h"
#include "exchange/catalog_loader.h"

namespace cg::cli {

// --catalogs, then $COMMONGROUND_DATA_DIR/catalogs, then data/catalogs beside
// the program (build tree or installed prefix). A folder named explicitly is
// used even when it is missing, so the error names what the user asked for
// rather than a silent fallback; with none found, the installed location is
// named.
std::string catalogFolder(const std::optional<std::string>& option);

// Loads the catalogs; broken files are warned about on stderr and skipped.
exchange::CatalogLoad loadCatalogs(CommandContext& context, const std::string& folder);

}  // namespace cg::cli
