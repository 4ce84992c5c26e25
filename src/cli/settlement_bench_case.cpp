#include "cli/settlement_bench_case.h"

#include "cli/synthetic_case.h"

namespace cg::cli {

using namespace domain;

CaseRecord makeSettlementBenchCase(const std::string& reference, int parties, int terms) {
    SyntheticCaseSize size;
    size.parties = parties;
    size.interests = parties * 3;
    size.clauses = parties;
    size.facts = parties * 2;
    size.claims = parties;
    CaseRecord r = makeSyntheticCase(size, reference);
    r.sessions.clear();
    r.offers.clear();
    r.drafts.clear();
    for (auto& p : r.parties) {
        p.role = p.no % 2 ? PartyRole::Claimant : PartyRole::Respondent;
        p.signatoryName = "Signatory Ά. Ωμέγα-Жуков " + std::to_string(p.no);
        p.signatoryTitle = "Managing Director";
        p.address = std::to_string(100 + p.no) + " Rue de la Paix, 75002 Paris";
    }
    for (auto& f : r.facts) f.standing = f.no % 3 ? FactStanding::Agreed : FactStanding::Disputed;
    for (int i = 0; i < terms; ++i) {
        SettlementOption o;
        o.no = i + 1;
        o.kind = i % 4 == 0 ? OptionKind::SecurityProgramme : OptionKind::Payment;
        o.status = OptionStatus::Accepted;
        o.description = "Term " + std::to_string(i + 1) +
                        ": the paying party settles the losses of the receiving party arising from the incident, "
                        "including forensic investigation, notification of affected individuals, credit "
                        "monitoring and the restoration of systems, in full and final settlement of its claims.";
        if (o.kind == OptionKind::Payment) {
            o.payerNo = (i % parties) + 1;
            o.payeeNo = ((i + 1) % parties) + 1;
            o.amount = Money(3'000'000 + i * 10'000, "USD");
            if (i % 3 == 0) {
                o.instalments = {{Date(2027, 1, 15), Money(1'000'000 + i * 5'000, "USD")},
                                 {Date(2027, 2, 15), Money(2'000'000 + i * 5'000, "USD")}};
            } else {
                o.dueOn = Date(2027, 1, 31);
            }
        }
        r.options.push_back(o);
    }
    return r;
}

}  // namespace cg::cli
