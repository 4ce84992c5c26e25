#pragma once
// Small additions to CaseBuilder's cases for the view tests: clauses, facts
// with a failed control, losses, covers, options, sessions and offers.
#include <string>

#include "domain/case_record.h"

namespace cg::testing {

inline domain::Money usd(std::int64_t dollars) { return domain::Money(dollars * 100, "USD"); }

inline domain::ContractClause& addClause(domain::CaseRecord& r, domain::ClauseKind kind, std::string section,
                                         domain::OptionalNo obligated = std::nullopt,
                                         std::vector<std::string> controls = {}) {
    domain::ContractClause c;
    c.no = domain::nextNo(r.clauses);
    c.kind = kind;
    c.section = std::move(section);
    c.documentTitle = "Managed Services Agreement";
    c.obligatedPartyNo = obligated;
    c.coveredControls = std::move(controls);
    r.clauses.push_back(c);
    return r.clauses.back();
}

inline domain::BreachFact& addFact(domain::CaseRecord& r, domain::FactCategory category, std::string control,
                                   domain::OptionalNo assertedBy, domain::FactStanding standing) {
    domain::BreachFact f;
    f.no = domain::nextNo(r.facts);
    f.category = category;
    f.description = "fact " + std::to_string(f.no);
    f.occurredOn = domain::Date(2025, 12, 1);
    f.failedControl = std::move(control);
    f.assertedByPartyNo = assertedBy;
    f.standing = standing;
    r.facts.push_back(f);
    return r.facts.back();
}

inline void addLoss(domain::CaseRecord& r, domain::RecordNo party, std::int64_t lowDollars, std::int64_t highDollars,
                    domain::DamagesType damages) {
    r.losses.push_back({domain::nextNo(r.losses), party, domain::LossCategory::Other, "", usd(lowDollars),
                        usd(highDollars), damages});
}

inline domain::SettlementOption& addOption(domain::CaseRecord& r, domain::RecordNos interests,
                                           domain::OptionStatus status = domain::OptionStatus::Proposed) {
    domain::SettlementOption o;
    o.no = domain::nextNo(r.options);
    o.description = "option " + std::to_string(o.no);
    o.status = status;
    o.interestNos = std::move(interests);
    r.options.push_back(o);
    return r.options.back();
}

inline domain::Interest& setInterest(domain::CaseRecord& r, domain::RecordNo no, domain::InterestCategory category,
                                     int priority = 3) {
    for (auto& i : r.interests)
        if (i.no == no) {
            i.category = category;
            i.priority = priority;
            return i;
        }
    throw std::logic_error("no interest " + std::to_string(no));
}

}  // namespace cg::testing
