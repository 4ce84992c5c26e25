#pragma once
// The exposure summary (issue 4): losses per party, the liability cap each
// limitation clause yields and what it leaves recoverable, each party's own
// insurance and uninsured gap, each side's range and the zone of possible
// agreement between each claimant and respondent, the offers over time, and a
// comparative-fault what-if. Build it from a case already passed through
// visibleTo(). All money is integer minor units in the case's currency.
//
// Rules and assumptions (stated in the output as well):
// - A limitation-of-liability clause is taken to exclude consequential loss,
//   as the usual form does ("exclude indirect, consequential and lost-profit
//   damages, and cap direct damages", legal-domain.md § 7), and to cap the
//   rest at LiabilityCap::amount().
// - Whether a loss is direct is often the dispute itself, so a loss tagged
//   "undetermined" counts as excluded at the low end and as direct at the
//   high end of the recoverable range.
// - carveOutAsserted is a what-if: a carve-out (gross negligence, breach of
//   confidentiality…) takes the claim outside the clause, so neither the cap
//   nor the exclusion applies and every loss of the claimant is recoverable.
// - Which clause binds whom: a clause naming an obligated party caps that
//   party's liability to everyone who claims against it; a clause naming none
//   is mutual and caps the pairs whose claims cite it.
// - Claims between the same two parties are often alternative theories for
//   one loss (contract and negligence), so the pair's claimed amount is the
//   largest any one claim asks, not their sum.
// - Zone of possible agreement, per claimant → respondent pair:
//   claimant's range: low = what it recovers at the low loss estimates under
//   the lowest applicable cap (its worst case, so the least it can reasonably
//   expect); high = its losses at the high estimates, at most the amount
//   claimed (its best case). Respondent's range: low = the same capped
//   figure; high = its worst case: the high estimates under the highest
//   applicable cap (a data-breach super-cap replaces the general cap), or
//   uncapped up to the amount claimed when a carve-out is asserted or no cap
//   applies. The zone runs from the claimant's low expectation to the
//   respondent's high exposure and exists when the first does not exceed the
//   second. It is a proxy drawn from the records; the parties' confidential
//   bottom lines (bottom_line.h) are the real reservation points.
// - Bottom lines, for the mediator only (visibleTo() keeps them from every
//   party audience): per pair, the claimant's latest "accepts at least" and
//   the respondent's latest "pays at most" (latest by the day given, then by
//   number), compared with compareBottomLines(). A pair where either side
//   has given none has no check.
// - The fault what-if applies the regimes the caller passes in
//   (ExposureOptions::faultRegimes, from the reference catalog).
#include <optional>
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "domain/common_ground/bottom_line.h"
#include "domain/common_ground/fault_allocation.h"
#include "domain/common_ground/insurance_gap.h"

namespace cg::domain {

struct MoneyRange {
    Money low;
    Money high;
};

struct LossBreakdown {
    MoneyRange total, direct, consequential, undetermined;
};

struct PartyExposure {
    RecordNo partyNo = 0;
    LossBreakdown losses;
    InsuranceOutcome insuredLow, insuredHigh;  // its cyber / E&O covers against its own losses
};

struct CapRecovery {
    RecordNo claimantNo = 0;
    RecordNo liableNo = 0;
    MoneyRange recoverable;
};

struct CapAnalysis {
    RecordNo clauseNo = 0;
    std::string section;
    OptionalNo obligatedPartyNo;  // none: a mutual cap
    Money cap;
    std::vector<std::string> carveOuts;
    std::vector<CapRecovery> recoveries;
};

// The two confidential figures of one pair and how they compare.
struct PairBottomLines {
    RecordNo claimantBottomLineNo = 0;    // its "accepts at least"
    RecordNo respondentBottomLineNo = 0;  // its "pays at most"
    Money claimantAcceptsAtLeast;
    Money respondentPaysAtMost;
    BottomLineCheck check;
};

struct PairExposure {
    RecordNo claimantNo = 0;
    RecordNo respondentNo = 0;
    RecordNos claimNos;
    std::optional<Money> claimed;
    RecordNos capClauseNos;  // the caps that apply to this pair
    MoneyRange claimantRange;
    MoneyRange respondentRange;
    bool zoneExists = false;
    MoneyRange zone;  // when it exists
    Money gap;        // when it does not: claimant's low − respondent's high
    // Only when both have given one, which only the mediator's view holds.
    std::optional<PairBottomLines> bottomLines;
};

struct OfferPoint {
    RecordNo offerNo = 0;
    Instant madeAt;
    RecordNo fromPartyNo = 0;
    RecordNo toPartyNo = 0;
    std::optional<Money> amount;
    OfferStatus status = OfferStatus::Open;
};

struct FaultWhatIf {
    RecordNo claimantNo = 0;
    RecordNo respondentNo = 0;
    int claimantFaultBasisPoints = 0;
    MoneyRange damages;  // the claimant's losses, low and high
    std::vector<RegimeOutcome> atLow, atHigh;
};

struct ExposureOptions {
    bool carveOutAsserted = false;
    std::optional<int> claimantFaultBasisPoints;  // the fault what-if, when given
    // The regimes the what-if applies, in catalog order (ReferenceCatalogs::
    // faultRegimes); required when claimantFaultBasisPoints is given.
    std::vector<FaultRegime> faultRegimes;
};

struct Exposure {
    std::string currency;
    bool carveOutAsserted = false;
    std::vector<PartyExposure> parties;  // in party order
    std::vector<CapAnalysis> caps;
    std::vector<PairExposure> pairs;     // in order of the first claim of each pair
    std::vector<OfferPoint> offers;      // by time
    std::vector<FaultWhatIf> faultWhatIfs;
};

// Throws ValidationError when a loss or cover is not in the case's currency,
// when two bottom lines compared are in different currencies, or when a fault
// what-if is asked for without any fault regime.
Exposure buildExposure(const CaseRecord& visible, const ExposureOptions& options = {});

// The losses of one party split by damages type (exposed for tests and the
// cap calculator).
LossBreakdown lossBreakdown(const CaseRecord& record, RecordNo partyNo);

// What a claimant with these losses recovers against a cap (rules above).
MoneyRange recoverableUnderCap(const LossBreakdown& losses, const Money& cap, bool carveOutAsserted);

}  // namespace cg::domain
