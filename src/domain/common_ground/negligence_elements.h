#pragma once
// The four elements of negligence — duty, breach, causation, damages (Rotell
// v. Kuehnle, 38 So.3d 783 (Fla. 2d DCA 2010); legal-domain.md § 7) — for each
// blame claim, each marked by what the linked records support. Whatever the
// claim's basis, the elements show the mediator where the blame rests on
// agreed facts and where on disputed or missing ones.
//
// Rules (from the records the claim links):
// - duty: a linked clause that obligates the accused, or a linked
//   security-obligation clause → supported (a clause is text both sides
//   signed, not a fact in dispute); otherwise missing.
// - breach: linked control-failure facts → supported if one is agreed,
//   disputed if all are disputed; missing if there are none.
// - causation: linked event facts, the same way.
// - damages: linked loss facts, the same way; with none linked, loss items
//   the accuser has recorded make it disputed (they are one side's
//   estimates, not agreed facts); missing otherwise.
#include <string_view>
#include <vector>

#include "domain/case_record.h"

namespace cg::domain {

enum class ElementSupport { SupportedByAgreedFacts, Disputed, Missing };

struct ElementFinding {
    ElementSupport support = ElementSupport::Missing;
    RecordNos factNos;    // the facts it rests on
    RecordNos clauseNos;  // duty only
    RecordNos lossNos;    // damages from loss items only
};

struct NegligenceElements {
    RecordNo claimNo = 0;
    RecordNo accuserNo = 0;
    RecordNo accusedNo = 0;
    ClaimBasis basis = ClaimBasis::Other;
    ElementFinding duty, breach, causation, damages;
};

std::vector<NegligenceElements> assessNegligenceElements(const CaseRecord& visible);

std::string_view toString(ElementSupport support);

}  // namespace cg::domain
