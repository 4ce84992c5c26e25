// Readers for what the dispute is about: contract clauses (with liability
// caps), breach facts and blame claims.
#include "exchange/record_readers.h"

namespace cg::exchange {

namespace {

const ElementShape kClauseShape{
    {{"id", true}, {"source", true}, {"kind", true}, {"obligated-party", false}},
    {{"document", Occurs::Optional},
     {"section", Occurs::One},
     {"text", Occurs::Optional},
     {"control", Occurs::Many},
     {"liability-cap", Occurs::Optional}}};

// XSD 1.0 cannot tie attributes to the basis, so the reader does (readCap).
const ElementShape kCapShape{{{"basis", true},
                              {"amount", false},
                              {"monthly-fees", false},
                              {"currency", true},
                              {"lookback-months", false},
                              {"multiplier-percent", false}},
                             {{"carve-out", Occurs::Many}}};

const ElementShape kFactShape{{{"id", true},
                               {"category", true},
                               {"occurred-on", true},
                               {"occurred-estimated", false},
                               {"discovered-on", false},
                               {"records-affected", false},
                               {"asserted-by", false},
                               {"standing", true}},
                              {{"description", Occurs::One},
                               {"failed-control", Occurs::Optional},
                               {"data-type", Occurs::Many}}};

const ElementShape kClaimShape{
    {{"id", true}, {"accuser", true}, {"accused", true}, {"basis", true}, {"amount", false}, {"currency", false}},
    {{"allegation", Occurs::One},
     {"position", Occurs::Optional},
     {"fact-ref", Occurs::Many},
     {"clause-ref", Occurs::Many},
     {"interest-ref", Occurs::Many}}};

void requireForBasis(const ElementReader& el, std::string_view attribute, std::string_view basis) {
    if (!el.has(attribute))
        el.fail("attribute '" + std::string(attribute) + "' is required for a " + std::string(basis) + " cap");
}

void refuseForBasis(const ElementReader& el, std::string_view attribute, std::string_view basis) {
    if (el.has(attribute))
        el.failAt(attribute, "attribute '" + std::string(attribute) + "' does not belong to a " + std::string(basis) +
                                 " cap");
}

domain::LiabilityCap readCap(pugi::xml_node node, const ElementReader& clause) {
    const ElementReader el(node, kCapShape, clause.source(), clause.subject() + " <liability-cap>");
    domain::LiabilityCap cap;
    cap.basis = el.enumValue<domain::CapBasis>("basis");
    const std::string basis(el.attribute("basis"));
    if (cap.basis == domain::CapBasis::FixedAmount) {
        for (std::string_view unused : {"monthly-fees", "lookback-months", "multiplier-percent"})
            refuseForBasis(el, unused, basis);
        requireForBasis(el, "amount", basis);
        cap.fixedAmount = el.money("amount", "currency");
    } else {
        refuseForBasis(el, "amount", basis);
        for (std::string_view needed : {"monthly-fees", "lookback-months", "multiplier-percent"})
            requireForBasis(el, needed, basis);
        cap.monthlyFees = el.money("monthly-fees", "currency");
        cap.lookbackMonths = el.smallNumber("lookback-months");
        cap.multiplierPercent = el.smallNumber("multiplier-percent");
    }
    cap.carveOuts = el.childTexts("carve-out");
    return cap;
}

std::vector<domain::DataType> readDataTypes(const ElementReader& fact) {
    std::vector<domain::DataType> types;
    for (pugi::xml_node node : fact.children("data-type")) {
        const ElementReader el(node, textElementShape(), fact.source(), fact.subject() + " <data-type>");
        try {
            types.push_back(domain::parseEnum<domain::DataType>(el.text()));
        } catch (const domain::ValidationError& e) {
            fact.source().fail(el.offset(), fact.subject() + ": " + e.what());
        }
    }
    return types;
}

}  // namespace

domain::ContractClause readClause(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "clause", kClauseShape);
    domain::ContractClause clause;
    clause.no = no;
    clause.source = el.enumValue<domain::SourceDocument>("source");
    clause.kind = el.enumValue<domain::ClauseKind>("kind");
    clause.obligatedPartyNo = reading.optionalLink(el, "obligated-party", "party");
    clause.documentTitle = el.childText("document");
    clause.section = el.childText("section");
    clause.text = el.childText("text");
    clause.coveredControls = el.childTexts("control");
    for (pugi::xml_node cap : el.children("liability-cap")) clause.cap = readCap(cap, el);
    return clause;
}

domain::BreachFact readFact(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "fact", kFactShape);
    domain::BreachFact fact;
    fact.no = no;
    fact.category = el.enumValue<domain::FactCategory>("category");
    fact.occurredOn = el.date("occurred-on");
    fact.occurredEstimated = el.flag("occurred-estimated");
    fact.discoveredOn = el.optionalDate("discovered-on");
    if (el.has("records-affected")) {
        const std::int64_t count = el.wholeNumber("records-affected");
        if (count < 0)
            el.failAt("records-affected", "records-affected " + std::to_string(count) +
                                              " is negative; a count of records is zero or more");
        fact.recordsAffected = count;
    }
    fact.assertedByPartyNo = reading.optionalLink(el, "asserted-by", "party");
    fact.standing = el.enumValue<domain::FactStanding>("standing");
    fact.description = el.childText("description");
    fact.failedControl = el.childText("failed-control");
    fact.dataTypes = readDataTypes(el);
    return fact;
}

domain::BlameClaim readClaim(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "claim", kClaimShape);
    domain::BlameClaim claim;
    claim.no = no;
    claim.accuserNo = reading.link(el, "accuser", "party");
    claim.accusedNo = reading.link(el, "accused", "party");
    claim.basis = el.enumValue<domain::ClaimBasis>("basis");
    claim.amountClaimed = el.optionalMoney("amount", "currency");
    claim.allegation = el.childText("allegation");
    claim.position = el.childText("position");
    claim.factNos = reading.refs(el, "fact-ref", "fact");
    claim.clauseNos = reading.refs(el, "clause-ref", "clause");
    claim.interestNos = reading.refs(el, "interest-ref", "interest");
    return claim;
}

}  // namespace cg::exchange
