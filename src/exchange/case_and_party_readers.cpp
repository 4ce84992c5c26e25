// Readers for the case head, the parties (with their insurance) and their interests.
#include "domain/case_reference.h"
#include "exchange/record_readers.h"

namespace cg::exchange {

namespace {

const ElementShape kCaseShape{
    {{"reference", true},
     {"status", true},
     {"currency", true},
     {"opened-on", true},
     {"closed-on", false},
     {"outcome", false}},
    {{"title", Occurs::One},
     {"mediator", Occurs::Optional},
     {"governing-law", Occurs::Optional},
     {"jurisdiction", Occurs::Optional},
     {"summary", Occurs::Optional},
     {"fees", Occurs::Optional}}};

const ElementShape kPartyShape{
    {{"id", true}, {"kind", true}, {"role", true}, {"agreement-signed-on", false}},
    {{"name", Occurs::One},
     {"sector", Occurs::Optional},
     {"representative", Occurs::Optional},
     {"counsel", Occurs::Optional},
     {"signatory", Occurs::Optional},
     {"address", Occurs::Optional},
     {"insurance", Occurs::Many}}};

// <signatory title="Managing Director">Dr. Anna Müller</signatory>
const ElementShape kSignatoryShape{{{"title", false}}, {}, Content::Text};

const ElementShape kInsuranceShape{
    {{"kind", true}, {"limit", true}, {"deductible", true}, {"currency", true}},
    {{"insurer", Occurs::Optional}, {"policy-number", Occurs::Optional}}};

const ElementShape kInterestShape{
    {{"id", true}, {"party", true}, {"category", true}, {"priority", true}, {"visibility", true}},
    {{"description", Occurs::One}}};

domain::InsuranceCover readInsurance(pugi::xml_node node, const ElementReader& party) {
    const ElementReader el(node, kInsuranceShape, party.source(), party.subject() + " <insurance>");
    domain::InsuranceCover cover;
    cover.kind = el.enumValue<domain::CoverKind>("kind");
    cover.limit = el.money("limit", "currency");
    cover.deductible = el.money("deductible", "currency");
    cover.insurer = el.childText("insurer");
    cover.policyNumber = el.childText("policy-number");
    return cover;
}

}  // namespace

domain::Case readCaseHead(pugi::xml_node node, CaseFileReading& reading) {
    const ElementReader el(node, kCaseShape, reading.source(), "<case>");
    domain::Case head;
    head.reference = std::string(el.attribute("reference"));
    try {
        domain::CaseReference::parse(head.reference);
    } catch (const domain::ValidationError& e) {
        el.failAt("reference", "reference " + std::string(e.what()));
    }
    head.status = el.enumValue<domain::CaseStatus>("status");
    head.currency = el.currencyCode("currency");
    head.openedOn = el.date("opened-on");
    head.closedOn = el.optionalDate("closed-on");
    if (el.has("outcome")) head.outcome = el.enumValue<domain::CaseOutcome>("outcome");
    head.title = el.childText("title");
    head.mediator = el.childText("mediator");
    head.governingLaw = el.childText("governing-law");
    head.jurisdiction = el.childText("jurisdiction");
    head.summary = el.childText("summary");
    head.fees = readFees(el, reading, head.currency);
    return head;
}

domain::Party readParty(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "party", kPartyShape);
    domain::Party party;
    party.no = no;
    party.kind = el.enumValue<domain::PartyKind>("kind");
    party.role = el.enumValue<domain::PartyRole>("role");
    party.agreementSignedOn = el.optionalDate("agreement-signed-on");
    party.name = el.childText("name");
    party.sector = el.childText("sector");
    party.representative = el.childText("representative");
    party.counsel = el.childText("counsel");
    for (pugi::xml_node node : el.children("signatory")) {
        const ElementReader signatory(node, kSignatoryShape, el.source(), el.subject() + " <signatory>");
        party.signatoryName = signatory.text();
        party.signatoryTitle = std::string(signatory.attribute("title"));
    }
    party.address = el.childText("address");
    for (pugi::xml_node insurance : el.children("insurance")) party.covers.push_back(readInsurance(insurance, el));
    return party;
}

domain::Interest readInterest(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "interest", kInterestShape);
    domain::Interest interest;
    interest.no = no;
    interest.partyNo = reading.link(el, "party", "party");
    interest.category = el.enumValue<domain::InterestCategory>("category");
    const std::int64_t priority = el.wholeNumber("priority");
    if (priority < domain::Interest::kHighestPriority || priority > domain::Interest::kLowestPriority)
        el.failAt("priority", "priority " + std::to_string(priority) + " is outside 1 (highest) to 5 (lowest)");
    interest.priority = static_cast<int>(priority);
    interest.visibility = el.enumValue<domain::Visibility>("visibility");
    interest.description = el.childText("description");
    return interest;
}

}  // namespace cg::exchange
