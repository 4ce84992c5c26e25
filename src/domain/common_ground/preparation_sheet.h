#pragma once
// A party's preparation sheet in the style of the Harvard PON "seven
// elements" worksheet (legal-domain.md § 3): interests (ours, theirs, absent
// stakeholders), the party's alternatives (BATNA and WATNA with their value
// and likelihood), options and criteria. Build it from a case already passed
// through visibleTo(); whoever reads it, the sheet holds only what its party
// may see (its own confidential interests and alternatives, no one else's,
// nothing mediator-only: the mediator's own estimate of a party's BATNA stays
// off the party's sheet).
#include <optional>
#include <string>
#include <vector>

#include "domain/common_ground/worksheet.h"

namespace cg::domain {

// Someone whose interests bear on the deal without being one of the two
// sides: an insurer or regulator among the parties, or the individuals whose
// data was exposed.
struct AbsentStakeholder {
    std::string who;      // "Empire Harbor Specialty Insurance Company", "affected individuals"
    std::string why;      // "insurer (party 3)", "4,312 records of PHI, PII exposed"
    OptionalNo partyNo;   // when the stakeholder is a party of the case
};

struct SheetAlternative {
    RecordNo no = 0;
    AlternativeKind kind = AlternativeKind::Batna;
    std::string description;
    std::optional<Money> value;
    int likelihoodPercent = 0;
};

struct PreparationSheet {
    RecordNo partyNo = 0;
    std::vector<WorksheetInterest> ownInterests;    // by priority
    std::vector<WorksheetInterest> otherInterests;  // the other parties' interests this audience may see
    std::vector<AbsentStakeholder> absentStakeholders;
    std::vector<SheetAlternative> alternatives;  // BATNAs first, then WATNAs, each by number
    std::vector<ServingOption> options;  // serving one of its interests, or paid by or to it
    std::vector<ClauseCriterion> clauses;  // obligating it, or cited by claims it makes or answers
    std::vector<ControlCriterion> controls;  // failed controls named by the facts of those claims
};

PreparationSheet buildPreparationSheet(const CaseRecord& visible, RecordNo partyNo);

}  // namespace cg::domain
