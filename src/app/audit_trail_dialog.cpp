#include "app/audit_trail_dialog.h"

#include <algorithm>

#include <wx/datetime.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/wx_text.h"
#include "store/database.h"

namespace cg::app {

namespace {

enum Column { kWhen, kWho, kAction, kRecord, kChange };

// Long changes are cut in the list; the whole text is shown below it.
constexpr std::size_t kShortChange = 90;

wxString localTime(const domain::Instant& instant) {
    return wxDateTime(static_cast<time_t>(instant.time().time_since_epoch().count())).Format("%Y-%m-%d %H:%M:%S");
}

wxString actionText(const std::string& action) {
    if (action == "create") return _("created");
    if (action == "update") return _("changed");
    if (action == "delete") return _("deleted");
    if (action == "import") return _("imported");
    return toWx(action);
}

wxString recordText(const store::AuditEntry& e) {
    if (e.recordKind == "case" || e.recordNo == 0) return toWx(e.recordKind);
    return wxString::Format("%s %lld", toWx(e.recordKind), static_cast<long long>(e.recordNo));
}

wxString shortened(const wxString& text) {
    if (text.length() <= kShortChange) return text;
    return text.Left(kShortChange - 1) + wxString::FromUTF8("…");
}

// A virtual list: the control asks only for the rows it draws, so a trail
// of thousands of entries opens and filters at once.
class AuditList : public wxListCtrl {
public:
    AuditList(wxWindow* parent, const std::vector<store::AuditEntry>& all, const std::vector<std::size_t>& shown)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
          m_all(all), m_shown(shown) {}

protected:
    wxString OnGetItemText(long item, long column) const override {
        if (item < 0 || static_cast<std::size_t>(item) >= m_shown.size()) return {};
        const store::AuditEntry& e = m_all[m_shown[static_cast<std::size_t>(item)]];
        switch (column) {
            case kWhen: return localTime(e.at);
            case kWho: return toWx(e.actor);
            case kAction: return actionText(e.action);
            case kRecord: return recordText(e);
            case kChange: return shortened(toWx(e.change));
            default: return {};
        }
    }

private:
    const std::vector<store::AuditEntry>& m_all;
    const std::vector<std::size_t>& m_shown;
};

}  // namespace

AuditTrailDialog::AuditTrailDialog(wxWindow* parent, store::Database& db, const std::string& caseRef) {
    wxXmlResource::Get()->LoadDialog(this, parent, "AuditTrailDialog");
    SetTitle(wxString::Format(_("Audit trail of %s"), toWx(caseRef)));
    m_filter = formControl<wxTextCtrl>(this, "filter");
    m_details = formControl<wxTextCtrl>(this, "details");
    m_seals = formControl<wxStaticText>(this, "seals");
    m_count = formControl<wxStaticText>(this, "count");
    m_list = new AuditList(this, m_all, m_shown);
    wxXmlResource::Get()->AttachUnknownControl("entries", m_list, this);
    m_list->SetMinSize(FromDIP(wxSize(900, 320)));
    m_list->AppendColumn(_("When"), wxLIST_FORMAT_LEFT, FromDIP(165));
    m_list->AppendColumn(_("Who"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_list->AppendColumn(_("Action"), wxLIST_FORMAT_LEFT, FromDIP(80));
    m_list->AppendColumn(_("Record"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_list->AppendColumn(_("Before and after"), wxLIST_FORMAT_LEFT, FromDIP(440));

    m_all = store::AuditTrail(db).forCase(caseRef);
    std::reverse(m_all.begin(), m_all.end());
    showSeals(db, caseRef);
    filter(wxString());

    m_filter->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { filter(m_filter->GetValue()); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showDetails(); });
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { showDetails(); });
    GetSizer()->SetSizeHints(this);
}

void AuditTrailDialog::showSeals(store::Database& db, const std::string& caseRef) {
    std::vector<std::string> broken;
    std::vector<std::string> elsewhere;
    const std::string caseMark = "case " + caseRef + ",";
    for (const std::string& problem : db.check()) {
        if (problem.rfind("audit trail:", 0) != 0) continue;
        // An entry of this case names it; a trail cut off at its end names none.
        const bool ours = problem.find(caseMark) != std::string::npos || problem.find("(case ") == std::string::npos;
        (ours ? broken : elsewhere).push_back(problem);
    }
    if (!broken.empty()) {
        wxString text = _("The audit trail's seals do NOT check out: it was changed after it was written.");
        for (const auto& p : broken) text << "\n" << toWx(p);
        m_sealsText = text;
        m_seals->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    } else if (!elsewhere.empty()) {
        m_sealsText = wxString::Format(
            _("The seals of this case's %lu entries check out; another case's entries were changed: %s"),
            static_cast<unsigned long>(m_all.size()), toWx(elsewhere.front()));
        m_seals->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    } else {
        m_sealsText = wxString::Format(_("The seals of this case's %lu entries check out: nothing was changed "
                                         "after it was written."),
                                       static_cast<unsigned long>(m_all.size()));
    }
    m_seals->SetLabel(m_sealsText);
    m_seals->Wrap(FromDIP(900));  // a broken seal's message would otherwise widen the dialog past the screen
}

void AuditTrailDialog::filter(const wxString& text) {
    const wxString wanted = text.Strip(wxString::both).Lower();
    m_shown.clear();
    m_shown.reserve(m_all.size());
    const std::string needle = fromWx(wanted);
    for (std::size_t i = 0; i < m_all.size(); ++i) {
        const store::AuditEntry& e = m_all[i];
        if (needle.empty()) {
            m_shown.push_back(i);
            continue;
        }
        const wxString haystack = (toWx(e.actor) + "\n" + recordText(e) + "\n" + toWx(e.change)).Lower();
        if (haystack.Find(wanted) != wxNOT_FOUND) m_shown.push_back(i);
    }
    m_list->SetItemCount(static_cast<long>(m_shown.size()));
    m_list->Refresh();
    m_count->SetLabel(wxString::Format(_("%lu of %lu entries"), static_cast<unsigned long>(m_shown.size()),
                                       static_cast<unsigned long>(m_all.size())));
    if (!m_shown.empty())
        select(0);
    else
        showDetails();
    Layout();
}

void AuditTrailDialog::select(long row) {
    m_list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_list->EnsureVisible(row);
    showDetails();
}

const store::AuditEntry& AuditTrailDialog::entryAt(long row) const {
    return m_all.at(m_shown.at(static_cast<std::size_t>(row)));
}

void AuditTrailDialog::showDetails() {
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= m_shown.size()) {
        m_details->ChangeValue(wxString());
        return;
    }
    const store::AuditEntry& e = entryAt(row);
    wxString text = wxString::Format(_("%s: %s %s %s (entry %lld)"), localTime(e.at), toWx(e.actor),
                                     actionText(e.action), recordText(e), static_cast<long long>(e.sequence));
    wxString change = toWx(e.change);
    change.Replace("; ", "\n");  // one changed field a line
    text << "\n" << change;
    m_details->ChangeValue(text);
}

wxString AuditTrailDialog::sealsText() const { return m_sealsText; }
wxString AuditTrailDialog::details() const { return m_details->GetValue(); }

}  // namespace cg::app
