#include "app/alternative_dialog.h"

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

namespace {
// An alternative is the party's own (with the mediator) or the mediator's
// estimate; the form does not offer "everyone".
constexpr domain::Visibility kVisibilities[] = {domain::Visibility::PartyAndMediator,
                                                domain::Visibility::MediatorOnly};
}  // namespace

AlternativeDialog::AlternativeDialog(wxWindow* parent, const domain::Alternative& alternative,
                                     const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "AlternativeDialog", alternative, caseRecord),
      m_party(formControl<wxChoice>(this, "party")),
      m_kind(formControl<wxChoice>(this, "kind")),
      m_description(formControl<wxTextCtrl>(this, "description")),
      m_value(formControl<wxTextCtrl>(this, "value")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_likelihood(formControl<wxSpinCtrl>(this, "likelihood")),
      m_visibility(formControl<wxChoice>(this, "visibility")) {
    fillPartyChoice(m_party, caseRecord.parties, false);
    fillChoice<domain::AlternativeKind>(m_kind);
    for (const auto v : kVisibilities) m_visibility->Append(vocabularyLabel(v));
    m_likelihood->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent& event) {
        recheck();
        event.Skip();
    });
    fitForm();
}

void AlternativeDialog::toWindow(const domain::Alternative& alternative) {
    selectParty(m_party, caseRecord().parties,
                alternative.partyNo ? domain::OptionalNo(alternative.partyNo) : std::nullopt, false);
    selectChoice(m_kind, alternative.kind);
    m_description->ChangeValue(toWx(alternative.description));
    m_value->ChangeValue(amountText(alternative.value));
    m_currency->ChangeValue(toWx(alternative.value ? alternative.value->currency() : caseRecord().head.currency));
    m_likelihood->SetValue(alternative.likelihoodPercent);
    m_visibility->SetSelection(alternative.visibility == domain::Visibility::MediatorOnly ? 1 : 0);
}

domain::Alternative AlternativeDialog::fromWindow() const {
    domain::Alternative alternative = record();
    const domain::OptionalNo party = chosenParty(m_party, caseRecord().parties, false);
    if (!party) throw domain::ValidationError(_("Choose whose alternative this is.").utf8_string());
    alternative.partyNo = *party;
    alternative.kind = choiceValue<domain::AlternativeKind>(m_kind);
    alternative.description = fromWx(m_description->GetValue().Strip(wxString::both));
    alternative.value = readMoney(m_value->GetValue(), m_currency->GetValue());
    alternative.likelihoodPercent = m_likelihood->GetValue();
    alternative.visibility = kVisibilities[m_visibility->GetSelection() == 1 ? 1 : 0];
    return alternative;
}

}  // namespace cg::app
