#include "app/agreement_check.h"

#include <wx/intl.h>

#include "app/prompts.h"
#include "app/wx_text.h"

namespace cg::app {

std::vector<const domain::Party*> partiesWithoutAgreement(const domain::CaseRecord& record) {
    std::vector<const domain::Party*> missing;
    for (const domain::Party& party : record.parties)
        if (!party.agreementSignedOn) missing.push_back(&party);
    return missing;
}

bool confirmAgreementsSigned(wxWindow* parent, const domain::CaseRecord& record) {
    const auto missing = partiesWithoutAgreement(record);
    if (missing.empty()) return true;
    wxString names;
    for (const domain::Party* party : missing) names << L"  \u2022 " << toWx(party->name) << "\n";
    const wxString warning =
        wxString::Format(wxPLURAL("This party has not signed the agreement to mediate:\n%s\nHold the session anyway?",
                                  "These parties have not signed the agreement to mediate:\n%s\nHold the session "
                                  "anyway?",
                                  missing.size()),
                         names);
    return prompts().warn(parent, _("Agreement to mediate not signed"), warning, _("&Continue"));
}

}  // namespace cg::app
