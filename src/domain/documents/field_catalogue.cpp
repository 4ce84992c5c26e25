#include "domain/documents/field_catalogue.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cg::domain::documents {

namespace {

constexpr std::array<std::pair<Collection, std::string_view>, 7> kCollectionNames{{
    {Collection::Parties, "parties"},
    {Collection::SigningParties, "signing-parties"},
    {Collection::AcceptedTerms, "accepted-terms"},
    {Collection::Instalments, "instalments"},
    {Collection::AgreedFacts, "agreed-facts"},
    {Collection::SharedInterests, "shared-interests"},
    {Collection::ContractClauses, "contract-clauses"},
}};

std::string_view scopeOf(std::string_view path) {
    auto dot = path.find('.');
    return dot == std::string_view::npos ? std::string_view{} : path.substr(0, dot);
}

}  // namespace

const std::vector<FieldDescription>& fieldCatalogue() {
    static const std::vector<FieldDescription> fields{
        {"case.reference", "the case reference, CG-2026-0001"},
        {"case.title", "the case title"},
        {"case.governingLaw", "the law governing the agreement, \"the laws of the State of New York\""},
        {"case.jurisdiction", "the jurisdiction code, US-NY"},
        {"case.mediator", "the mediator's name"},
        {"case.openedOn", "the date the case was opened"},
        {"case.currency", "the case's working currency, USD"},
        {"case.summary", "the case summary"},
        {"case.coMediators", "the co-mediators (participants recorded as co-mediators), joined with commas and \"and\""},
        {"case.feeBasis", "how the mediator is paid: hourly or fixed"},
        {"case.hourlyRate", "the mediator's hourly rate, with currency; empty when the fee is fixed"},
        {"case.fixedFee", "the fixed fee for the whole mediation, with currency; empty when the fee is hourly"},
        {"draft.version", "this draft's version number"},
        {"draft.date", "the date the draft is rendered"},
        {"draft.totalPayment", "the sum of the accepted payment terms"},
        {"draft.partyNames", "every signing party's name, joined with commas and \"and\""},
        {"party.number", "1 for the first party in the repetition, 2 for the next …"},
        {"party.name", "the party's name"},
        {"party.role", "claimant, respondent, third party …"},
        {"party.kind", "organisation or person"},
        {"party.sector", "the party's sector"},
        {"party.representative", "who represents the party at the mediation"},
        {"party.counsel", "the party's counsel"},
        {"party.signatoryName", "who signs for the party"},
        {"party.signatoryTitle", "the signatory's title"},
        {"party.address", "the party's address for notices"},
        {"party.feeShare", "the party's share of the mediator's fees and shared expenses, \"33.34 %\"; empty if it pays none"},
        {"party.agreementSignedOn", "when the party signed the agreement to mediate; empty until it has"},
        {"term.number", "1 for the first accepted term, 2 for the next …"},
        {"term.kind", "payment, security programme, credit monitoring …"},
        {"term.description", "the term as the parties worded it"},
        {"term.amount", "the term's amount, with currency"},
        {"term.payer", "the name of the party who pays or performs"},
        {"term.payee", "the name of the party who receives"},
        {"term.dueOn", "when the term must be performed"},
        {"term.instalmentCount", "how many instalments the payment has (0 if paid in one sum)"},
        {"instalment.number", "1 for the first instalment, 2 for the next …"},
        {"instalment.dueOn", "the instalment's due date"},
        {"instalment.amount", "the instalment's amount, with currency"},
        {"instalment.payer", "the name of the party who pays it"},
        {"instalment.payee", "the name of the party who receives it"},
        {"fact.number", "1 for the first agreed fact, 2 for the next …"},
        {"fact.occurredOn", "when it happened"},
        {"fact.discoveredOn", "when it was discovered"},
        {"fact.category", "event, control failure, notification …"},
        {"fact.description", "the fact as agreed"},
        {"interest.number", "1 for the first shared interest, 2 for the next …"},
        {"interest.description", "the interest"},
        {"interest.category", "financial, reputational, regulatory …"},
        {"interest.party", "the name of the party whose interest it is"},
        {"clause.number", "1 for the first contract clause, 2 for the next …"},
        {"clause.document", "the contract it is in, \"Managed Services Agreement of 1 May 2023\""},
        {"clause.section", "its section, § 9.2"},
        {"clause.kind", "limitation of liability, indemnity …"},
        {"clause.text", "the clause's wording"},
    };
    return fields;
}

std::string_view boundVariable(Collection collection) {
    switch (collection) {
        case Collection::Parties:
        case Collection::SigningParties: return "party";
        case Collection::AcceptedTerms: return "term";
        case Collection::Instalments: return "instalment";
        case Collection::AgreedFacts: return "fact";
        case Collection::SharedInterests: return "interest";
        case Collection::ContractClauses: return "clause";
    }
    return {};
}

std::optional<Collection> parseCollection(std::string_view name) {
    for (const auto& [collection, n] : kCollectionNames)
        if (n == name) return collection;
    return std::nullopt;
}

std::string_view collectionName(Collection collection) {
    for (const auto& [c, n] : kCollectionNames)
        if (c == collection) return n;
    return {};
}

std::vector<std::string_view> collectionNames() {
    std::vector<std::string_view> names;
    for (const auto& entry : kCollectionNames) names.push_back(entry.second);
    return names;
}

std::string checkField(std::string_view path, const std::vector<Collection>& enclosing) {
    const auto& fields = fieldCatalogue();
    const bool known = std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return f.path == path; });
    const std::string_view scope = scopeOf(path);
    if (!known) {
        std::string names;
        for (const auto& f : fields) {
            if (scopeOf(f.path) != scope) continue;
            if (!names.empty()) names += ", ";
            names += f.path.substr(scope.size() + 1);
        }
        if (names.empty()) {
            std::vector<std::string_view> scopes;
            for (const auto& f : fields)
                if (std::find(scopes.begin(), scopes.end(), scopeOf(f.path)) == scopes.end())
                    scopes.push_back(scopeOf(f.path));
            std::string list;
            for (auto s : scopes) list += (list.empty() ? "" : ", ") + std::string(s);
            return "unknown field '" + std::string(path) + "' (fields start with one of: " + list + ")";
        }
        return "unknown field '" + std::string(path) + "' (" + std::string(scope) + " has: " + names + ")";
    }
    if (scope == "case" || scope == "draft") return {};
    for (auto c : enclosing)
        if (boundVariable(c) == scope) return {};
    std::string where;
    for (const auto& [c, n] : kCollectionNames) {
        if (boundVariable(c) != scope) continue;
        if (!where.empty()) where += " or ";
        where += n;
    }
    return "'" + std::string(path) + "' is used outside a repetition over " + where;
}

std::string checkRepetition(Collection collection, const std::vector<Collection>& enclosing) {
    if (std::find(enclosing.begin(), enclosing.end(), collection) != enclosing.end())
        return "a repetition over " + std::string(collectionName(collection)) + " inside another one over the same";
    return {};
}

}  // namespace cg::domain::documents
