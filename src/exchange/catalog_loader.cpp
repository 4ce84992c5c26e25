#include "exchange/catalog_loader.h"

#include <algorithm>
#include <filesystem>

#include "exchange/case_file_source.h"
#include "exchange/catalog_readers.h"
#include "exchange/xml_syntax.h"

namespace cg::exchange {

namespace {

// Catalogs are small (the shipped ones are a few kilobytes); a megabyte
// keeps a mistaken file (a log, an image) from being parsed at all.
constexpr std::size_t kMaxCatalogBytes = std::size_t{1} * 1024 * 1024;

struct CatalogKind {
    std::string_view root;
    void (*read)(const ElementReader&, domain::ReferenceCatalogs&);
    std::string_view entry;
};

const CatalogKind kKinds[] = {
    {"control-catalog", readControlCatalog, "control"},
    {"failure-map", readFailureMap, "failure"},
    {"notification-rules", readNotificationRules, "rule"},
    {"fault-regimes", readFaultRegimes, "regime"},
    {"interest-categories", readInterestCategories, "category"},
};

std::string knownRoots() {
    std::string names;
    for (const auto& k : kKinds) names += (names.empty() ? "<" : ", <") + std::string(k.root) + ">";
    return names;
}

std::size_t entryCount(const domain::ReferenceCatalogs& c) {
    return c.controls.size() + c.failures.size() + c.notificationRules.size() +
           c.faultRegimes.size() + c.interestCategories.size();
}

template <typename T>
void append(std::vector<T>& to, std::vector<T>& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

void readCatalogFile(const std::string& path, domain::ReferenceCatalogs& into) {
    readCatalogText(loadCaseFileBytes(path, kMaxCatalogBytes), path, into);
}

void readCatalogText(const std::string& bytes, const std::string& path, domain::ReferenceCatalogs& into) {
    if (bytes.size() > kMaxCatalogBytes) throw ImportError(path, 0, 0, tooLargeMessage(kMaxCatalogBytes));
    // parseXml words its messages for case files; an empty catalog gets its own.
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ImportError(path, 0, 0, "the catalog file is empty; expected one of " + knownRoots());
    SourceText source(path, bytes);
    pugi::xml_document doc;
    parseXml(doc, source);
    const pugi::xml_node root = doc.document_element();
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                   [&](const CatalogKind& k) { return k.root == root.name(); });
    if (kind == std::end(kKinds))
        source.fail(source.offsetOf(root),
                    "this is not a CommonGround catalog: the root element is <" +
                        std::string(root.name()) + ">, expected one of " + knownRoots());
    const ElementShape shape{
        {{"catalog-version", true}}, {{kind->entry, Occurs::Many}}, Content::Elements, true};
    const ElementReader reader(root, shape, source, "<" + std::string(kind->root) + ">");
    const std::string version = requiredText(reader, "catalog-version");

    // Read into a copy so that a file failing half-way adds nothing.
    domain::ReferenceCatalogs merged = into;
    const std::size_t before = entryCount(merged);
    kind->read(reader, merged);
    merged.files.push_back({path, std::string(kind->root), version, entryCount(merged) - before});
    into = std::move(merged);
}

CatalogLoad loadCatalogFolder(const std::string& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw CatalogFolderError("the catalog folder '" + folder + "' " +
                                 (fs::exists(folder, ec) ? "is not a folder" : "does not exist") +
                                 "; set COMMONGROUND_DATA_DIR or pass --catalogs DIR");
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".xml" && entry.is_regular_file(ec))
            files.push_back(entry.path());
    if (ec)
        throw CatalogFolderError("cannot list the catalog folder '" + folder +
                                 "': " + ec.message());
    std::sort(files.begin(), files.end());

    CatalogLoad load;
    for (const fs::path& file : files) {
        try {
            readCatalogFile(file.string(), load.catalogs);
        } catch (const ImportError& e) {
            load.errors.push_back(e);
        }
    }
    return load;
}

}  // namespace cg::exchange
