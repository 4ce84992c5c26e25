#include "app/conflict_warning.h"

#include <wx/intl.h>

#include "app/prompts.h"
#include "app/vocabulary_labels.h"
#include "app/wx_text.h"
#include "domain/conflicts/conflict_index.h"
#include "store/people_directory.h"

namespace cg::app {

using namespace domain::conflicts;

wxString conflictWarning(store::Database& db, const std::string& caseRef, const std::vector<std::string>& names) {
    std::vector<std::string> searchable;
    for (const std::string& name : names)
        if (!NormalisedName::of(name).empty()) searchable.push_back(name);
    if (searchable.empty()) return {};
    const ConflictIndex index(store::listPeople(db), searchable);
    wxString text;
    for (const std::string& name : searchable) {
        auto hits = index.search(name);
        std::erase_if(hits, [&](const ConflictHit& hit) { return hit.entry->caseReference == caseRef; });
        if (hits.empty()) continue;
        text << wxString::Format(_(L"\u201c%s\u201d appears in other cases:"), toWx(name)) << "\n";
        for (const ConflictHit& hit : hits) {
            const ConflictEntry& entry = *hit.entry;
            text << L"  \u2022 " << toWx(entry.name) << " (" << toWx(std::string(toString(entry.role))) << "), "
                 << toWx(entry.caseReference) << " " << toWx(entry.caseTitle) << ", "
                 << vocabularyLabel(entry.caseStatus) << "\n";
        }
    }
    if (!text.empty())
        text << "\n"
             << _("Check for a conflict of interest before going on; record your decision with the command "
                  "line's 'conflicts' command.");
    return text;
}

bool passesConflictCheck(wxWindow* parent, store::Database& db, const std::string& caseRef,
                         const std::vector<std::string>& names) {
    wxString warning;
    try {
        warning = conflictWarning(db, caseRef, names);
    } catch (const std::exception&) {
        reportCurrentError(parent, _("The conflict check could not run; run it from the command line before "
                                     "going on."));
        return true;
    }
    return warning.empty() || prompts().warn(parent, _("Possible conflict of interest"), warning, _("&Add anyway"));
}

}  // namespace cg::app
