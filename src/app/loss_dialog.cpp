#include "app/loss_dialog.h"

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

LossDialog::LossDialog(wxWindow* parent, const domain::LossItem& loss, const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "LossDialog", loss, caseRecord),
      m_party(formControl<wxChoice>(this, "party")),
      m_category(formControl<wxChoice>(this, "category")),
      m_description(formControl<wxTextCtrl>(this, "description")),
      m_low(formControl<wxTextCtrl>(this, "low")),
      m_high(formControl<wxTextCtrl>(this, "high")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_damages(formControl<wxChoice>(this, "damages")) {
    fillPartyChoice(m_party, caseRecord.parties, false);
    fillChoice<domain::LossCategory>(m_category);
    fillChoice<domain::DamagesType>(m_damages);
    fitForm();
}

void LossDialog::toWindow(const domain::LossItem& loss) {
    selectParty(m_party, caseRecord().parties, loss.partyNo ? domain::OptionalNo(loss.partyNo) : std::nullopt, false);
    selectChoice(m_category, loss.category);
    m_description->ChangeValue(toWx(loss.description));
    const bool blank = loss.no == 0 && loss.low.isZero() && loss.high.isZero();
    m_low->ChangeValue(blank ? wxString() : toWx(loss.low.amountText()));
    m_high->ChangeValue(blank ? wxString() : toWx(loss.high.amountText()));
    m_currency->ChangeValue(toWx(blank ? caseRecord().head.currency : loss.low.currency()));
    selectChoice(m_damages, loss.damages);
}

domain::LossItem LossDialog::fromWindow() const {
    domain::LossItem loss = record();
    const domain::OptionalNo party = chosenParty(m_party, caseRecord().parties, false);
    if (!party) throw domain::ValidationError(_("Choose which party bears this loss.").utf8_string());
    loss.partyNo = *party;
    loss.category = choiceValue<domain::LossCategory>(m_category);
    loss.description = fromWx(m_description->GetValue().Strip(wxString::both));
    const auto low = readMoney(m_low->GetValue(), m_currency->GetValue());
    const auto high = readMoney(m_high->GetValue(), m_currency->GetValue());
    if (!low || !high) throw domain::ValidationError(_("Give a low and a high estimate.").utf8_string());
    loss.low = *low;
    loss.high = *high;
    loss.damages = choiceValue<domain::DamagesType>(m_damages);
    return loss;
}

}  // namespace cg::app
