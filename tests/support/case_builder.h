#pragma once
// Builds case records for tests: CaseBuilder("CG-2026-0001").withParty(...)...
// Every with* call adds one record numbered after the last of its kind.
#include <string>

#include "domain/case_record.h"

namespace cg::testing {

class CaseBuilder {
public:
    explicit CaseBuilder(std::string reference = "CG-2026-0001", std::string title = "Test case") {
        m_record.head.reference = std::move(reference);
        m_record.head.title = std::move(title);
        m_record.head.openedOn = domain::Date(2026, 1, 15);
        m_record.head.mediator = "Dr. Ingrid Størseth";
        m_record.head.governingLaw = "State of New York";
        m_record.head.jurisdiction = "US-NY";
    }

    CaseBuilder& withParty(std::string name, domain::PartyRole role = domain::PartyRole::Claimant) {
        domain::Party p;
        p.no = domain::nextNo(m_record.parties);
        p.name = std::move(name);
        p.role = role;
        m_record.parties.push_back(p);
        return *this;
    }
    CaseBuilder& withInterest(domain::RecordNo partyNo, std::string description,
                              domain::Visibility visibility = domain::Visibility::Everyone) {
        domain::Interest i;
        i.no = domain::nextNo(m_record.interests);
        i.partyNo = partyNo;
        i.description = std::move(description);
        i.visibility = visibility;
        m_record.interests.push_back(i);
        return *this;
    }
    CaseBuilder& withFact(std::string description, domain::Date occurred) {
        domain::BreachFact f;
        f.no = domain::nextNo(m_record.facts);
        f.description = std::move(description);
        f.occurredOn = occurred;
        m_record.facts.push_back(f);
        return *this;
    }
    CaseBuilder& withClaim(domain::RecordNo accuser, domain::RecordNo accused, std::string allegation) {
        domain::BlameClaim c;
        c.no = domain::nextNo(m_record.claims);
        c.accuserNo = accuser;
        c.accusedNo = accused;
        c.allegation = std::move(allegation);
        m_record.claims.push_back(c);
        return *this;
    }

    domain::CaseRecord& record() { return m_record; }
    domain::CaseRecord build() const { return m_record; }

private:
    domain::CaseRecord m_record;
};

}  // namespace cg::testing
