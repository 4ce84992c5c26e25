#include "app/linked_delete.h"

#include <wx/intl.h>

namespace cg::app {

namespace {

wxString kindText(const std::string& kind) {
    static const std::pair<const char*, const char*> kKinds[] = {
        {"party", wxTRANSLATE("party")},
        {"interest", wxTRANSLATE("interest")},
        {"clause", wxTRANSLATE("clause")},
        {"fact", wxTRANSLATE("fact")},
        {"claim", wxTRANSLATE("claim")},
        {"option", wxTRANSLATE("option")},
        {"session", wxTRANSLATE("session")},
        {"offer", wxTRANSLATE("offer")},
        {"loss", wxTRANSLATE("loss")},
        {"draft", wxTRANSLATE("draft")},
        {"participant", wxTRANSLATE("participant")},
        {"exhibit", wxTRANSLATE("exhibit")},
        {"time entry", wxTRANSLATE("time entry")},
        {"expense", wxTRANSLATE("expense")},
        {"payment", wxTRANSLATE("payment")},
        {"alternative", wxTRANSLATE("alternative")},
        {"bottom line", wxTRANSLATE("bottom line")},
    };
    for (const auto& [key, text] : kKinds)
        if (kind == key) return wxGetTranslation(text);
    return wxString::FromUTF8(kind);
}

}  // namespace

wxString linkListText(const std::vector<domain::RecordLink>& links) {
    wxString text;
    for (std::size_t i = 0; i < links.size(); ++i) {
        if (i > 0) text += i + 1 == links.size() ? _(" and ") : wxString(", ");
        if (links[i].kind == "fee split") text += _("the case's fee split");
        else text += wxString::Format("%s %lld", kindText(links[i].kind), static_cast<long long>(links[i].no));
    }
    return text;
}

wxString linkedDeleteQuestion(const wxString& kind, domain::RecordNo no,
                              const std::vector<domain::RecordLink>& links) {
    return wxString::Format(_("%s %lld is named by %s. Delete anyway?"), kind.Capitalize(),
                            static_cast<long long>(no), linkListText(links));
}

}  // namespace cg::app
