#pragma once
// The reference catalogs (data/catalogs: control frameworks, notification
// rules, fault regimes) for the workspace pages, loaded once per run from
// $COMMONGROUND_DATA_DIR/catalogs or data/catalogs beside the program (build
// tree or installed prefix), as the CLI finds them. A broken file is left out
// and named; the others still load.
#include <string>
#include <vector>

#include "domain/deadlines/reference_catalogs.h"

namespace cg::app {

struct LoadedCatalogs {
    std::string folder;
    domain::ReferenceCatalogs catalogs;
    std::vector<std::string> problems;  // "file:line:column: what", or the missing folder
};

const LoadedCatalogs& referenceCatalogs();

// Reads the folder (exposed for tests, which point it at broken copies).
LoadedCatalogs loadReferenceCatalogs(const std::string& folder);
std::string referenceCatalogFolder();

}  // namespace cg::app
