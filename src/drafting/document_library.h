#pragma once
// The document templates a firm can edit: reports/<name>.xml with the clause
// library in reports/clauses/. A template may also be named by path, so a
// firm can try an edited copy before replacing the shipped one.
#include <filesystem>
#include <string>
#include <vector>

#include "domain/documents/document_template.h"

namespace cg::drafting {

inline constexpr const char* kSettlementAgreement = "settlement-agreement";
inline constexpr const char* kTermSheet = "term-sheet";
inline constexpr const char* kAgreementToMediate = "agreement-to-mediate";

class DocumentLibrary {
public:
    explicit DocumentLibrary(std::filesystem::path reportsFolder);

    // reports/ beside the running program (build tree or installed prefix);
    // throws resources::MissingResource naming the places searched.
    static DocumentLibrary besideProgram();

    const std::filesystem::path& folder() const { return m_folder; }
    std::filesystem::path clauseFolder() const { return m_folder / "clauses"; }

    // "settlement-agreement" → reports/settlement-agreement.xml; anything
    // with a slash or ending in .xml is taken as a path.
    std::filesystem::path templateFile(const std::string& nameOrPath) const;

    // The templates shipped in the folder, by name, sorted.
    std::vector<std::string> templateNames() const;

    // Reads and checks a template; exchange::ImportError (file:line:column)
    // for a broken one, domain::NotFound for a name the folder lacks.
    domain::documents::DocumentTemplate load(const std::string& nameOrPath) const;

private:
    std::filesystem::path m_folder;
};

}  // namespace cg::drafting
