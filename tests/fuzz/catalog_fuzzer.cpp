// libFuzzer target: any bytes read as one reference catalog (data/catalogs)
// either add their entries or are refused with an ImportError; a refused file
// must leave the catalogs read so far exactly as they were.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "domain/errors.h"
#include "exchange/catalog_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    cg::domain::ReferenceCatalogs catalogs;
    try {
        cg::exchange::readCatalogText(text, "fuzz.xml", catalogs);
    } catch (const cg::domain::Error&) {
        // All or nothing: a refused file adds no entry and no file record.
        if (!catalogs.files.empty() || !catalogs.controls.empty() || !catalogs.failures.empty() ||
            !catalogs.notificationRules.empty() || !catalogs.faultRegimes.empty() ||
            !catalogs.interestCategories.empty())
            std::abort();
    }
    return 0;
}
