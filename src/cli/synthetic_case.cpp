#include "cli/synthetic_case.h"

#include <string>

namespace cg::cli {

namespace {

using namespace domain;

template <typename E>
E pick(int i) {
    const auto values = allValues<E>();
    return values[static_cast<std::size_t>(i) % values.size()];
}

RecordNo wrap(int i, int count) { return static_cast<RecordNo>(i % count) + 1; }

}  // namespace

CaseRecord makeSyntheticCase(const SyntheticCaseSize& size, const std::string& reference) {
    CaseRecord r;
    r.head.reference = reference;
    r.head.title = "Synthetic benchmark case — Müller, Ζήτα, Жуков";
    r.head.status = CaseStatus::Active;
    r.head.mediator = "Benchmark Mediator";
    r.head.governingLaw = "State of New York";
    r.head.jurisdiction = "US-NY";
    r.head.openedOn = Date(2026, 1, 5);
    r.head.summary = "Generated to measure import, load and export of a large case.";

    for (int i = 0; i < size.parties; ++i) {
        Party p;
        p.no = i + 1;
        p.name = "Société Générale de Services " + std::to_string(i + 1);
        p.role = i == 0 ? PartyRole::Claimant : pick<PartyRole>(i);
        p.sector = "sector " + std::to_string(i % 7);
        p.counsel = "Counsel Ø" + std::to_string(i);
        p.covers.push_back({CoverKind::Cyber, "Insurer " + std::to_string(i), "POL-" + std::to_string(1000 + i),
                            Money(10'000'000 + i * 100, "USD"), Money(250'000, "USD")});
        r.parties.push_back(p);
    }
    for (int i = 0; i < size.interests; ++i) {
        Interest in;
        in.no = i + 1;
        in.partyNo = wrap(i, size.parties);
        in.category = pick<InterestCategory>(i);
        in.priority = 1 + i % 5;
        in.visibility = pick<Visibility>(i);
        in.description = "Interest " + std::to_string(i + 1) + ": keep operations running and restore trust";
        r.interests.push_back(in);
    }
    for (int i = 0; i < size.clauses; ++i) {
        ContractClause c;
        c.no = i + 1;
        c.source = pick<SourceDocument>(i);
        c.documentTitle = "Master Services Agreement " + std::to_string(i / 50 + 1);
        c.section = "§ " + std::to_string(i / 10 + 1) + "." + std::to_string(i % 10 + 1);
        c.kind = i % 10 == 0 ? ClauseKind::LimitationOfLiability : pick<ClauseKind>(i);
        c.obligatedPartyNo = wrap(i, size.parties);
        c.coveredControls = {"CIS " + std::to_string(i % 18 + 1), "NIST PR.AA"};
        c.text = "The provider shall maintain reasonable safeguards appropriate to the data it handles (" +
                 std::to_string(i) + ").";
        if (c.kind == ClauseKind::LimitationOfLiability) {
            LiabilityCap cap;
            cap.basis = CapBasis::FeesLookback;
            cap.monthlyFees = Money(450'000, "USD");
            cap.carveOuts = {"gross negligence", "breach of confidentiality"};
            c.cap = cap;
        }
        r.clauses.push_back(c);
    }
    for (int i = 0; i < size.facts; ++i) {
        BreachFact f;
        f.no = i + 1;
        f.category = pick<FactCategory>(i);
        f.description = "Fact " + std::to_string(i + 1) + ": log entry shows access from an unknown host";
        f.occurredOn = Date(2025, 10, 1).plusDays(i % 90);
        f.discoveredOn = f.occurredOn.plusDays(3);
        f.dataTypes = {pick<DataType>(i)};
        f.recordsAffected = (i * 37) % 10'000;
        f.failedControl = "CIS " + std::to_string(i % 18 + 1);
        f.assertedByPartyNo = wrap(i, size.parties);
        f.standing = pick<FactStanding>(i);
        r.facts.push_back(f);
    }
    for (int i = 0; i < size.claims; ++i) {
        BlameClaim c;
        c.no = i + 1;
        c.accuserNo = wrap(i, size.parties);
        c.accusedNo = wrap(i + 1, size.parties);
        c.basis = pick<ClaimBasis>(i);
        c.allegation = "Claim " + std::to_string(i + 1) + ": failed to enforce MFA on remote access";
        c.position = "Wants its costs covered";
        c.amountClaimed = Money(100'000'00 + i, "USD");
        c.factNos = {wrap(i, size.facts), wrap(i + 1, size.facts), wrap(i + 2, size.facts)};
        c.clauseNos = {wrap(i, size.clauses)};
        c.interestNos = {wrap(i, size.interests), wrap(i + 7, size.interests)};
        r.claims.push_back(c);
    }
    return r;
}

}  // namespace cg::cli
