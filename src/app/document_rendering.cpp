#include "app/document_rendering.h"

#include "drafting/document_library.h"
#include "exchange/catalog_loader.h"
#include "resources/resource_location.h"

namespace cg::app {

namespace {

std::vector<domain::NotificationRule> notificationRules() {
    const auto exe = resources::currentExecutable();
    const std::filesystem::path relative = std::filesystem::path("data") / "catalogs";
    const std::filesystem::path folder = resources::findFolder(exe, relative);
    // Without the rules the pre-flight check would pass drafts that miss a
    // statutory notice deadline: refuse rather than check less.
    if (folder.empty())
        throw resources::MissingResource("the reference catalogs (data/catalogs) were not found; looked in " +
                                         resources::candidateFolders(exe, relative).front().string() +
                                         " and the installed share/commonground/data/catalogs");
    exchange::CatalogLoad load = exchange::loadCatalogFolder(folder.string());
    if (!load.errors.empty()) throw load.errors.front();
    return load.catalogs.notificationRules;
}

}  // namespace

drafting::PreparedDraft prepareNextDraft(const domain::CaseRecord& record, std::optional<int> changesSince) {
    const auto library = drafting::DocumentLibrary::besideProgram();
    const auto documentTemplate = library.load(drafting::kSettlementAgreement);
    drafting::DraftRequest request;
    request.date = domain::Date::today();
    request.createdAt = domain::Instant::now();
    request.changesSince = changesSince;
    return drafting::prepareDraft(record, documentTemplate, notificationRules(), request);
}

drafting::RenderedDocument renderDocumentPdf(const domain::documents::Document& document,
                                             const std::optional<std::string>& password) {
    const report::FontBook fonts;
    report::PdfOptions options;
    options.userPassword = password;
    return drafting::renderDocument(document, fonts, options);
}

}  // namespace cg::app
