#include "drafting/document_library.h"

#include <algorithm>
#include <system_error>

#include "domain/errors.h"
#include "exchange/templates/document_template_reader.h"
#include "resources/resource_location.h"

namespace cg::drafting {

namespace fs = std::filesystem;

DocumentLibrary::DocumentLibrary(fs::path reportsFolder) : m_folder(std::move(reportsFolder)) {}

DocumentLibrary DocumentLibrary::besideProgram() {
    const fs::path exe = resources::currentExecutable();
    return DocumentLibrary(resources::locateFolder(exe, "reports", std::string(kSettlementAgreement) + ".xml",
                                                   "The document templates"));
}

fs::path DocumentLibrary::templateFile(const std::string& nameOrPath) const {
    if (nameOrPath.find('/') != std::string::npos || fs::path(nameOrPath).extension() == ".xml")
        return nameOrPath;
    return m_folder / (nameOrPath + ".xml");
}

std::vector<std::string> DocumentLibrary::templateNames() const {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(m_folder, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".xml")
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

domain::documents::DocumentTemplate DocumentLibrary::load(const std::string& nameOrPath) const {
    const fs::path file = templateFile(nameOrPath);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
        std::string known;
        for (const auto& name : templateNames()) known += (known.empty() ? "" : ", ") + name;
        throw domain::NotFound("no document template " + file.string() +
                               (known.empty() ? "" : " (templates in " + m_folder.string() + ": " + known + ")"));
    }
    return exchange::readDocumentTemplate(file, clauseFolder());
}

}  // namespace cg::drafting
