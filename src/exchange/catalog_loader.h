#pragma once
// Reading the reference catalogs (data/catalogs/*.xml): control frameworks,
// the failure map, breach-notification rules, fault regimes and interest
// categories. Every *.xml file of the folder is read, so a firm adds a state
// rule by dropping a file in; a broken file is reported with file:line:column
// and skipped while the others still load, so the app can start and warn.
#include <string>
#include <vector>

#include "domain/deadlines/reference_catalogs.h"
#include "exchange/import_error.h"

namespace cg::exchange {

// The folder cannot be used at all (it does not exist, is not a folder).
class CatalogFolderError : public domain::Error {
public:
    using domain::Error::Error;
};

struct CatalogLoad {
    domain::ReferenceCatalogs catalogs;  // everything from the files that read cleanly
    std::vector<ImportError> errors;     // one per file that did not, in file-name order
};

// Reads every *.xml file directly in `folder`, in file-name order. Throws
// CatalogFolderError naming the path when the folder is missing.
CatalogLoad loadCatalogFolder(const std::string& folder);

// Reads one catalog file and adds its entries to `into`, all or nothing.
// Throws ImportError(file, line, column, what) on the first problem,
// including an entry whose id is already in `into` (from another file).
void readCatalogFile(const std::string& path, domain::ReferenceCatalogs& into);

// The same from text already in memory; displayName is what messages call the file.
void readCatalogText(const std::string& text, const std::string& displayName, domain::ReferenceCatalogs& into);

}  // namespace cg::exchange
