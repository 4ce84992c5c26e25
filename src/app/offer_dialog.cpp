#include "app/offer_dialog.h"

#include <wx/datectrl.h>

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

namespace {

// Entry i+1 of a "(none)"-first choice is records[i].
template <typename Record>
domain::OptionalNo chosenRecord(const wxChoice* choice, const std::vector<Record>& records) {
    const int at = choice->GetSelection() - 1;
    if (at < 0 || at >= static_cast<int>(records.size())) return std::nullopt;
    return records[static_cast<std::size_t>(at)].no;
}

template <typename Record>
void selectRecord(wxChoice* choice, const std::vector<Record>& records, domain::OptionalNo no) {
    choice->SetSelection(0);
    for (std::size_t i = 0; i < records.size(); ++i)
        if (no && records[i].no == *no) choice->SetSelection(static_cast<int>(i) + 1);
}

}  // namespace

OfferDialog::OfferDialog(wxWindow* parent, const domain::Offer& offer, const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "OfferDialog", offer, caseRecord),
      m_from(formControl<wxChoice>(this, "from_party")),
      m_to(formControl<wxChoice>(this, "to_party")),
      m_madeOn(formControl<wxDatePickerCtrl>(this, "made_on")),
      m_madeAt(formControl<wxTextCtrl>(this, "made_at")),
      m_session(formControl<wxChoice>(this, "session")),
      m_respondsTo(formControl<wxChoice>(this, "responds_to")),
      m_amount(formControl<wxTextCtrl>(this, "amount")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_status(formControl<wxChoice>(this, "status")),
      m_terms(formControl<wxTextCtrl>(this, "terms")) {
    fillPartyChoice(m_from, caseRecord.parties, false);
    fillPartyChoice(m_to, caseRecord.parties, false);
    fillChoice<domain::OfferStatus>(m_status);
    m_session->Append(_("(none)"));
    for (const auto& s : caseRecord.sessions)
        m_session->Append(wxString::Format("%lld  %s %s", static_cast<long long>(s.no), vocabularyLabel(s.kind),
                                           toWx(s.startedAt.toString().substr(0, 10))));
    m_respondsTo->Append(_("(none)"));
    for (const auto& o : caseRecord.offers)
        if (o.no != offer.no)
            m_respondsTo->Append(wxString::Format(_("offer %lld"), static_cast<long long>(o.no)));
    fitForm();
}

void OfferDialog::toWindow(const domain::Offer& offer) {
    const auto& parties = caseRecord().parties;
    selectParty(m_from, parties, offer.fromPartyNo ? domain::OptionalNo(offer.fromPartyNo) : std::nullopt, false);
    selectParty(m_to, parties, offer.toPartyNo ? domain::OptionalNo(offer.toPartyNo) : std::nullopt, false);
    const domain::Instant made = offer.no ? offer.madeAt : domain::Instant::now();
    m_madeOn->SetValue(toDateTime(made.date()));
    m_madeAt->ChangeValue(toWx(made.toString().substr(11, 5)));
    selectRecord(m_session, caseRecord().sessions, offer.sessionNo);
    std::vector<domain::Offer> others;
    for (const auto& o : caseRecord().offers)
        if (o.no != offer.no) others.push_back(o);
    selectRecord(m_respondsTo, others, offer.respondsToOfferNo);
    m_amount->ChangeValue(amountText(offer.amount));
    m_currency->ChangeValue(toWx(offer.amount ? offer.amount->currency() : caseRecord().head.currency));
    selectChoice(m_status, offer.status);
    m_terms->ChangeValue(toWx(offer.terms));
}

domain::Offer OfferDialog::fromWindow() const {
    domain::Offer offer = record();
    const auto from = chosenParty(m_from, caseRecord().parties, false);
    const auto to = chosenParty(m_to, caseRecord().parties, false);
    if (!from || !to) throw domain::ValidationError(_("Choose who makes the offer and to whom.").utf8_string());
    offer.fromPartyNo = *from;
    offer.toPartyNo = *to;
    const std::string time = fromWx(m_madeAt->GetValue().Strip(wxString::both));
    offer.madeAt = domain::Instant::parse(fromDateTime(m_madeOn->GetValue()).toString() + "T" + time + "Z");
    offer.sessionNo = chosenRecord(m_session, caseRecord().sessions);
    std::vector<domain::Offer> others;
    for (const auto& o : caseRecord().offers)
        if (o.no != offer.no) others.push_back(o);
    offer.respondsToOfferNo = chosenRecord(m_respondsTo, others);
    offer.amount = readMoney(m_amount->GetValue(), m_currency->GetValue());
    offer.status = choiceValue<domain::OfferStatus>(m_status);
    offer.terms = fromWx(m_terms->GetValue().Strip(wxString::both));
    return offer;
}

}  // namespace cg::app
