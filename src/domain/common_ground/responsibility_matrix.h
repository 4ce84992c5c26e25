#pragma once
// The responsibility matrix (issue 4): each failed security control named by
// the facts × each party — who the contract made responsible, whether a
// recommendation was documented and declined, and whether the facts are
// agreed or disputed. Build it from a case already passed through visibleTo().
//
// Rules:
// - Rows are the distinct controls named in BreachFact::failedControl, in the
//   order of the first fact naming each; "CIS 3.11 Encrypt …" and "CIS 3.11"
//   are one control (ControlKey: leading framework + identifier).
// - A clause makes a party responsible for a control when the clause obligates
//   that party and one of its covered controls covers the row's control
//   (same framework; same identifier, or a control covering its safeguard:
//   "CIS 3" covers "CIS 3.11").
// - The case record says who *asserts* a fact, not whom it concerns, so a
//   recommendation made / declined fact sits in the column of the party that
//   asserts it (usually the one that documented the recommendation); the row
//   also says whether any recommendation was documented and declined at all.
// - Standing: a cell is agreed when every fact its party asserts about the
//   control is agreed, disputed when one is disputed, and empty when the party
//   asserts none. The row's standing is the same over all its facts.
#include <optional>
#include <string>
#include <vector>

#include "domain/case_record.h"

namespace cg::domain {

enum class Standing { None, Agreed, Disputed };

struct ResponsibleClause {
    RecordNo clauseNo = 0;
    std::string section;
    ClauseKind kind = ClauseKind::Other;
};

struct FactEntry {
    RecordNo factNo = 0;
    FactCategory category = FactCategory::Event;
    FactStanding standing = FactStanding::Disputed;
    OptionalNo assertedByPartyNo;
};

struct MatrixCell {
    RecordNo partyNo = 0;
    std::vector<ResponsibleClause> responsibleUnder;
    std::vector<FactEntry> recommendationsMade;      // asserted by this party
    std::vector<FactEntry> recommendationsDeclined;  // asserted by this party
    std::vector<FactEntry> facts;                    // every fact on this control it asserts
    Standing standing = Standing::None;
};

struct MatrixRow {
    std::string key;    // "CIS 3.11"
    std::string label;  // "CIS 3.11 Encrypt Sensitive Data at Rest"
    std::vector<FactEntry> facts;
    bool recommendationDocumented = false;
    bool recommendationDeclined = false;
    Standing standing = Standing::None;
    std::vector<MatrixCell> cells;  // one per party, in party order
};

struct ResponsibilityMatrix {
    std::vector<RecordNo> partyNos;  // the columns
    std::vector<MatrixRow> rows;
};

ResponsibilityMatrix buildResponsibilityMatrix(const CaseRecord& visible);

std::string_view toString(Standing standing);

}  // namespace cg::domain
