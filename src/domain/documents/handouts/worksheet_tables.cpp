#include "domain/documents/handouts/worksheet_tables.h"

#include "domain/documents/handouts/case_wording.h"

namespace cg::domain::documents {

namespace {

std::string interestCell(const CaseRecord& visible, RecordNo no) {
    const Interest* interest = findInterest(visible, no);
    return std::to_string(no) + " " +
           (interest ? interestWithOwner(visible, *interest) : "(not in the case)");
}

}  // namespace

Table worksheetInterestTable(const CaseRecord& visible,
                             const std::vector<WorksheetInterest>& interests) {
    Table table;
    table.columns = {
        {"Party", 1.8},   {"No", 0.5},     {"Category", 1.5}, {"Priority", 1.1, Alignment::Right},
        {"Seen by", 1.5}, {"Linked", 0.8}, {"Interest", 3.5}};
    for (const auto& i : interests) {
        const Interest* interest = findInterest(visible, i.no);
        table.rows.push_back({partyName(visible, i.partyNo), std::to_string(i.no),
                              words(i.category), std::to_string(i.priority), words(i.visibility),
                              i.linkedFromClaim ? "yes" : "",
                              interest ? interest->description : ""});
    }
    return table;
}

Table sharedInterestTable(const CaseRecord& visible, const std::vector<SharedInterest>& shared) {
    Table table;
    table.columns = {{"Accuser's interest", 3},
                     {"Accused's interest", 3},
                     {"Category", 1.4},
                     {"Basis", 1.6},
                     {"Common words", 1.6}};
    for (const auto& s : shared)
        table.rows.push_back({interestCell(visible, s.accuserInterestNo),
                              interestCell(visible, s.accusedInterestNo), words(s.category),
                              s.suggested
                                  ? "suggested (" + std::to_string(s.scorePercent) + " % overlap)"
                                  : "linked by the mediator",
                              joined(s.commonWords, " ")});
    return table;
}

Table criteriaTable(const CaseRecord& visible, const std::vector<ClauseCriterion>& clauses,
                    const std::vector<ControlCriterion>& controls) {
    Table table;
    table.columns = {{"Criterion", 1.8},
                     {"Kind", 1.6},
                     {"Obligates", 1.8},
                     {"Cap", 1.6, Alignment::Right},
                     {"Detail", 3.2}};
    for (const auto& c : clauses) {
        std::string detail = c.documentTitle;
        if (!c.carveOuts.empty())
            detail += (detail.empty() ? "" : "; ") + std::string("carve-outs: ") +
                      joined(c.carveOuts, ", ");
        table.rows.push_back(
            {"Clause " + std::to_string(c.clauseNo) + " " + c.section, words(c.kind),
             c.obligatedPartyNo ? partyName(visible, *c.obligatedPartyNo) : "both / unspecified",
             amountText(c.capAmount), detail});
    }
    for (const auto& c : controls)
        table.rows.push_back({c.key, "failed control", "", "",
                              c.label + " (facts " + numberList(c.factNos) +
                                  (c.allAgreed ? ", agreed)" : ", disputed)")});
    return table;
}

Table servingOptionTable(const CaseRecord& visible, const std::vector<ServingOption>& options) {
    Table table;
    table.columns = {{"No", 0.5}, {"Kind", 1.5}, {"Option", 3}, {"Serves", 3.2}, {"Status", 1.4}};
    for (const auto& o : options) {
        std::vector<std::string> served;
        for (RecordNo no : o.servedInterestNos) served.push_back(interestCell(visible, no));
        table.rows.push_back({std::to_string(o.optionNo), words(o.kind), o.description,
                              served.empty() ? "—" : joined(served, "; "), words(o.status)});
    }
    return table;
}

}  // namespace cg::domain::documents
