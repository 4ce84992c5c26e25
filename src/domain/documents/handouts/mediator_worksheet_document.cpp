#include "domain/documents/handouts/mediator_worksheet_document.h"

#include <algorithm>

#include "domain/common_ground/audience.h"
#include "domain/common_ground/preparation_sheet.h"
#include "domain/common_ground/worksheet.h"
#include "domain/documents/handouts/case_wording.h"
#include "domain/documents/handouts/document_frame.h"
#include "domain/documents/handouts/document_writer.h"
#include "domain/documents/handouts/worksheet_tables.h"
#include "domain/documents/record_labels.h"

namespace cg::domain::documents {

namespace {

std::string interestList(const CaseRecord& visible, const RecordNos& nos) {
    std::vector<std::string> items;
    for (RecordNo no : nos) {
        const Interest* interest = findInterest(visible, no);
        items.push_back(std::to_string(no) + " " +
                        (interest ? interestWithOwner(visible, *interest) : ""));
    }
    return joined(items, "; ");
}

void writeClaimRow(DocumentWriter& writer, const CaseRecord& visible, const WorksheetRow& row) {
    writer.section("Claim " + std::to_string(row.claimNo) + ": " +
                   partyName(visible, row.accuserNo) + " blames " +
                   partyName(visible, row.accusedNo));
    writer.labelled("Basis", words(row.basis));
    writer.labelled("Amount claimed", amountText(row.amountClaimed));
    writer.labelled("Allegation", row.allegation.empty() ? "—" : row.allegation);
    writer.labelled("Accuser's position", row.accuserPosition.empty() ? "—" : row.accuserPosition);
    if (row.accusedPositions.empty())
        writer.labelled("Accused's position", "— (no counter-claim records one)");
    for (const auto& position : row.accusedPositions)
        writer.labelled("Accused's position", position);

    writer.subsection("Interests");
    std::vector<WorksheetInterest> interests = row.accuserInterests;
    interests.insert(interests.end(), row.accusedInterests.begin(), row.accusedInterests.end());
    writer.table(worksheetInterestTable(visible, interests),
                 "No interests recorded for either side.");

    writer.subsection("Shared interests");
    writer.table(sharedInterestTable(visible, row.shared), "None linked and none suggested.");
    if (std::any_of(row.shared.begin(), row.shared.end(),
                    [](const SharedInterest& s) { return s.suggested; }))
        writer.note(
            "Suggested pairs come from category and wording and await the mediator's "
            "confirmation.");

    writer.subsection("Objective criteria");
    writer.table(criteriaTable(visible, row.clauses, row.controls),
                 "No clauses or failed controls linked.");

    writer.subsection("Options and the interests they serve");
    writer.table(servingOptionTable(visible, row.options), "No option serves these interests yet.");
    writer.labelled(
        "Interests no option serves yet",
        row.unservedInterestNos.empty() ? "none" : interestList(visible, row.unservedInterestNos));
}

Table captioned(Table table, std::string caption) {
    table.caption = std::move(caption);
    return table;
}

void writePreparation(DocumentWriter& writer, const CaseRecord& visible,
                      const PreparationSheet& sheet) {
    writer.subsection("Preparation notes for " + partyWithRole(visible, sheet.partyNo));
    writer.table(captioned(worksheetInterestTable(visible, sheet.ownInterests), "Its interests"),
                 "Its interests: none recorded.");
    writer.table(captioned(worksheetInterestTable(visible, sheet.otherInterests),
                           "Other parties' interests"),
                 "Other parties' interests: none recorded.");
    Table stakeholders;
    stakeholders.caption = "Stakeholders beyond the two sides";
    stakeholders.columns = {{"Stakeholder", 3}, {"Why it matters", 4}};
    for (const auto& s : sheet.absentStakeholders) stakeholders.rows.push_back({s.who, s.why});
    writer.table(std::move(stakeholders), "Stakeholders beyond the two sides: none recorded.");
    Table alternatives;
    alternatives.caption = "Alternatives if there is no agreement (BATNA / WATNA)";
    alternatives.columns = {{"", 1}, {"Alternative", 5}, {"Value", 2}, {"Likelihood", 2}};
    for (const auto& a : sheet.alternatives)
        alternatives.rows.push_back({a.kind == AlternativeKind::Batna ? "BATNA" : "WATNA", a.description,
                                     amountText(a.value), std::to_string(a.likelihoodPercent) + " %"});
    writer.table(std::move(alternatives), "Alternatives (BATNA / WATNA): none recorded.");
    writer.table(captioned(servingOptionTable(visible, sheet.options), "Options"),
                 "Options: none serves its interests yet.");
    writer.table(
        captioned(criteriaTable(visible, sheet.clauses, sheet.controls), "Objective criteria"),
        "Objective criteria: no clauses or failed controls bear on it.");
}

}  // namespace

Document mediatorWorksheetDocument(const CaseRecord& record, Date date, PaperSize paper) {
    // The mediator may see everything, but the paper still goes through the
    // one filter every output goes through.
    const CaseRecord visible = visibleTo(record, Audience::mediator());
    Document document = mediatorPaper(visible, "Shared-interest worksheet",
                                      "Mediator's working paper: shared-interest worksheet", "worksheet", date, paper);

    DocumentWriter writer(document);
    writer.title("Shared-interest worksheet — " + visible.head.title);
    writer.paragraph(RichText{{"Confidential — mediator's working paper", TextStyle::Bold}});
    writer.labelled("Case", visible.head.reference);
    writer.labelled("Date", writtenDate(date));
    writer.note(
        "For each blame claim: the positions, the interests underneath them, what the parties "
        "share, the "
        "objective criteria and the options that meet the shared interests (Fisher & Ury, "
        "\"Getting to "
        "Yes\"). Derived from the case records.");

    const Worksheet worksheet = buildWorksheet(visible);
    if (worksheet.rows.empty()) {
        writer.section("Claims");
        writer.paragraph("No blame claims recorded, so the worksheet has no rows.");
    }
    for (const auto& row : worksheet.rows) writeClaimRow(writer, visible, row);

    writer.section("Preparation notes per party");
    if (visible.parties.empty()) writer.paragraph("No parties recorded.");
    for (const Party& party : visible.parties)
        writePreparation(writer, visible, buildPreparationSheet(visible, party.no));
    return document;
}

}  // namespace cg::domain::documents
