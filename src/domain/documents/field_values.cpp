#include "domain/documents/field_values.h"

#include <map>

#include "domain/documents/field_catalogue.h"
#include "domain/documents/record_labels.h"
#include "domain/errors.h"
#include "domain/practice/fees.h"
#include "domain/practice/share_text.h"

namespace cg::domain::documents {

namespace {

std::string moneyText(const std::optional<Money>& amount) { return amount ? amount->display() : std::string{}; }

std::string optionalDateText(const std::optional<Date>& date) { return date ? writtenDate(*date) : std::string{}; }

std::string number(int n) { return std::to_string(n); }

template <typename E>
std::string word(E value) {
    return readableWord(toString(value));
}

// "A", "A and B", "A, B and C".
std::string joinedNames(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? " and " : ", ";
        text += names[i];
    }
    return text;
}

// The case stores "State of New York" or "German law"; the agreement reads
// "governed by the laws of the State of New York" / "governed by German law".
std::string governingLawText(const std::string& law) {
    if (law.empty()) return {};
    if (law.find("law") != std::string::npos || law.find("Law") != std::string::npos) return law;
    const bool definite = law.rfind("the ", 0) == 0 || law.rfind("The ", 0) == 0;
    return "the laws of " + std::string(definite ? "" : "the ") + law;
}

std::string sourceDocumentText(SourceDocument source) {
    switch (source) {
        case SourceDocument::Msa: return "Master Services Agreement";
        case SourceDocument::StatementOfWork: return "Statement of Work";
        case SourceDocument::Sla: return "Service Level Agreement";
        case SourceDocument::Baa: return "Business Associate Agreement";
        case SourceDocument::Dpa: return "Data Processing Agreement";
        case SourceDocument::PrivacyPolicy: return "Privacy Policy";
        case SourceDocument::InsurancePolicy: return "Insurance Policy";
        case SourceDocument::Other: return {};
    }
    return {};
}

// Accepted payments summed per currency: a case may settle in two currencies
// and the sum must not pretend otherwise ("USD 10,000.00 and EUR 5,000.00").
std::string totalPayment(const CaseRecord& record) {
    std::map<std::string, std::int64_t> byCurrency;
    std::vector<std::string> order;
    for (const SettlementOption* term : acceptedTerms(record)) {
        if (term->kind != OptionKind::Payment || !term->amount) continue;
        if (!byCurrency.contains(term->amount->currency())) order.push_back(term->amount->currency());
        byCurrency[term->amount->currency()] += term->amount->minorUnits();
    }
    std::vector<std::string> parts;
    for (const auto& currency : order) parts.push_back(Money(byCurrency[currency], currency).display());
    return joinedNames(parts);
}

std::string coMediators(const CaseRecord& record) {
    std::vector<std::string> names;
    for (const Participant& p : record.participants)
        if (p.role == ParticipantRole::CoMediator && !p.name.empty()) names.push_back(p.name);
    return joinedNames(names);
}

// Only the amount of the basis in force: the other one is a leftover of an
// earlier arrangement, and a template tests for the one that applies with
// <if present="case.hourlyRate">.
std::string feeAmount(const FeeArrangement& fees, FeeBasis basis) {
    if (fees.basis != basis) return {};
    return (basis == FeeBasis::Hourly ? fees.hourlyRate : fees.fixedFee).display();
}

// The share in force (the case's split, or the equal default between
// claimants and respondents); "" for a party who pays none.
std::string feeShare(const CaseRecord& record, const Party& party) {
    for (const FeeShare& share : practice::effectiveShares(record))
        if (share.partyNo == party.no) return practice::shareText(share.basisPoints);
    return {};
}

[[noreturn]] void unknownField(std::string_view path) {
    std::string problem = checkField(path, {});
    if (problem.empty()) problem = "unknown field '" + std::string(path) + "'";
    throw ValidationError("the template uses " + problem);
}

[[noreturn]] void unbound(std::string_view path, std::string_view scope) {
    throw ValidationError("the template uses '" + std::string(path) + "' where no " + std::string(scope) +
                          " is bound; put it inside a repetition that binds " + std::string(scope));
}

std::string caseField(const CaseRecord& record, std::string_view name, std::string_view path) {
    const Case& c = record.head;
    if (name == "reference") return c.reference;
    if (name == "title") return c.title;
    if (name == "governingLaw") return governingLawText(c.governingLaw);
    if (name == "jurisdiction") return c.jurisdiction;
    if (name == "mediator") return c.mediator;
    if (name == "openedOn") return writtenDate(c.openedOn);
    if (name == "currency") return c.currency;
    if (name == "summary") return c.summary;
    if (name == "coMediators") return coMediators(record);
    if (name == "feeBasis") return word(c.fees.basis);
    if (name == "hourlyRate") return feeAmount(c.fees, FeeBasis::Hourly);
    if (name == "fixedFee") return feeAmount(c.fees, FeeBasis::Fixed);
    unknownField(path);
}

std::string draftField(const CaseRecord& record, const DraftFacts& draft, std::string_view name,
                       std::string_view path) {
    if (name == "version") return number(draft.version);
    if (name == "date") return writtenDate(draft.date);
    if (name == "totalPayment") return totalPayment(record);
    if (name == "partyNames") {
        std::vector<std::string> names;
        for (const Party* p : signingParties(record))
            if (!p->name.empty()) names.push_back(p->name);
        return joinedNames(names);
    }
    unknownField(path);
}

std::string partyField(const CaseRecord& record, const FieldBindings& b, std::string_view name,
                       std::string_view path) {
    if (!b.party) unbound(path, "party");
    const Party& p = *b.party;
    if (name == "number") return number(b.partyNumber);
    if (name == "name") return p.name;
    if (name == "role") return word(p.role);
    if (name == "kind") return word(p.kind);
    if (name == "sector") return p.sector;
    if (name == "representative") return p.representative;
    if (name == "counsel") return p.counsel;
    if (name == "signatoryName") return p.signatoryName;
    if (name == "signatoryTitle") return p.signatoryTitle;
    if (name == "address") return p.address;
    if (name == "feeShare") return feeShare(record, p);
    if (name == "agreementSignedOn") return optionalDateText(p.agreementSignedOn);
    unknownField(path);
}

std::string termField(const CaseRecord& record, const FieldBindings& b, std::string_view name,
                      std::string_view path) {
    if (!b.term) unbound(path, "term");
    const SettlementOption& t = *b.term;
    if (name == "number") return number(b.termNumber);
    if (name == "kind") return word(t.kind);
    if (name == "description") return t.description;
    if (name == "amount") return moneyText(t.amount);
    if (name == "payer") return nameOfParty(record, t.payerNo);
    if (name == "payee") return nameOfParty(record, t.payeeNo);
    if (name == "dueOn") return optionalDateText(t.dueOn);
    if (name == "instalmentCount") return number(static_cast<int>(t.instalments.size()));
    unknownField(path);
}

std::string instalmentField(const CaseRecord& record, const FieldBindings& b, std::string_view name,
                            std::string_view path) {
    if (!b.instalment.instalment) unbound(path, "instalment");
    const Instalment& i = *b.instalment.instalment;
    if (name == "number") return number(b.instalmentNumber);
    if (name == "dueOn") return writtenDate(i.dueOn);
    if (name == "amount") return i.amount.display();
    if (name == "payer") return nameOfParty(record, b.instalment.term->payerNo);
    if (name == "payee") return nameOfParty(record, b.instalment.term->payeeNo);
    unknownField(path);
}

std::string factField(const FieldBindings& b, std::string_view name, std::string_view path) {
    if (!b.fact) unbound(path, "fact");
    const BreachFact& f = *b.fact;
    if (name == "number") return number(b.factNumber);
    if (name == "occurredOn") return (f.occurredEstimated ? "on or about " : "") + writtenDate(f.occurredOn);
    if (name == "discoveredOn") return optionalDateText(f.discoveredOn);
    if (name == "category") return word(f.category);
    if (name == "description") return f.description;
    unknownField(path);
}

std::string interestField(const CaseRecord& record, const FieldBindings& b, std::string_view name,
                          std::string_view path) {
    if (!b.interest) unbound(path, "interest");
    const Interest& i = *b.interest;
    if (name == "number") return number(b.interestNumber);
    if (name == "description") return i.description;
    if (name == "category") return word(i.category);
    if (name == "party") return nameOfParty(record, i.partyNo);
    unknownField(path);
}

std::string clauseField(const FieldBindings& b, std::string_view name, std::string_view path) {
    if (!b.clause) unbound(path, "clause");
    const ContractClause& c = *b.clause;
    if (name == "number") return number(b.clauseNumber);
    if (name == "document") return c.documentTitle.empty() ? sourceDocumentText(c.source) : c.documentTitle;
    if (name == "section") return c.section;
    if (name == "kind") return word(c.kind);
    if (name == "text") return c.text;
    unknownField(path);
}

std::pair<std::string_view, std::string_view> split(std::string_view path) {
    const auto dot = path.find('.');
    if (dot == std::string_view::npos) unknownField(path);
    return {path.substr(0, dot), path.substr(dot + 1)};
}

}  // namespace

std::string fieldValue(const CaseRecord& record, const DraftFacts& draft, const FieldBindings& bindings,
                       std::string_view path) {
    const auto [scope, name] = split(path);
    if (scope == "case") return caseField(record, name, path);
    if (scope == "draft") return draftField(record, draft, name, path);
    if (scope == "party") return partyField(record, bindings, name, path);
    if (scope == "term") return termField(record, bindings, name, path);
    if (scope == "instalment") return instalmentField(record, bindings, name, path);
    if (scope == "fact") return factField(bindings, name, path);
    if (scope == "interest") return interestField(record, bindings, name, path);
    if (scope == "clause") return clauseField(bindings, name, path);
    unknownField(path);
}

FieldOwner fieldOwner(const CaseRecord& record, const DraftFacts& draft, const FieldBindings& bindings,
                      std::string_view path) {
    const auto [scope, name] = split(path);
    if (scope == "party" && bindings.party)
        return {"party", bindings.party->no, partyLabel(record, bindings.party->no)};
    if (scope == "term" && bindings.term) return {"term", bindings.term->no, termLabel(*bindings.term)};
    if (scope == "instalment" && bindings.instalment.term)
        return {"term", bindings.instalment.term->no,
                "instalment " + number(bindings.instalmentNumber) + " of " + termLabel(*bindings.instalment.term)};
    if (scope == "fact" && bindings.fact) return {"fact", bindings.fact->no, factLabel(*bindings.fact)};
    if (scope == "interest" && bindings.interest)
        return {"interest", bindings.interest->no, interestLabel(*bindings.interest)};
    if (scope == "clause" && bindings.clause) return {"clause", bindings.clause->no, clauseLabel(*bindings.clause)};
    if (scope == "draft") return {"draft", 0, "draft " + number(draft.version)};
    return {"case", 0, "the case (" + record.head.reference + ")"};
}

}  // namespace cg::domain::documents
