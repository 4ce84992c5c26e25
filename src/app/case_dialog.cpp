#include "app/case_dialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dateevt.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/enum_choice.h"
#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/record_pickers.h"
#include "domain/validation.h"

namespace cg::app {


CaseDialog::CaseDialog(wxWindow* parent, const domain::Case& head, bool isNew) : m_head(head), m_isNew(isNew) {
    wxXmlResource::Get()->LoadDialog(this, parent, "CaseDialog");
    SetTitle(isNew ? _("New case") : wxString::Format(_("Case %s"), toWx(head.reference)));
    m_reference = formControl<wxTextCtrl>(this, "reference");
    m_title = formControl<wxTextCtrl>(this, "title");
    m_status = formControl<wxChoice>(this, "status");
    m_mediator = formControl<wxTextCtrl>(this, "mediator");
    m_governingLaw = formControl<wxTextCtrl>(this, "governing_law");
    m_jurisdiction = formControl<wxTextCtrl>(this, "jurisdiction");
    m_currency = formControl<wxTextCtrl>(this, "currency");
    m_openedOn = formControl<wxDatePickerCtrl>(this, "opened_on");
    m_closed = formControl<wxCheckBox>(this, "closed");
    m_closedOn = formControl<wxDatePickerCtrl>(this, "closed_on");
    m_outcome = formControl<wxChoice>(this, "outcome");
    m_summary = formControl<wxTextCtrl>(this, "summary");
    m_message = formControl<wxStaticText>(this, "message");
    m_ok = formControl<wxWindow>(this, "wxID_OK");
    fillChoice<domain::CaseStatus>(m_status);
    m_outcome->Append(_("(not closed)"));
    for (std::string_view name : domain::allNames<domain::CaseOutcome>()) m_outcome->Append(vocabularyLabel(name));
    m_reference->SetEditable(isNew);
    m_closed->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        const bool closed = m_closed->GetValue();
        m_closedOn->Enable(closed);
        m_outcome->Enable(closed);
        if (closed && m_outcome->GetSelection() <= 0) m_outcome->SetSelection(1);
        if (!closed) m_outcome->SetSelection(0);
        recheck();
    });
    m_closedOn->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { recheck(); });
    m_outcome->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { recheck(); });

    for (wxTextCtrl* text : {m_reference, m_title, m_mediator, m_governingLaw, m_jurisdiction, m_currency, m_summary})
        text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { recheck(); });
    m_status->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { recheck(); });
    m_openedOn->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { recheck(); });
    GetSizer()->SetSizeHints(this);
}

bool CaseDialog::TransferDataToWindow() {
    m_reference->ChangeValue(toWx(m_head.reference));
    m_title->ChangeValue(toWx(m_head.title));
    selectChoice(m_status, m_head.status);
    m_mediator->ChangeValue(toWx(m_head.mediator));
    m_governingLaw->ChangeValue(toWx(m_head.governingLaw));
    m_jurisdiction->ChangeValue(toWx(m_head.jurisdiction));
    m_currency->ChangeValue(toWx(m_head.currency));
    m_openedOn->SetValue(toDateTime(m_head.openedOn));
    m_summary->ChangeValue(toWx(m_head.summary));
    m_closed->SetValue(m_head.closedOn.has_value());
    m_closedOn->SetValue(toDateTime(m_head.closedOn.value_or(domain::Date::today())));
    m_closedOn->Enable(m_head.closedOn.has_value());
    m_outcome->SetSelection(0);
    const auto outcomes = domain::allValues<domain::CaseOutcome>();
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        if (m_head.outcome == outcomes[i]) m_outcome->SetSelection(static_cast<int>(i) + 1);
    m_outcome->Enable(m_head.closedOn.has_value());
    recheck();
    return true;
}

bool CaseDialog::TransferDataFromWindow() {
    if (!recheck()) return false;
    m_head = fromWindow();
    return true;
}

domain::Case CaseDialog::fromWindow() const {
    domain::Case c = m_head;
    c.reference = fromWx(m_reference->GetValue().Strip(wxString::both));
    c.title = fromWx(m_title->GetValue().Strip(wxString::both));
    c.status = choiceValue<domain::CaseStatus>(m_status);
    c.mediator = fromWx(m_mediator->GetValue().Strip(wxString::both));
    c.governingLaw = fromWx(m_governingLaw->GetValue().Strip(wxString::both));
    c.jurisdiction = fromWx(m_jurisdiction->GetValue().Strip(wxString::both));
    c.currency = fromWx(m_currency->GetValue().Strip(wxString::both).Upper());
    c.openedOn = fromDateTime(m_openedOn->GetValue());
    c.summary = fromWx(m_summary->GetValue());
    c.closedOn = m_closed->GetValue() ? std::optional<domain::Date>(fromDateTime(m_closedOn->GetValue())) : std::nullopt;
    const auto outcomes = domain::allValues<domain::CaseOutcome>();
    const int outcome = m_outcome->GetSelection() - 1;
    c.outcome = c.closedOn && outcome >= 0 && outcome < static_cast<int>(outcomes.size())
                    ? std::optional<domain::CaseOutcome>(outcomes[static_cast<std::size_t>(outcome)])
                    : std::nullopt;
    return c;
}

bool CaseDialog::recheck() {
    return checkInline(m_ok, m_message, [this] { domain::validate(fromWindow()); });
}

std::optional<domain::Case> runCaseDialog(wxWindow* parent, const domain::Case& initial, bool isNew) {
    CaseDialog dialog(parent, initial, isNew);
    if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
    return dialog.head();
}

}  // namespace cg::app
