#pragma once
// A settlement case for the draft tests: a dental group against its managed
// service provider, with an insurer who does not sign, accepted and proposed
// terms (one paid in instalments), agreed and disputed facts, a confirmed
// shared interest and a confidential one. Each test changes what it is about.
#include "domain/case_record.h"
#include "support/case_builder.h"

namespace cg::testing {

inline constexpr domain::RecordNo kDental = 1, kAcme = 2, kInsurer = 3;
inline constexpr domain::RecordNo kPayment = 1, kProgramme = 2, kAcknowledgment = 3, kNotices = 4;

inline domain::Date draftDay() { return domain::Date(2026, 11, 23); }

inline domain::CaseRecord settlementCase() {
    using namespace cg::domain;
    CaseBuilder builder("CG-2026-0042", "Harbour Dental Group v Acme IT Services");
    builder.withParty("Harbour Dental Group LLC", PartyRole::Claimant)
        .withParty("Acme IT Services LLC", PartyRole::Respondent)
        .withParty("Northbridge Mutual Insurance", PartyRole::Insurer);
    CaseRecord& r = builder.record();
    r.head.currency = "USD";
    r.parties[0].signatoryName = "Maria Kovač";
    r.parties[0].signatoryTitle = "Managing Partner";
    r.parties[0].address = "12 Harbour Street, Albany NY";
    r.parties[0].sector = "Dentistry";
    r.parties[1].signatoryName = "Dmitri Volkov";
    r.parties[1].signatoryTitle = "Chief Executive Officer";

    builder.withInterest(kDental, "Keep the practice open")
        .withInterest(kAcme, "Avoid public blame")
        .withInterest(kAcme, "Cap exposure at the deductible", Visibility::MediatorOnly)
        .withInterest(kDental, "Stronger security going forward")
        .withInterest(kAcme, "Keep a secure client relationship");
    r.interests[3].category = InterestCategory::SecurityImprovement;
    r.interests[4].category = InterestCategory::SecurityImprovement;

    // The mediator linked an interest of each side to the claim: a confirmed
    // shared pair (4, 5) on the worksheet.
    builder.withClaim(kDental, kAcme, "Failed to test the backups");
    r.claims[0].interestNos = {4, 5};

    builder.withFact("Ransomware encrypted the file server", Date(2026, 3, 10))
        .withFact("MFA recommendation declined by email", Date(2025, 9, 1))
        .withFact("Backups had not been tested", Date(2026, 2, 1));
    r.facts[0].standing = FactStanding::Agreed;
    r.facts[0].category = FactCategory::Event;
    r.facts[0].discoveredOn = Date(2026, 3, 12);
    r.facts[1].standing = FactStanding::Disputed;
    r.facts[2].standing = FactStanding::Agreed;
    r.facts[2].category = FactCategory::ControlFailure;

    ContractClause cap;
    cap.no = 1;
    cap.documentTitle = "Managed Services Agreement of 1 May 2023";
    cap.section = "§ 9.2";
    cap.kind = ClauseKind::LimitationOfLiability;
    cap.text = "Liability is limited to the fees of twelve months.";
    ContractClause sla;
    sla.no = 2;
    sla.source = SourceDocument::Sla;
    sla.section = "4";
    sla.kind = ClauseKind::SecurityObligation;
    sla.text = "Backups are tested monthly.";
    r.clauses = {cap, sla};

    SettlementOption payment;
    payment.no = kPayment;
    payment.kind = OptionKind::Payment;
    payment.description = "Acme pays the restoration costs";
    payment.amount = Money(46'200'00, "USD");
    payment.payerNo = kAcme;
    payment.payeeNo = kDental;
    payment.status = OptionStatus::Accepted;
    payment.interestNos = {1};
    payment.dueOn = Date(2027, 1, 15);
    payment.instalments = {{Date(2026, 12, 15), Money(23'100'00, "USD")}, {Date(2027, 1, 15), Money(23'100'00, "USD")}};
    SettlementOption programme;
    programme.no = kProgramme;
    programme.kind = OptionKind::SecurityProgramme;
    programme.description = "Quarterly restore tests for two years";
    programme.payerNo = kAcme;
    programme.payeeNo = kDental;
    programme.status = OptionStatus::Accepted;
    programme.interestNos = {3, 4, 5};
    programme.dueOn = Date(2027, 3, 1);
    SettlementOption acknowledgment;
    acknowledgment.no = kAcknowledgment;
    acknowledgment.kind = OptionKind::Acknowledgment;
    acknowledgment.description = "Joint statement without admission";
    acknowledgment.interestNos = {2};
    SettlementOption notices;
    notices.no = kNotices;
    notices.kind = OptionKind::NotificationCooperation;
    notices.description = "Acme drafts the patient notices";
    notices.payerNo = kAcme;
    notices.payeeNo = kDental;
    notices.status = OptionStatus::Accepted;
    notices.dueOn = Date(2026, 12, 1);
    r.options = {payment, programme, acknowledgment, notices};
    return builder.build();
}

}  // namespace cg::testing
