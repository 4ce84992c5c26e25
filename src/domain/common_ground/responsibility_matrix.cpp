#include "domain/common_ground/responsibility_matrix.h"

#include <algorithm>
#include <unordered_map>

#include "domain/common_ground/control_key.h"

namespace cg::domain {

std::string_view toString(Standing standing) {
    switch (standing) {
        case Standing::None: return "";
        case Standing::Agreed: return "agreed";
        case Standing::Disputed: return "disputed";
    }
    return "?";
}

namespace {

Standing combine(Standing soFar, FactStanding next) {
    if (next == FactStanding::Disputed || soFar == Standing::Disputed) return Standing::Disputed;
    return Standing::Agreed;
}

struct CoveringClause {
    const ContractClause* clause;
    std::vector<ControlKey> controls;
};

}  // namespace

ResponsibilityMatrix buildResponsibilityMatrix(const CaseRecord& visible) {
    ResponsibilityMatrix matrix;
    std::unordered_map<RecordNo, std::size_t> column;
    for (const Party& p : visible.parties) {
        column[p.no] = matrix.partyNos.size();
        matrix.partyNos.push_back(p.no);
    }

    std::unordered_map<std::string, std::size_t> rowOf;
    std::vector<ControlKey> rowControls;
    for (const BreachFact& f : visible.facts) {
        if (f.failedControl.empty()) continue;
        const ControlKey control = ControlKey::parse(f.failedControl);
        auto [it, added] = rowOf.try_emplace(control.key(), matrix.rows.size());
        if (added) {
            MatrixRow row;
            row.key = control.key();
            row.label = f.failedControl;
            for (RecordNo p : matrix.partyNos) row.cells.push_back({p, {}, {}, {}, {}, Standing::None});
            matrix.rows.push_back(std::move(row));
            rowControls.push_back(control);
        }
        MatrixRow& row = matrix.rows[it->second];
        const FactEntry entry{f.no, f.category, f.standing, f.assertedByPartyNo};
        row.facts.push_back(entry);
        row.standing = combine(row.standing, f.standing);
        row.recommendationDocumented = row.recommendationDocumented || f.category == FactCategory::RecommendationMade;
        row.recommendationDeclined = row.recommendationDeclined || f.category == FactCategory::RecommendationDeclined;
        if (!f.assertedByPartyNo) continue;
        const auto col = column.find(*f.assertedByPartyNo);
        if (col == column.end()) continue;
        MatrixCell& cell = row.cells[col->second];
        cell.facts.push_back(entry);
        cell.standing = combine(cell.standing, f.standing);
        if (f.category == FactCategory::RecommendationMade) cell.recommendationsMade.push_back(entry);
        if (f.category == FactCategory::RecommendationDeclined) cell.recommendationsDeclined.push_back(entry);
    }

    // Each clause's controls are parsed once; a synthetic case has a
    // thousand clauses.
    std::vector<CoveringClause> covering;
    for (const ContractClause& c : visible.clauses) {
        if (!c.obligatedPartyNo || c.coveredControls.empty() || !column.contains(*c.obligatedPartyNo)) continue;
        CoveringClause cc{&c, {}};
        for (const auto& text : c.coveredControls) cc.controls.push_back(ControlKey::parse(text));
        covering.push_back(std::move(cc));
    }
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        for (const CoveringClause& cc : covering) {
            const bool covers = std::any_of(cc.controls.begin(), cc.controls.end(),
                                            [&](const ControlKey& c) { return c.covers(rowControls[r]); });
            if (!covers) continue;
            MatrixCell& cell = matrix.rows[r].cells[column.at(*cc.clause->obligatedPartyNo)];
            cell.responsibleUnder.push_back({cc.clause->no, cc.clause->section, cc.clause->kind});
        }
    }
    return matrix;
}

}  // namespace cg::domain
