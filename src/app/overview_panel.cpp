#include "app/overview_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/cmdproc.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/audience.h"
#include "app/case_dialog.h"
#include "app/inline_check.h"
#include "app/record_commands.h"
#include "app/sections.h"
#include "app/workspace_context.h"

namespace cg::app {

wxString outcomeText(const domain::Case& head) {
    if (!head.closedOn) return _("open");
    const long days = (head.closedOn->days() - head.openedOn.days()).count();
    const wxString duration = wxString::Format(wxPLURAL("%ld day from intake to close", "%ld days from intake to close", days), days);
    if (!head.outcome) return wxString::Format(_("no outcome recorded; %s"), duration);
    return wxString::Format(_("%s; %s"), vocabularyLabel(*head.outcome), duration);
}

OverviewPanel::OverviewPanel(wxWindow* parent, WorkspaceContext& context) : m_context(context) {
    wxXmlResource::Get()->LoadPanel(this, parent, "OverviewPanel");
    m_reference = formControl<wxStaticText>(this, "reference");
    m_title = formControl<wxStaticText>(this, "title");
    m_status = formControl<wxStaticText>(this, "status");
    m_mediator = formControl<wxStaticText>(this, "mediator");
    m_law = formControl<wxStaticText>(this, "governing_law");
    m_opened = formControl<wxStaticText>(this, "opened_on");
    m_outcome = formControl<wxStaticText>(this, "outcome");
    m_counts = formControl<wxStaticText>(this, "counts");
    m_summary = formControl<wxTextCtrl>(this, "summary");
    m_title->SetFont(m_title->GetFont().Bold().Scaled(1.5f));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrapTitle();
        event.Skip();
    });
    formControl<wxButton>(this, "edit_case")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onEditCase(); });
}

void OverviewPanel::refresh() {
    const domain::CaseRecord& r = m_context.record;
    m_reference->SetLabelText(toWx(r.head.reference));
    m_status->SetLabelText(nameOf(r.head.status));
    m_mediator->SetLabelText(toWx(r.head.mediator));
    m_title->SetToolTip(toWx(r.head.title));
    wrapTitle();
    m_law->SetToolTip(toWx(r.head.governingLaw));
    m_law->SetLabelText(toWx(r.head.governingLaw) +
                    (r.head.jurisdiction.empty() ? wxString() : " (" + toWx(r.head.jurisdiction) + ")"));
    m_opened->SetLabelText(toWx(r.head.openedOn.toString()) +
                       (r.head.closedOn ? wxString::Format(_(", closed %s"), toWx(r.head.closedOn->toString()))
                                        : wxString()));
    m_outcome->SetLabelText(outcomeText(r.head));
    m_summary->ChangeValue(toWx(r.head.summary));

    std::size_t hiddenInterests = 0;
    for (const auto& i : r.interests) hiddenInterests += isConfidential(i.visibility) ? 1 : 0;
    // When the parties are watching, not even the number of confidential interests shows.
    const std::size_t shownInterests =
        m_context.audience == Audience::Parties ? r.interests.size() - hiddenInterests : r.interests.size();
    wxString counts;
    counts << wxString::Format(_("%zu parties, %zu interests, %zu contract clauses, %zu facts, %zu blame claims"),
                               r.parties.size(), shownInterests, r.clauses.size(), r.facts.size(),
                               r.claims.size())
           << "\n"
           << wxString::Format(_("%zu options, %zu sessions, %zu offers, %zu losses, %zu drafts"), r.options.size(),
                               r.sessions.size(), r.offers.size(), r.losses.size(), r.drafts.size());
    std::size_t hiddenExhibits = 0;
    for (const auto& e : r.exhibits) hiddenExhibits += isConfidential(e.visibility) ? 1 : 0;
    const std::size_t shownExhibits =
        m_context.audience == Audience::Parties ? r.exhibits.size() - hiddenExhibits : r.exhibits.size();
    counts << "\n"
           << wxString::Format(_("%zu participants, %zu exhibits, %zu time entries, %zu expenses, %zu payments"),
                               r.participants.size(), shownExhibits, r.timeEntries.size(), r.expenses.size(),
                               r.payments.size());
    if (m_context.audience == Audience::Mediator && hiddenInterests > 0)
        counts << "\n" << confidentialBadge() << "  "
               << wxString::Format(_("%zu interests are confidential and hidden when shown to parties."),
                                   hiddenInterests);
    m_counts->SetLabelText(counts);
    Layout();
}

void OverviewPanel::wrapTitle() {
    // A long title wraps instead of running off the panel.
    m_title->SetLabelText(toWx(m_context.record.head.title));
    m_title->Wrap(std::max(FromDIP(200), GetClientSize().x - FromDIP(24)));
}

void OverviewPanel::onEditCase() {
    if (auto head = runCaseDialog(this, m_context.record.head, false))
        m_context.commands.Submit(new CaseHeadChange(m_context.db, m_context.listener, m_context.record.head, *head,
                                                     m_context.stamps.head.version));
}

}  // namespace cg::app
