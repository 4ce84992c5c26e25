#include "app/bottom_line_dialog.h"

#include <wx/datectrl.h>

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

BottomLineDialog::BottomLineDialog(wxWindow* parent, const domain::BottomLine& bottomLine,
                                   const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "BottomLineDialog", bottomLine, caseRecord),
      m_party(formControl<wxChoice>(this, "party")),
      m_stance(formControl<wxChoice>(this, "stance")),
      m_amount(formControl<wxTextCtrl>(this, "amount")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_givenOn(formControl<wxDatePickerCtrl>(this, "given_on")),
      m_session(formControl<wxChoice>(this, "session")),
      m_note(formControl<wxTextCtrl>(this, "note")) {
    fillPartyChoice(m_party, caseRecord.parties, false);
    fillChoice<domain::BottomLineStance>(m_stance);
    m_session->Append(_("(none)"));
    for (const auto& s : caseRecord.sessions) {
        m_sessionNos.push_back(s.no);
        m_session->Append(wxString::Format(_("%lld: %s, %s"), static_cast<long long>(s.no), vocabularyLabel(s.kind),
                                           toWx(s.startedAt.toString().substr(0, 10))));
    }
    fitForm();
}

void BottomLineDialog::toWindow(const domain::BottomLine& bottomLine) {
    selectParty(m_party, caseRecord().parties,
                bottomLine.partyNo ? domain::OptionalNo(bottomLine.partyNo) : std::nullopt, false);
    selectChoice(m_stance, bottomLine.stance);
    const bool blank = bottomLine.no == 0 && bottomLine.amount.isZero();
    m_amount->ChangeValue(blank ? wxString() : toWx(bottomLine.amount.amountText()));
    m_currency->ChangeValue(toWx(blank ? caseRecord().head.currency : bottomLine.amount.currency()));
    m_givenOn->SetValue(toDateTime(bottomLine.no == 0 ? domain::Date::today() : bottomLine.givenOn));
    m_session->SetSelection(0);
    for (std::size_t i = 0; i < m_sessionNos.size(); ++i)
        if (bottomLine.sessionNo && *bottomLine.sessionNo == m_sessionNos[i]) m_session->SetSelection(static_cast<int>(i) + 1);
    m_note->ChangeValue(toWx(bottomLine.note));
}

domain::BottomLine BottomLineDialog::fromWindow() const {
    domain::BottomLine bottomLine = record();
    const domain::OptionalNo party = chosenParty(m_party, caseRecord().parties, false);
    if (!party) throw domain::ValidationError(_("Choose which party gave this bottom line.").utf8_string());
    bottomLine.partyNo = *party;
    bottomLine.stance = choiceValue<domain::BottomLineStance>(m_stance);
    const auto amount = readMoney(m_amount->GetValue(), m_currency->GetValue());
    if (!amount) throw domain::ValidationError(_("Give the amount the party named.").utf8_string());
    bottomLine.amount = *amount;
    bottomLine.givenOn = fromDateTime(m_givenOn->GetValue());
    const int session = m_session->GetSelection();
    bottomLine.sessionNo = session > 0 ? domain::OptionalNo(m_sessionNos[static_cast<std::size_t>(session) - 1])
                                       : std::nullopt;
    bottomLine.note = fromWx(m_note->GetValue().Strip(wxString::both));
    return bottomLine;
}

}  // namespace cg::app
