#pragma once
// A case that uses every field of every record: optional fields present on
// one record and absent on another, lists with several items and with none,
// a capped clause of each basis, caucus notes. Round-trip tests store it and
// compare what comes back field by field.
#include <string>

#include "domain/case_record.h"

namespace cg::testing {

inline domain::CaseRecord fullCase(const std::string& reference = "CG-2026-0001") {
    using namespace cg::domain;
    CaseRecord r;
    r.head.reference = reference;
    r.head.title = "Zahnarztpraxis Müller v. Kessler IT Services";
    r.head.status = CaseStatus::Active;
    r.head.governingLaw = "German law";
    r.head.jurisdiction = "DE";
    r.head.mediator = "Dr. Ingrid Størseth";
    r.head.currency = "EUR";
    r.head.openedOn = Date(2026, 1, 15);
    r.head.closedOn = Date(2026, 6, 30);
    r.head.summary = "Ransomware at a dental practice;\nthe MSP had recommended MFA.";

    Party practice;
    practice.no = 1;
    practice.name = "Zahnarztpraxis Müller";
    practice.kind = PartyKind::Organisation;
    practice.role = PartyRole::Claimant;
    practice.sector = "Dentistry";
    practice.representative = "Dr. Anna Müller";
    practice.counsel = "Kanzlei Weber";
    practice.signatoryName = "Dr. Anna Müller";
    practice.signatoryTitle = "Inhaberin";
    practice.address = "Schloßstraße 12\n80331 München";
    practice.covers.push_back(
        {CoverKind::Cyber, "Allianz", "CY-123", Money(100'000'00, "EUR"), Money(5'000'00, "EUR")});
    practice.covers.push_back({CoverKind::Crime, "", "", Money(0, "EUR"), Money(0, "EUR")});
    Party msp;
    msp.no = 2;
    msp.name = "Kessler IT Services GmbH";
    msp.role = PartyRole::Respondent;
    msp.signatoryName = "Kai Kessler";
    msp.signatoryTitle = "Geschäftsführer";
    msp.covers.push_back({CoverKind::ErrorsAndOmissions, "Hiscox", "EO-9",
                          Money(2'000'000'00, "EUR"), Money(25'000'00, "EUR")});
    Party insurer;
    insurer.no = 3;
    insurer.name = "Jens Ohlsen";
    insurer.kind = PartyKind::Person;
    insurer.role = PartyRole::Insurer;
    r.parties = {practice, msp, insurer};

    r.interests = {
        {1, 1, InterestCategory::OperationalContinuity, 1, Visibility::Everyone,
         "Keep the practice open"},
        {2, 2, InterestCategory::Reputational, 2, Visibility::PartyAndMediator, "No public blame"},
        {3, 2, InterestCategory::Financial, 5, Visibility::MediatorOnly,
         "Cap exposure at the E&O deductible"},
    };

    ContractClause cap;
    cap.no = 1;
    cap.source = SourceDocument::Msa;
    cap.documentTitle = "Managed Services Agreement of 1 May 2023";
    cap.section = "§ 9.2";
    cap.kind = ClauseKind::LimitationOfLiability;
    cap.obligatedPartyNo = 2;
    cap.coveredControls = {"CIS 6.3", "NIST PR.AA"};
    cap.text = "Liability is limited to the fees paid in the twelve months before the claim.";
    cap.cap = LiabilityCap{CapBasis::FeesLookback,
                           Money(),
                           Money(4'500'00, "EUR"),
                           12,
                           200,
                           {"gross negligence", "breach of confidentiality"}};
    ContractClause fixed;
    fixed.no = 2;
    fixed.source = SourceDocument::InsurancePolicy;
    fixed.section = "Art. 4";
    fixed.kind = ClauseKind::LimitationOfLiability;
    fixed.cap = LiabilityCap{CapBasis::FixedAmount, Money(250'000'00, "EUR"), Money(), 12, 100, {}};
    ContractClause duty;
    duty.no = 3;
    duty.source = SourceDocument::StatementOfWork;
    duty.section = "2.1";
    duty.kind = ClauseKind::SecurityObligation;
    duty.text = "The customer is responsible for approving security recommendations.";
    r.clauses = {cap, fixed, duty};

    BreachFact intrusion;
    intrusion.no = 1;
    intrusion.category = FactCategory::Event;
    intrusion.description = "Ransomware encrypted the file server";
    intrusion.occurredOn = Date(2026, 1, 3);
    intrusion.occurredEstimated = true;
    intrusion.discoveredOn = Date(2026, 1, 2);
    intrusion.dataTypes = {DataType::Phi, DataType::Pii, DataType::FinancialAccounts};
    intrusion.recordsAffected = 4'200'000'000;  // past 2^32: the column must hold 64 bits
    intrusion.failedControl = "CIS 3.11 encrypt data at rest";
    intrusion.assertedByPartyNo = 1;
    intrusion.standing = FactStanding::Agreed;
    BreachFact declined;
    declined.no = 2;
    declined.category = FactCategory::RecommendationDeclined;
    declined.description = "MFA recommendation declined by email";
    declined.occurredOn = Date(2025, 9, 1);
    r.facts = {intrusion, declined};

    BlameClaim claim;
    claim.no = 1;
    claim.accuserNo = 1;
    claim.accusedNo = 2;
    claim.basis = ClaimBasis::Negligence;
    claim.allegation = "Failed to encrypt the file server";
    claim.position = "The MSP owes the full restoration cost";
    claim.amountClaimed = Money(1'487'000'00, "EUR");
    claim.factNos = {2, 1};
    claim.clauseNos = {3};
    claim.interestNos = {1};
    BlameClaim counter;
    counter.no = 2;
    counter.accuserNo = 2;
    counter.accusedNo = 1;
    counter.basis = ClaimBasis::BreachOfContract;
    counter.allegation = "Declined MFA";
    r.claims = {claim, counter};

    SettlementOption payment;
    payment.no = 1;
    payment.kind = OptionKind::Payment;
    payment.description = "MSP pays restoration costs";
    payment.amount = Money(90'000'00, "EUR");
    payment.payerNo = 2;
    payment.payeeNo = 1;
    payment.status = OptionStatus::Accepted;
    payment.interestNos = {1, 3};
    payment.dueOn = Date(2026, 6, 30);
    payment.instalments = {{Date(2026, 4, 30), Money(30'000'00, "EUR")},
                           {Date(2026, 5, 31), Money(30'000'00, "EUR")},
                           {Date(2026, 6, 30), Money(30'000'00, "EUR")}};
    SettlementOption acknowledgment;
    acknowledgment.no = 2;
    acknowledgment.kind = OptionKind::Acknowledgment;
    acknowledgment.description = "Joint statement without admission";
    r.options = {payment, acknowledgment};

    MediationSession joint;
    joint.no = 1;
    joint.kind = SessionKind::Joint;
    joint.startedAt = Instant::parse("2026-02-10T14:00:00Z");
    joint.endedAt = Instant::parse("2026-02-10T16:30:00Z");
    joint.participants = {"Dr. Anna Müller", "Kai Kessler"};
    joint.notes = {
        {1, Instant::parse("2026-02-10T14:20:00Z"), Visibility::Everyone, "Ground rules agreed"}};
    MediationSession caucus;
    caucus.no = 2;
    caucus.kind = SessionKind::Caucus;
    caucus.caucusPartyNo = 2;
    caucus.startedAt = Instant::parse("2026-02-10T17:00:00Z");
    caucus.notes = {
        {1, Instant::parse("2026-02-10T17:05:00Z"), Visibility::PartyAndMediator, "Could pay 60k"},
        {2, Instant::parse("2026-02-10T17:10:00Z"), Visibility::MediatorOnly, "Mediator's hunch"}};
    r.sessions = {joint, caucus};

    Offer first;
    first.no = 1;
    first.fromPartyNo = 2;
    first.toPartyNo = 1;
    first.madeAt = Instant::parse("2026-02-10T15:00:00Z");
    first.sessionNo = 1;
    first.amount = Money(50'000'00, "EUR");
    first.terms = "Payment within 30 days";
    first.status = OfferStatus::Countered;
    Offer counterOffer;
    counterOffer.no = 2;
    counterOffer.fromPartyNo = 1;
    counterOffer.toPartyNo = 2;
    counterOffer.madeAt = Instant::parse("2026-02-10T15:30:00Z");
    counterOffer.respondsToOfferNo = 1;
    counterOffer.terms = "Full restoration plus MFA roll-out";
    r.offers = {first, counterOffer};

    r.losses = {
        {1, 1, LossCategory::Forensics, "Incident response firm", Money(20'000'00, "EUR"),
         Money(35'000'00, "EUR"), DamagesType::Direct},
        {2, 1, LossCategory::LostRevenue, "", Money(0, "EUR"), Money(0, "EUR"),
         DamagesType::Undetermined},
    };

    AgreementDraft draft;
    draft.no = 1;
    draft.version = 2;
    draft.templateName = "settlement-agreement";
    draft.createdAt = Instant::parse("2026-03-01T09:00:00Z");
    draft.termNos = {1, 2};
    draft.note = "After the second caucus";
    // As the terms read then: a single payment of less, since split in three.
    SettlementOption paymentThen = payment;
    paymentThen.amount = Money(80'000'00, "EUR");
    paymentThen.instalments.clear();
    paymentThen.interestNos = {1};
    draft.termSnapshot = {paymentThen, acknowledgment};
    draft.pdfSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    AgreementDraft empty;
    empty.no = 2;
    empty.templateName = "settlement-agreement";
    empty.createdAt = Instant::parse("2026-03-02T09:00:00Z");
    r.drafts = {draft, empty};

    // The practice's own BATNA with a value, and the mediator's estimate of
    // the MSP's WATNA; a bottom line from each side (the MSP's given in its
    // caucus, session 2): EUR 75,000 pays-at-most against EUR 70,000
    // accepts-at-least, an overlap of EUR 5,000.
    r.alternatives = {
        {1, 1, AlternativeKind::Batna, "Sue the MSP before the Landgericht", Money(120'000'00, "EUR"), 40,
         Visibility::PartyAndMediator},
        {2, 2, AlternativeKind::Watna, "Judgment for the full claim plus both sides' costs", std::nullopt, 15,
         Visibility::MediatorOnly},
    };
    r.bottomLines = {
        {1, 1, BottomLineStance::AcceptsAtLeast, Money(70'000'00, "EUR"), std::nullopt, Date(2026, 2, 9),
         "Only if paid within 60 days"},
        {2, 2, BottomLineStance::PaysAtMost, Money(75'000'00, "EUR"), 2, Date(2026, 2, 10), ""},
    };
    return r;
}

}  // namespace cg::testing
