#pragma once
// The controlled vocabularies of the case record (DESIGN.md, "Domain model").
#include "domain/enum_names.h"

namespace cg::domain {

enum class CaseStatus { Intake, Active, Settled, Impasse, Closed };
enum class PartyKind { Organisation, Person };
enum class PartyRole { Claimant, Respondent, ThirdParty, Insurer, Regulator, Other };
enum class CoverKind { Cyber, ErrorsAndOmissions, GeneralLiability, Crime, Other };
enum class InterestCategory {
    Financial, Reputational, Regulatory, OperationalContinuity, Relationship, SecurityImprovement, Recognition
};
// Who may see an interest or a note. Parties never see MediatorOnly material
// nor another party's PartyAndMediator material.
enum class Visibility { Everyone, PartyAndMediator, MediatorOnly };
enum class SourceDocument { Msa, StatementOfWork, Sla, Baa, Dpa, PrivacyPolicy, InsurancePolicy, Other };
enum class ClauseKind {
    ResponsibilityAllocation, LimitationOfLiability, Indemnity, CustomerCompliance, SecurityObligation,
    Notification, InsuranceRequirement, DisputeResolution, Confidentiality, Other
};
enum class CapBasis { FixedAmount, FeesLookback };
enum class FactCategory {
    Event, ControlFailure, RecommendationMade, RecommendationDeclined, Notification, Loss
};
enum class DataType { Pii, Phi, CardholderData, Credentials, TradeSecrets, FinancialAccounts };
enum class FactStanding { Agreed, Disputed };
enum class ClaimBasis { BreachOfContract, Negligence, Regulatory, Indemnity, Other };
enum class OptionKind {
    Payment, ServiceCredit, RemediationWork, SecurityProgramme, NotificationCooperation, CreditMonitoring,
    InsuranceClaimCooperation, ServiceContinuation, ServiceTransition, Acknowledgment, Other
};
enum class OptionStatus { Proposed, Accepted, Rejected };
enum class SessionKind { Joint, Caucus };
enum class OfferStatus { Open, Accepted, Rejected, Withdrawn, Countered };
enum class LossCategory {
    Forensics, Notification, CreditMonitoring, Fines, Legal, LostRevenue, Remediation, Ransom, Other
};
enum class DamagesType { Direct, Consequential, Undetermined };
enum class CaseOutcome { SettledInFull, SettledInPart, Impasse, Withdrawn };
enum class ParticipantRole { Counsel, Insurer, Expert, Observer, Interpreter, CoMediator, Other };
enum class TimeActivity { Session, Preparation, Drafting, Travel, Administration };
enum class FeeBasis { Hourly, Fixed };
enum class AlternativeKind { Batna, Watna };
enum class BottomLineStance { PaysAtMost, AcceptsAtLeast };

#define CG_ENUM_NAMES(E, WHAT, ...)                                                      \
    template <>                                                                          \
    struct EnumNames<E> {                                                                \
        static constexpr std::string_view what = WHAT;                                   \
        static constexpr auto names = std::to_array<std::pair<E, std::string_view>>({__VA_ARGS__}); \
    }

CG_ENUM_NAMES(CaseStatus, "case status", {CaseStatus::Intake, "intake"}, {CaseStatus::Active, "active"},
              {CaseStatus::Settled, "settled"}, {CaseStatus::Impasse, "impasse"}, {CaseStatus::Closed, "closed"});
CG_ENUM_NAMES(PartyKind, "party kind", {PartyKind::Organisation, "organisation"}, {PartyKind::Person, "person"});
CG_ENUM_NAMES(PartyRole, "party role", {PartyRole::Claimant, "claimant"}, {PartyRole::Respondent, "respondent"},
              {PartyRole::ThirdParty, "third-party"}, {PartyRole::Insurer, "insurer"},
              {PartyRole::Regulator, "regulator"}, {PartyRole::Other, "other"});
CG_ENUM_NAMES(CoverKind, "insurance cover kind", {CoverKind::Cyber, "cyber"},
              {CoverKind::ErrorsAndOmissions, "errors-and-omissions"},
              {CoverKind::GeneralLiability, "general-liability"}, {CoverKind::Crime, "crime"},
              {CoverKind::Other, "other"});
CG_ENUM_NAMES(InterestCategory, "interest category", {InterestCategory::Financial, "financial"},
              {InterestCategory::Reputational, "reputational"}, {InterestCategory::Regulatory, "regulatory"},
              {InterestCategory::OperationalContinuity, "operational-continuity"},
              {InterestCategory::Relationship, "relationship"},
              {InterestCategory::SecurityImprovement, "security-improvement"},
              {InterestCategory::Recognition, "recognition"});
CG_ENUM_NAMES(Visibility, "visibility", {Visibility::Everyone, "everyone"},
              {Visibility::PartyAndMediator, "party-and-mediator"}, {Visibility::MediatorOnly, "mediator-only"});
CG_ENUM_NAMES(SourceDocument, "source document", {SourceDocument::Msa, "msa"},
              {SourceDocument::StatementOfWork, "statement-of-work"}, {SourceDocument::Sla, "sla"},
              {SourceDocument::Baa, "baa"}, {SourceDocument::Dpa, "dpa"},
              {SourceDocument::PrivacyPolicy, "privacy-policy"},
              {SourceDocument::InsurancePolicy, "insurance-policy"}, {SourceDocument::Other, "other"});
CG_ENUM_NAMES(ClauseKind, "clause kind", {ClauseKind::ResponsibilityAllocation, "responsibility-allocation"},
              {ClauseKind::LimitationOfLiability, "limitation-of-liability"}, {ClauseKind::Indemnity, "indemnity"},
              {ClauseKind::CustomerCompliance, "customer-compliance"},
              {ClauseKind::SecurityObligation, "security-obligation"}, {ClauseKind::Notification, "notification"},
              {ClauseKind::InsuranceRequirement, "insurance-requirement"},
              {ClauseKind::DisputeResolution, "dispute-resolution"},
              {ClauseKind::Confidentiality, "confidentiality"}, {ClauseKind::Other, "other"});
CG_ENUM_NAMES(CapBasis, "liability cap basis", {CapBasis::FixedAmount, "fixed-amount"},
              {CapBasis::FeesLookback, "fees-lookback"});
CG_ENUM_NAMES(FactCategory, "fact category", {FactCategory::Event, "event"},
              {FactCategory::ControlFailure, "control-failure"},
              {FactCategory::RecommendationMade, "recommendation-made"},
              {FactCategory::RecommendationDeclined, "recommendation-declined"},
              {FactCategory::Notification, "notification"}, {FactCategory::Loss, "loss"});
CG_ENUM_NAMES(DataType, "data type", {DataType::Pii, "pii"}, {DataType::Phi, "phi"},
              {DataType::CardholderData, "cardholder-data"}, {DataType::Credentials, "credentials"},
              {DataType::TradeSecrets, "trade-secrets"}, {DataType::FinancialAccounts, "financial-accounts"});
CG_ENUM_NAMES(FactStanding, "fact standing", {FactStanding::Agreed, "agreed"},
              {FactStanding::Disputed, "disputed"});
CG_ENUM_NAMES(ClaimBasis, "claim basis", {ClaimBasis::BreachOfContract, "breach-of-contract"},
              {ClaimBasis::Negligence, "negligence"}, {ClaimBasis::Regulatory, "regulatory"},
              {ClaimBasis::Indemnity, "indemnity"}, {ClaimBasis::Other, "other"});
CG_ENUM_NAMES(OptionKind, "option kind", {OptionKind::Payment, "payment"},
              {OptionKind::ServiceCredit, "service-credit"}, {OptionKind::RemediationWork, "remediation-work"},
              {OptionKind::SecurityProgramme, "security-programme"},
              {OptionKind::NotificationCooperation, "notification-cooperation"},
              {OptionKind::CreditMonitoring, "credit-monitoring"},
              {OptionKind::InsuranceClaimCooperation, "insurance-claim-cooperation"},
              {OptionKind::ServiceContinuation, "service-continuation"},
              {OptionKind::ServiceTransition, "service-transition"},
              {OptionKind::Acknowledgment, "acknowledgment"}, {OptionKind::Other, "other"});
CG_ENUM_NAMES(OptionStatus, "option status", {OptionStatus::Proposed, "proposed"},
              {OptionStatus::Accepted, "accepted"}, {OptionStatus::Rejected, "rejected"});
CG_ENUM_NAMES(SessionKind, "session kind", {SessionKind::Joint, "joint"}, {SessionKind::Caucus, "caucus"});
CG_ENUM_NAMES(OfferStatus, "offer status", {OfferStatus::Open, "open"}, {OfferStatus::Accepted, "accepted"},
              {OfferStatus::Rejected, "rejected"}, {OfferStatus::Withdrawn, "withdrawn"},
              {OfferStatus::Countered, "countered"});
CG_ENUM_NAMES(LossCategory, "loss category", {LossCategory::Forensics, "forensics"},
              {LossCategory::Notification, "notification"}, {LossCategory::CreditMonitoring, "credit-monitoring"},
              {LossCategory::Fines, "fines"}, {LossCategory::Legal, "legal"},
              {LossCategory::LostRevenue, "lost-revenue"}, {LossCategory::Remediation, "remediation"},
              {LossCategory::Ransom, "ransom"}, {LossCategory::Other, "other"});
CG_ENUM_NAMES(DamagesType, "damages type", {DamagesType::Direct, "direct"},
              {DamagesType::Consequential, "consequential"}, {DamagesType::Undetermined, "undetermined"});
CG_ENUM_NAMES(CaseOutcome, "case outcome", {CaseOutcome::SettledInFull, "settled-in-full"},
              {CaseOutcome::SettledInPart, "settled-in-part"}, {CaseOutcome::Impasse, "impasse"},
              {CaseOutcome::Withdrawn, "withdrawn"});
CG_ENUM_NAMES(ParticipantRole, "participant role", {ParticipantRole::Counsel, "counsel"},
              {ParticipantRole::Insurer, "insurer"}, {ParticipantRole::Expert, "expert"},
              {ParticipantRole::Observer, "observer"}, {ParticipantRole::Interpreter, "interpreter"},
              {ParticipantRole::CoMediator, "co-mediator"}, {ParticipantRole::Other, "other"});
CG_ENUM_NAMES(TimeActivity, "time activity", {TimeActivity::Session, "session"},
              {TimeActivity::Preparation, "preparation"}, {TimeActivity::Drafting, "drafting"},
              {TimeActivity::Travel, "travel"}, {TimeActivity::Administration, "administration"});
CG_ENUM_NAMES(FeeBasis, "fee basis", {FeeBasis::Hourly, "hourly"}, {FeeBasis::Fixed, "fixed"});
CG_ENUM_NAMES(AlternativeKind, "alternative kind", {AlternativeKind::Batna, "batna"},
              {AlternativeKind::Watna, "watna"});
CG_ENUM_NAMES(BottomLineStance, "bottom-line stance", {BottomLineStance::PaysAtMost, "pays-at-most"},
              {BottomLineStance::AcceptsAtLeast, "accepts-at-least"});

#undef CG_ENUM_NAMES

}  // namespace cg::domain
