#pragma once
// What changed between two versions of the settlement agreement (issue 5),
// read from the terms each version was rendered with (AgreementDraft::
// termSnapshot), so the comparison holds even after the options were edited
// again. A new draft opens with these changes so that counsel reviewing
// version 4 need not re-read the whole of it against version 3.
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "domain/documents/document.h"

namespace cg::domain::documents {

// One field of a term that reads differently: "amount", "USD 40,000.00",
// "USD 45,000.00". An empty side is written "none".
struct TermFieldChange {
    std::string field;
    std::string before;
    std::string after;
};

struct TermDifference {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    RecordNo optionNo = 0;             // terms are matched by option number
    std::string label;                 // "term 3 (payment: …)" as the later version reads (earlier if removed)
    std::vector<TermFieldChange> changes;  // Changed only

    // "amount: USD 40,000.00 → USD 45,000.00"
    static std::string describe(const TermFieldChange& change);
};

// Removed and changed terms in the earlier version's order, then added terms
// in the later version's. Compares kind, description, amount, payer, payee,
// due date and instalments; the parties are named from `record`.
std::vector<TermDifference> compareDrafts(const AgreementDraft& earlier, const AgreementDraft& later,
                                          const CaseRecord& record);

// "Changes since version N" for the front of the later draft: a heading, a
// paragraph per added or removed term, a table of changed fields (or a
// sentence saying nothing changed), and a page break before the agreement.
// Throws ValidationError unless `earlier` is an earlier version than `later`.
std::vector<Block> changesSinceBlocks(const AgreementDraft& earlier, const AgreementDraft& later,
                                      const CaseRecord& record);

}  // namespace cg::domain::documents
