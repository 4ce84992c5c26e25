#include "cli/view_matrix.h"

#include <ostream>

#include "cli/text_table.h"
#include "cli/view_output.h"

namespace cg::cli {

namespace {

using namespace domain;

std::string clausesText(const std::vector<ResponsibleClause>& clauses) {
    std::string text;
    for (const auto& c : clauses)
        text += (text.empty() ? "" : "; ") + c.section + " " + std::string(toString(c.kind)) + " (clause " +
                std::to_string(c.clauseNo) + ")";
    return text;
}

std::string factsText(const std::vector<FactEntry>& facts) {
    std::string text;
    for (const auto& f : facts)
        text += (text.empty() ? "" : ", ") + std::to_string(f.factNo) + " " + std::string(toString(f.standing));
    return text;
}

std::string elementText(const ElementFinding& e) {
    std::string text(toString(e.support));
    if (!e.clauseNos.empty()) text += " (clauses " + numberList(e.clauseNos) + ")";
    if (!e.factNos.empty()) text += " (facts " + numberList(e.factNos) + ")";
    if (!e.lossNos.empty()) text += " (loss estimates " + numberList(e.lossNos) + ")";
    return text;
}

}  // namespace

MatrixView buildMatrixView(const CaseRecord& visible) {
    return {buildResponsibilityMatrix(visible), assessNegligenceElements(visible)};
}

void printMatrixText(std::ostream& out, const CaseRecord& visible, const Audience& audience, const MatrixView& view) {
    printViewHeading(out, "Responsibility matrix", visible, audience);
    out << "\nFailed controls × parties. Recommendation facts sit with the party that asserts them;\n"
           "the case records who asserts a fact, not whom it concerns.\n";
    if (view.matrix.rows.empty()) {
        out << "\nNo fact names a failed control, so the matrix has no rows.\n";
    } else {
        for (const auto& row : view.matrix.rows) {
            out << "\n" << row.label << "  [" << row.key << "]: facts " << factsText(row.facts)
                << "; recommendation " << (row.recommendationDocumented ? "documented" : "not documented")
                << (row.recommendationDeclined ? ", declined" : "") << "\n";
            TextTable table({"Party", "Contract made responsible", "Recommended", "Declined", "Facts asserted",
                             "Standing"});
            for (const auto& cell : row.cells)
                table.addRow({partyLabel(visible, cell.partyNo), clausesText(cell.responsibleUnder),
                              factsText(cell.recommendationsMade), factsText(cell.recommendationsDeclined),
                              factsText(cell.facts), std::string(toString(cell.standing))});
            printIndented(out, table, 60);
        }
    }
    out << "\nNegligence elements per claim (supported = rests on an agreed fact or a clause;\n"
           "disputed = only disputed facts or one side's loss estimates; missing = nothing linked):\n";
    if (view.elements.empty()) {
        out << "No blame claims recorded.\n";
        return;
    }
    TextTable table({"Claim", "Basis", "Accuser", "Accused", "Duty", "Breach", "Causation", "Damages"});
    for (const auto& e : view.elements)
        table.addRow({std::to_string(e.claimNo), std::string(toString(e.basis)), std::to_string(e.accuserNo),
                      std::to_string(e.accusedNo), elementText(e.duty), elementText(e.breach),
                      elementText(e.causation), elementText(e.damages)});
    printIndented(out, table, 40);
}

// One header for both tables: a matrix row fills the control columns, a
// negligence row the claim columns, so the file stays one RFC 4180 table.
void printMatrixCsv(std::ostream& out, const MatrixView& view) {
    CsvWriter csv(out);
    csv.row({"table", "control-or-claim", "label-or-basis", "party-or-accuser", "accused", "responsible-under",
             "recommended", "declined", "facts", "standing", "duty", "breach", "causation", "damages"});
    for (const auto& row : view.matrix.rows)
        for (const auto& cell : row.cells)
            csv.row({"matrix", row.key, row.label, std::to_string(cell.partyNo), "", clausesText(cell.responsibleUnder),
                     factsText(cell.recommendationsMade), factsText(cell.recommendationsDeclined),
                     factsText(cell.facts), std::string(toString(cell.standing)), "", "", "", ""});
    for (const auto& e : view.elements)
        csv.row({"negligence", std::to_string(e.claimNo), std::string(toString(e.basis)), std::to_string(e.accuserNo),
                 std::to_string(e.accusedNo), "", "", "", "", "", elementText(e.duty), elementText(e.breach),
                 elementText(e.causation), elementText(e.damages)});
}

}  // namespace cg::cli
