#include "cli/view_worksheet.h"

#include <ostream>
#include <unordered_map>

#include "cli/text_table.h"
#include "cli/view_output.h"

namespace cg::cli {

namespace {

using namespace domain;

constexpr std::size_t kTextWidth = 70;

// Descriptions by interest number, looked up once per output.
class Descriptions {
public:
    explicit Descriptions(const CaseRecord& record) {
        for (const auto& i : record.interests) m_text[i.no] = &i.description;
    }
    const std::string& of(RecordNo no) const {
        static const std::string kNone;
        const auto it = m_text.find(no);
        return it == m_text.end() ? kNone : *it->second;
    }

private:
    std::unordered_map<RecordNo, const std::string*> m_text;
};

std::string interestText(const Descriptions& descriptions, const WorksheetInterest& i) {
    std::string text = descriptions.of(i.no);
    if (i.visibility != Visibility::Everyone) text = "[" + std::string(toString(i.visibility)) + "] " + text;
    return text;
}

void printInterests(std::ostream& out, const Descriptions& descriptions, const WorksheetRow& row) {
    TextTable table({"Side", "Party", "No", "Category", "Priority", "Linked", "Interest"});
    const auto add = [&](const char* side, const std::vector<WorksheetInterest>& interests) {
        for (const auto& i : interests)
            table.addRow({side, std::to_string(i.partyNo), std::to_string(i.no), std::string(toString(i.category)),
                          std::to_string(i.priority), i.linkedFromClaim ? "yes" : "", interestText(descriptions, i)});
    };
    add("accuser", row.accuserInterests);
    add("accused", row.accusedInterests);
    if (table.empty()) {
        out << "  Interests: none recorded for either side.\n";
        return;
    }
    out << "  Interests:\n";
    printIndented(out, table, kTextWidth);
}

void printShared(std::ostream& out, const WorksheetRow& row) {
    if (row.shared.empty()) {
        out << "  Shared interests: none linked and none suggested.\n";
        return;
    }
    out << "  Shared interests (suggested ones await the mediator's confirmation):\n";
    TextTable table({"Accuser's", "Accused's", "Category", "Basis", "Overlap", "Common words"});
    for (const auto& s : row.shared) {
        std::string words;
        for (const auto& w : s.commonWords) words += (words.empty() ? "" : " ") + w;
        table.addRow({std::to_string(s.accuserInterestNo), std::to_string(s.accusedInterestNo),
                      std::string(toString(s.category)), s.suggested ? "suggested" : "linked by mediator",
                      s.suggested ? std::to_string(s.scorePercent) + " %" : "", words});
    }
    printIndented(out, table, kTextWidth);
}

std::string obligated(const CaseRecord& record, const OptionalNo& partyNo) {
    return partyNo ? partyLabel(record, *partyNo) : "both / unspecified";
}

void printCriteria(std::ostream& out, const CaseRecord& record, const std::vector<ClauseCriterion>& clauses,
                   const std::vector<ControlCriterion>& controls) {
    if (clauses.empty() && controls.empty()) {
        out << "  Objective criteria: no clauses or failed controls linked.\n";
        return;
    }
    out << "  Objective criteria:\n";
    TextTable table({"Criterion", "Kind", "Obligates", "Cap", "Detail"});
    for (const auto& c : clauses) {
        std::string detail = c.documentTitle;
        if (!c.carveOuts.empty()) {
            detail += "; carve-outs:";
            for (const auto& co : c.carveOuts) detail += " " + co + ";";
            detail.pop_back();
        }
        table.addRow({"clause " + std::to_string(c.clauseNo) + " " + c.section, std::string(toString(c.kind)),
                      obligated(record, c.obligatedPartyNo), plainAmount(c.capAmount), detail});
    }
    for (const auto& c : controls)
        table.addRow({c.key, "failed control", "", "",
                      c.label + " (facts " + numberList(c.factNos) + (c.allAgreed ? ", agreed)" : ", disputed)")});
    printIndented(out, table, kTextWidth);
}

void printOptions(std::ostream& out, const std::vector<ServingOption>& options) {
    if (options.empty()) {
        out << "  Options: none serves these interests yet.\n";
        return;
    }
    out << "  Options:\n";
    TextTable table({"No", "Kind", "Status", "Serves", "Option"});
    for (const auto& o : options)
        table.addRow({std::to_string(o.optionNo), std::string(toString(o.kind)), std::string(toString(o.status)),
                      numberList(o.servedInterestNos), o.description});
    printIndented(out, table, kTextWidth);
}

void printAlternatives(std::ostream& out, const std::vector<SheetAlternative>& alternatives) {
    if (alternatives.empty()) {
        out << "  Alternatives (BATNA / WATNA): none recorded.\n";
        return;
    }
    out << "  Alternatives (BATNA / WATNA):\n";
    TextTable table({"Kind", "No", "Value", "Likelihood", "Alternative"});
    for (const auto& a : alternatives)
        table.addRow({alternativeKindLabel(a.kind), std::to_string(a.no), a.value ? a.value->display() : "—",
                      std::to_string(a.likelihoodPercent) + " %", a.description});
    printIndented(out, table, kTextWidth);
}

void printRow(std::ostream& out, const CaseRecord& record, const Descriptions& descriptions, const WorksheetRow& row) {
    out << "\nClaim " << row.claimNo << " (" << toString(row.basis) << ", claimed " << plainAmount(row.amountClaimed)
        << "): " << partyLabel(record, row.accuserNo) << " blames " << partyLabel(record, row.accusedNo) << "\n";
    out << "  Allegation: " << row.allegation << "\n";
    out << "  Accuser's position: " << (row.accuserPosition.empty() ? "—" : row.accuserPosition) << "\n";
    if (row.accusedPositions.empty()) out << "  Accused's position: — (no counter-claim records one)\n";
    for (const auto& p : row.accusedPositions) out << "  Accused's position: " << p << "\n";
    printInterests(out, descriptions, row);
    printShared(out, row);
    printCriteria(out, record, row.clauses, row.controls);
    printOptions(out, row.options);
    out << "  Interests no option serves yet: "
        << (row.unservedInterestNos.empty() ? "none" : numberList(row.unservedInterestNos)) << "\n";
}

void printSheet(std::ostream& out, const CaseRecord& record, const Descriptions& descriptions,
                const PreparationSheet& sheet) {
    out << "\nPreparation sheet for " << partyLabel(record, sheet.partyNo) << "\n";
    const auto interests = [&](const char* title, const std::vector<WorksheetInterest>& list) {
        if (list.empty()) {
            out << "  " << title << ": none recorded.\n";
            return;
        }
        out << "  " << title << ":\n";
        TextTable table({"Party", "No", "Category", "Priority", "Interest"});
        for (const auto& i : list)
            table.addRow({std::to_string(i.partyNo), std::to_string(i.no), std::string(toString(i.category)),
                          std::to_string(i.priority), interestText(descriptions, i)});
        printIndented(out, table, kTextWidth);
    };
    interests("Its interests", sheet.ownInterests);
    interests("Other parties' interests", sheet.otherInterests);
    if (sheet.absentStakeholders.empty()) out << "  Stakeholders beyond the two sides: none recorded.\n";
    for (const auto& s : sheet.absentStakeholders)
        out << "  Stakeholder beyond the two sides: " << s.who << " — " << s.why << "\n";
    printAlternatives(out, sheet.alternatives);
    printOptions(out, sheet.options);
    printCriteria(out, record, sheet.clauses, sheet.controls);
}

}  // namespace

WorksheetView buildWorksheetView(const CaseRecord& visible, const Audience& audience) {
    WorksheetView view{buildWorksheet(visible), {}};
    if (audience.kind() == Audience::Kind::Party) {
        view.sheets.push_back(buildPreparationSheet(visible, audience.partyNo()));
    } else {
        for (const Party& p : visible.parties) view.sheets.push_back(buildPreparationSheet(visible, p.no));
    }
    return view;
}

void printWorksheetText(std::ostream& out, const CaseRecord& visible, const Audience& audience,
                        const WorksheetView& view) {
    printViewHeading(out, "Shared-interest worksheet", visible, audience);
    if (view.worksheet.rows.empty()) out << "\nNo blame claims recorded, so the worksheet has no rows.\n";
    const Descriptions descriptions(visible);
    for (const auto& row : view.worksheet.rows) printRow(out, visible, descriptions, row);
    for (const auto& sheet : view.sheets) printSheet(out, visible, descriptions, sheet);
}

void printWorksheetCsv(std::ostream& out, const CaseRecord& visible, const WorksheetView& view) {
    const Descriptions descriptions(visible);
    CsvWriter csv(out);
    csv.row({"sheet", "part", "party", "record", "category", "priority", "status", "detail", "text"});
    for (const auto& row : view.worksheet.rows) {
        const std::string sheet = "claim " + std::to_string(row.claimNo);
        csv.row({sheet, "allegation", std::to_string(row.accuserNo), std::to_string(row.claimNo),
                 std::string(toString(row.basis)), "", "", plainAmount(row.amountClaimed), row.allegation});
        csv.row({sheet, "accuser-position", std::to_string(row.accuserNo), "", "", "", "", "", row.accuserPosition});
        for (const auto& p : row.accusedPositions)
            csv.row({sheet, "accused-position", std::to_string(row.accusedNo), "", "", "", "", "", p});
        const auto interests = [&](const char* part, const std::vector<WorksheetInterest>& list) {
            for (const auto& i : list)
                csv.row({sheet, part, std::to_string(i.partyNo), std::to_string(i.no),
                         std::string(toString(i.category)), std::to_string(i.priority),
                         std::string(toString(i.visibility)), i.linkedFromClaim ? "linked" : "", descriptions.of(i.no)});
        };
        interests("accuser-interest", row.accuserInterests);
        interests("accused-interest", row.accusedInterests);
        for (const auto& s : row.shared) {
            std::string words;
            for (const auto& w : s.commonWords) words += (words.empty() ? "" : " ") + w;
            csv.row({sheet, s.suggested ? "shared-suggested" : "shared-linked", "",
                     std::to_string(s.accuserInterestNo) + "+" + std::to_string(s.accusedInterestNo),
                     std::string(toString(s.category)), "", "", s.suggested ? std::to_string(s.scorePercent) : "",
                     words});
        }
        for (const auto& c : row.clauses)
            csv.row({sheet, "criterion-clause", c.obligatedPartyNo ? std::to_string(*c.obligatedPartyNo) : "",
                     std::to_string(c.clauseNo), std::string(toString(c.kind)), "", "", plainAmount(c.capAmount),
                     c.section + " " + c.documentTitle});
        for (const auto& c : row.controls)
            csv.row({sheet, "criterion-control", "", numberList(c.factNos), c.key, "",
                     c.allAgreed ? "agreed" : "disputed", "", c.label});
        for (const auto& o : row.options)
            csv.row({sheet, "option", "", std::to_string(o.optionNo), std::string(toString(o.kind)), "",
                     std::string(toString(o.status)), numberList(o.servedInterestNos), o.description});
        for (auto no : row.unservedInterestNos) csv.row({sheet, "unserved-interest", "", std::to_string(no)});
    }
    for (const auto& s : view.sheets) {
        const std::string sheet = "party " + std::to_string(s.partyNo);
        for (const auto& i : s.ownInterests)
            csv.row({sheet, "own-interest", std::to_string(i.partyNo), std::to_string(i.no),
                     std::string(toString(i.category)), std::to_string(i.priority),
                     std::string(toString(i.visibility)), "", descriptions.of(i.no)});
        for (const auto& i : s.otherInterests)
            csv.row({sheet, "other-interest", std::to_string(i.partyNo), std::to_string(i.no),
                     std::string(toString(i.category)), std::to_string(i.priority),
                     std::string(toString(i.visibility)), "", descriptions.of(i.no)});
        for (const auto& a : s.absentStakeholders)
            csv.row({sheet, "absent-stakeholder", a.partyNo ? std::to_string(*a.partyNo) : "", "", "", "", "", a.why,
                     a.who});
        for (const auto& a : s.alternatives)
            csv.row({sheet, "alternative", std::to_string(s.partyNo), std::to_string(a.no),
                     std::string(toString(a.kind)), "", std::to_string(a.likelihoodPercent),
                     a.value ? a.value->display() : "", a.description});
        for (const auto& o : s.options)
            csv.row({sheet, "option", "", std::to_string(o.optionNo), std::string(toString(o.kind)), "",
                     std::string(toString(o.status)), numberList(o.servedInterestNos), o.description});
        for (const auto& c : s.clauses)
            csv.row({sheet, "criterion-clause", c.obligatedPartyNo ? std::to_string(*c.obligatedPartyNo) : "",
                     std::to_string(c.clauseNo), std::string(toString(c.kind)), "", "", plainAmount(c.capAmount),
                     c.section + " " + c.documentTitle});
        for (const auto& c : s.controls)
            csv.row({sheet, "criterion-control", "", numberList(c.factNos), c.key, "",
                     c.allAgreed ? "agreed" : "disputed", "", c.label});
    }
}

}  // namespace cg::cli
