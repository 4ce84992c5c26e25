#pragma once
// A case the size of a long-running dispute, for the store's speed
// benchmark: 20 parties, 2,000 interests, 1,000 clauses, 5,000 facts and
// 1,000 blame claims, linked to each other as real records are.
#include <string>

#include "domain/case_record.h"

namespace cg::testing {

struct LargeCaseSize {
    int parties = 20;
    int interests = 2000;
    int clauses = 1000;
    int facts = 5000;
    int claims = 1000;
};

inline domain::CaseRecord largeCase(const std::string& reference = "CG-2026-0100",
                                    LargeCaseSize size = {}) {
    using namespace cg::domain;
    CaseRecord r;
    r.head.reference = reference;
    r.head.title = "Regional hospital group v. cloud EHR vendor";
    r.head.openedOn = Date(2026, 1, 10);
    r.head.mediator = "A. Mediator";
    for (int i = 1; i <= size.parties; ++i) {
        Party p;
        p.no = i;
        p.name = "Party " + std::to_string(i) + " GmbH";
        p.role = i % 2 ? PartyRole::Claimant : PartyRole::Respondent;
        p.sector = "Healthcare";
        p.covers.push_back({CoverKind::Cyber, "Insurer " + std::to_string(i),
                            "POL-" + std::to_string(i), Money(1'000'000'00, "USD"),
                            Money(10'000'00, "USD")});
        r.parties.push_back(p);
    }
    for (int i = 1; i <= size.interests; ++i)
        r.interests.push_back(
            {i, 1 + i % size.parties, InterestCategory::Financial, 1 + i % 5, Visibility::Everyone,
             "Interest " + std::to_string(i) + ": recover the cost of restoring service"});
    for (int i = 1; i <= size.clauses; ++i) {
        ContractClause c;
        c.no = i;
        c.section = "§ " + std::to_string(i);
        c.documentTitle = "Master Services Agreement";
        c.kind = i % 10 == 0 ? ClauseKind::LimitationOfLiability : ClauseKind::SecurityObligation;
        c.obligatedPartyNo = 1 + i % size.parties;
        c.coveredControls = {"CIS " + std::to_string(i % 18 + 1) + ".1"};
        c.text = "The provider shall maintain the security controls listed in Schedule " +
                 std::to_string(i) + ".";
        if (c.kind == ClauseKind::LimitationOfLiability)
            c.cap = LiabilityCap{CapBasis::FeesLookback, Money(), Money(4'500'00, "USD"), 12, 100,
                                 {"gross negligence"}};
        r.clauses.push_back(c);
    }
    for (int i = 1; i <= size.facts; ++i) {
        BreachFact f;
        f.no = i;
        f.category = FactCategory::ControlFailure;
        f.description = "Fact " + std::to_string(i) + ": backups were not tested";
        f.occurredOn = Date(2025, 1, 1).plusDays(i % 365);
        f.discoveredOn = f.occurredOn.plusDays(3);
        f.dataTypes = {DataType::Phi};
        f.recordsAffected = 1000 + i;
        f.assertedByPartyNo = 1 + i % size.parties;
        r.facts.push_back(f);
    }
    for (int i = 1; i <= size.claims; ++i) {
        BlameClaim c;
        c.no = i;
        c.accuserNo = 1 + i % size.parties;
        c.accusedNo = 1 + (i + 1) % size.parties;
        c.allegation = "Claim " + std::to_string(i) + ": failed to patch the VPN appliance";
        c.amountClaimed = Money(100'000'00 + i, "USD");
        c.factNos = {1 + (i * 5) % size.facts, 1 + (i * 5 + 1) % size.facts};
        c.clauseNos = {1 + i % size.clauses};
        c.interestNos = {1 + i % size.interests};
        r.claims.push_back(c);
    }
    return r;
}

}  // namespace cg::testing
