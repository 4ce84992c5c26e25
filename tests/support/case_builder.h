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

    // A payment term from payer to payee; give it instalments with withInstalment.
    CaseBuilder& withPayment(domain::RecordNo payer, domain::RecordNo payee, domain::Money amount,
                             std::string description = "Payment in settlement") {
        domain::SettlementOption o;
        o.no = domain::nextNo(m_record.options);
        o.kind = domain::OptionKind::Payment;
        o.description = std::move(description);
        o.amount = std::move(amount);
        o.payerNo = payer;
        o.payeeNo = payee;
        o.status = domain::OptionStatus::Accepted;
        m_record.options.push_back(o);
        return *this;
    }
    CaseBuilder& withInstalment(domain::Date dueOn, domain::Money amount) {
        m_record.options.back().instalments.push_back({dueOn, std::move(amount)});
        return *this;
    }
    // A draft built from every option so far, with their snapshot as they read now.
    CaseBuilder& withDraftOfAllOptions() {
        domain::AgreementDraft d;
        d.no = domain::nextNo(m_record.drafts);
        d.templateName = "settlement-agreement";
        d.createdAt = domain::Instant::parse("2026-03-01T09:00:00Z");
        for (const auto& o : m_record.options) d.termNos.push_back(o.no);
        d.termSnapshot = m_record.options;
        m_record.drafts.push_back(d);
        return *this;
    }

    domain::CaseRecord& record() { return m_record; }
    domain::CaseRecord build() const { return m_record; }

private:
    domain::CaseRecord m_record;
};

}  // namespace cg::testing
