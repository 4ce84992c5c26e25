#pragma once
// The shared-interest worksheet (issue 4; Fisher & Ury, "Getting to Yes":
// focus on interests not positions, invent options for mutual gain, insist on
// objective criteria). One row per blame claim, derived from the records and
// never typed twice. Build it from a case already passed through visibleTo().
#include <optional>
#include <string>
#include <vector>

#include "domain/case_record.h"

namespace cg::domain {

// An interest as the worksheet orders it. The description stays in the case
// record (look it up by number): a row lists every interest of both sides,
// and a large case has a thousand rows.
struct WorksheetInterest {
    RecordNo no = 0;
    RecordNo partyNo = 0;
    InterestCategory category = InterestCategory::Financial;
    int priority = 3;
    Visibility visibility = Visibility::Everyone;
    bool linkedFromClaim = false;
};

// Two interests, one on each side, that the parties share. Confirmed when the
// mediator linked both to the claim; otherwise a suggestion from category and
// wording (see interest_matching.h) that the mediator has yet to confirm.
struct SharedInterest {
    RecordNo accuserInterestNo = 0;
    RecordNo accusedInterestNo = 0;
    InterestCategory category = InterestCategory::Financial;
    bool suggested = false;
    int scorePercent = 0;  // word overlap; 0 for a confirmed pair
    std::vector<std::string> commonWords;
};

struct ClauseCriterion {
    RecordNo clauseNo = 0;
    std::string documentTitle;
    std::string section;
    ClauseKind kind = ClauseKind::Other;
    OptionalNo obligatedPartyNo;
    std::optional<Money> capAmount;
    std::vector<std::string> carveOuts;
};

// A failed security control named by the claim's facts: the standard of care
// the parties can argue from (legal-domain.md § 6).
struct ControlCriterion {
    std::string key;    // "CIS 11.5"
    std::string label;  // as the first fact wrote it
    RecordNos factNos;
    bool allAgreed = false;  // every fact naming it is agreed
};

struct ServingOption {
    RecordNo optionNo = 0;
    OptionKind kind = OptionKind::Other;
    OptionStatus status = OptionStatus::Proposed;
    std::string description;
    RecordNos servedInterestNos;  // those of the row's involved interests it serves
};

struct WorksheetRow {
    RecordNo claimNo = 0;
    ClaimBasis basis = ClaimBasis::Other;
    std::string allegation;
    std::optional<Money> amountClaimed;
    RecordNo accuserNo = 0;
    std::string accuserPosition;
    std::vector<WorksheetInterest> accuserInterests;  // linked from the claim first, then by priority
    RecordNo accusedNo = 0;
    // The accused's positions are those it takes in its own claims against
    // the accuser (counter-claims); the model keeps a position per claim.
    std::vector<std::string> accusedPositions;
    std::vector<WorksheetInterest> accusedInterests;
    std::vector<SharedInterest> shared;  // confirmed first, then suggestions by score
    std::vector<ClauseCriterion> clauses;
    std::vector<ControlCriterion> controls;
    std::vector<ServingOption> options;
    // Involved interests (linked from the claim or in a shared pair) that no
    // option serves, rejected options not counting.
    RecordNos unservedInterestNos;
};

struct Worksheet {
    std::vector<WorksheetRow> rows;  // in claim order
};

// At most this many suggested pairs per row, the strongest first: beyond that
// they stop being a prompt and become noise.
inline constexpr std::size_t kMaxSuggestionsPerClaim = 5;

Worksheet buildWorksheet(const CaseRecord& visible);

// Helpers shared with the preparation sheet.
WorksheetInterest worksheetInterest(const Interest& interest, bool linkedFromClaim);
ClauseCriterion clauseCriterion(const ContractClause& clause);
// The failed controls named by the given facts, in their order, one per control.
std::vector<ControlCriterion> controlCriteria(const std::vector<const BreachFact*>& facts);

}  // namespace cg::domain
