#include "app/claim_dialog.h"

#include "app/enum_choice.h"
#include "app/record_pickers.h"

namespace cg::app {

namespace {
constexpr std::size_t kLabelLength = 90;

wxString shortened(const std::string& text) {
    wxString label = toWx(text);
    label.Replace("\n", " ");
    return label.length() > kLabelLength ? label.Left(kLabelLength) + wxString(L"\u2026") : label;
}
}  // namespace

ClaimDialog::Items factItems(const domain::CaseRecord& record) {
    ClaimDialog::Items items;
    for (const auto& f : record.facts) items.emplace_back(f.no, toWx(f.occurredOn.toString()) + "  " + shortened(f.description));
    return items;
}

ClaimDialog::Items clauseItems(const domain::CaseRecord& record) {
    ClaimDialog::Items items;
    for (const auto& c : record.clauses) items.emplace_back(c.no, toWx(c.section) + "  " + shortened(c.documentTitle));
    return items;
}

ClaimDialog::Items interestItems(const domain::CaseRecord& record) {
    ClaimDialog::Items items;
    // While the parties watch, only the interests they may see are offered.
    for (const auto& i : pickable(record).interests) {
        const domain::Party* party = record.findParty(i.partyNo);
        items.emplace_back(i.no, (party ? toWx(party->name) + ": " : wxString()) + shortened(i.description));
    }
    return items;
}

ClaimDialog::ClaimDialog(wxWindow* parent, const domain::BlameClaim& claim, const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "ClaimDialog", claim, caseRecord),
      m_factItems(factItems(caseRecord)),
      m_clauseItems(clauseItems(caseRecord)),
      m_interestItems(interestItems(caseRecord)),
      m_accuser(formControl<wxChoice>(this, "accuser")),
      m_accused(formControl<wxChoice>(this, "accused")),
      m_basis(formControl<wxChoice>(this, "basis")),
      m_allegation(formControl<wxTextCtrl>(this, "allegation")),
      m_position(formControl<wxTextCtrl>(this, "position")),
      m_amount(formControl<wxTextCtrl>(this, "amount")),
      m_currency(formControl<wxTextCtrl>(this, "currency")),
      m_facts(formControl<wxCheckListBox>(this, "facts")),
      m_clauses(formControl<wxCheckListBox>(this, "clauses")),
      m_interests(formControl<wxCheckListBox>(this, "interests")) {
    fillPartyChoice(m_accuser, caseRecord.parties, false);
    fillPartyChoice(m_accused, caseRecord.parties, false);
    fillChoice<domain::ClaimBasis>(m_basis);
    fitForm();
}

void ClaimDialog::toWindow(const domain::BlameClaim& claim) {
    const auto& parties = caseRecord().parties;
    selectParty(m_accuser, parties, claim.accuserNo ? domain::OptionalNo(claim.accuserNo) : std::nullopt, false);
    selectParty(m_accused, parties, claim.accusedNo ? domain::OptionalNo(claim.accusedNo) : std::nullopt, false);
    selectChoice(m_basis, claim.basis);
    m_allegation->ChangeValue(toWx(claim.allegation));
    m_position->ChangeValue(toWx(claim.position));
    m_amount->ChangeValue(amountText(claim.amountClaimed));
    m_currency->ChangeValue(toWx(claim.amountClaimed ? claim.amountClaimed->currency() : caseRecord().head.currency));
    fillCheckList(m_facts, m_factItems, claim.factNos);
    fillCheckList(m_clauses, m_clauseItems, claim.clauseNos);
    fillCheckList(m_interests, m_interestItems, claim.interestNos);
}

domain::BlameClaim ClaimDialog::fromWindow() const {
    domain::BlameClaim claim = record();
    const auto accuser = chosenParty(m_accuser, caseRecord().parties, false);
    const auto accused = chosenParty(m_accused, caseRecord().parties, false);
    if (!accuser || !accused) throw domain::ValidationError(_("Choose who blames whom.").utf8_string());
    claim.accuserNo = *accuser;
    claim.accusedNo = *accused;
    claim.basis = choiceValue<domain::ClaimBasis>(m_basis);
    claim.allegation = fromWx(m_allegation->GetValue().Strip(wxString::both));
    claim.position = fromWx(m_position->GetValue().Strip(wxString::both));
    claim.amountClaimed = readMoney(m_amount->GetValue(), m_currency->GetValue());
    claim.factNos = checkedNumbers(m_facts, m_factItems);
    claim.clauseNos = checkedNumbers(m_clauses, m_clauseItems);
    claim.interestNos = keepUnlisted(checkedNumbers(m_interests, m_interestItems), record().interestNos, m_interestItems);
    return claim;
}

}  // namespace cg::app
