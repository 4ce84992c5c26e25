#include "app/draft_compare_dialog.h"

#include <algorithm>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/wx_text.h"
#include "domain/documents/draft_comparison.h"

namespace cg::app {

using domain::documents::TermDifference;

namespace {

wxString kindText(TermDifference::Kind kind) {
    switch (kind) {
        case TermDifference::Kind::Added: return _("added");
        case TermDifference::Kind::Removed: return _("removed");
        case TermDifference::Kind::Changed: break;
    }
    return _("changed");
}

const domain::AgreementDraft* findVersion(const domain::CaseRecord& record, int version) {
    for (const auto& d : record.drafts)
        if (d.version == version) return &d;
    return nullptr;
}

}  // namespace

DraftCompareDialog::DraftCompareDialog(wxWindow* parent, const domain::CaseRecord& record, int later)
    : m_record(record) {
    wxXmlResource::Get()->LoadDialog(this, parent, "DraftCompareDialog");
    SetTitle(wxString::Format(_("Compare drafts of %s"), toWx(record.head.reference)));
    m_earlier = formControl<wxChoice>(this, "earlier");
    m_later = formControl<wxChoice>(this, "later");
    m_changes = formControl<wxListCtrl>(this, "changes");
    m_message = formControl<wxStaticText>(this, "message");
    m_changes->AppendColumn(_("Change"), wxLIST_FORMAT_LEFT, FromDIP(80));
    m_changes->AppendColumn(_("Term"), wxLIST_FORMAT_LEFT, FromDIP(360));
    m_changes->AppendColumn(_("What"), wxLIST_FORMAT_LEFT, FromDIP(420));

    std::vector<int> versions;
    for (const auto& d : record.drafts) versions.push_back(d.version);
    std::sort(versions.begin(), versions.end());
    for (int v : versions) {
        m_earlier->Append(wxString::Format(_("version %d"), v));
        m_later->Append(wxString::Format(_("version %d"), v));
    }
    const int count = static_cast<int>(versions.size());
    int laterIndex = count - 1;
    if (auto at = std::find(versions.begin(), versions.end(), later); later > 0 && at != versions.end())
        laterIndex = static_cast<int>(at - versions.begin());
    if (count > 0) {
        m_later->SetSelection(laterIndex);
        m_earlier->SetSelection(std::max(0, laterIndex - 1));
    }
    m_earlier->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onChoice(); });
    m_later->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onChoice(); });
    onChoice();
    GetSizer()->SetSizeHints(this);
}

int DraftCompareDialog::versionAt(const wxChoice* choice) const {
    long version = 0;
    const int at = choice->GetSelection();
    if (at == wxNOT_FOUND) return 0;
    choice->GetString(static_cast<unsigned>(at)).AfterLast(' ').ToLong(&version);
    return static_cast<int>(version);
}

void DraftCompareDialog::onChoice() { compare(versionAt(m_earlier), versionAt(m_later)); }

void DraftCompareDialog::compare(int earlierVersion, int laterVersion) {
    m_changes->DeleteAllItems();
    const domain::AgreementDraft* earlier = findVersion(m_record, earlierVersion);
    const domain::AgreementDraft* later = findVersion(m_record, laterVersion);
    if (!earlier || !later || earlierVersion >= laterVersion) {
        m_message->SetLabel(_("Pick an earlier version on the left and a later one on the right."));
        return;
    }
    const auto differences = domain::documents::compareDrafts(*earlier, *later, m_record);
    m_message->SetLabel(differences.empty() ? wxString::Format(_("The terms of versions %d and %d are the same."),
                                                               earlierVersion, laterVersion)
                                            : wxString());
    for (const TermDifference& d : differences) {
        const long row = m_changes->InsertItem(m_changes->GetItemCount(), kindText(d.kind));
        m_changes->SetItem(row, 1, toWx(d.label));
        wxString what;
        for (const auto& change : d.changes) what << (what.empty() ? "" : "; ") << toWx(TermDifference::describe(change));
        m_changes->SetItem(row, 2, what);
    }
}

wxString DraftCompareDialog::message() const { return m_message->GetLabel(); }

}  // namespace cg::app
