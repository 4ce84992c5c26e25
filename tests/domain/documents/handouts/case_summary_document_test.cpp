// The mediator's case summary: the head, parties with insurance, clauses with
// caps worked out, facts in date order, claims, losses and the exposure the
// domain computes, options, sessions (no note texts) and drafts.
#include "domain/documents/handouts/case_summary_document.h"

#include <boost/test/unit_test.hpp>

#include "document_text.h"
#include "domain/common_ground/exposure.h"
#include "domain/documents/handouts/case_wording.h"
#include "planted_case.h"
#include "support/case_builder.h"

using namespace cg;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

const Date kWritten(2026, 3, 4);

const std::vector<std::string>* rowOf(const Table& table, const std::string& firstCell) {
    for (const auto& row : table.rows)
        if (!row.empty() && row[0] == firstCell) return &row;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseSummaryDocument)

BOOST_AUTO_TEST_CASE(theHeadNamesTheCase) {
    const Document summary = caseSummaryDocument(testing::fullCase(), kWritten);
    BOOST_TEST(testing::hasParagraph(summary, "Reference: CG-2026-0001"));
    BOOST_TEST(testing::hasParagraph(summary, "Status: active"));
    BOOST_TEST(testing::hasParagraph(summary, "Mediator: Dr. Ingrid Størseth"));
    BOOST_TEST(testing::hasParagraph(summary, "Governing law: German law (DE)"));
    BOOST_TEST(testing::hasParagraph(summary, "Opened: 2026-01-15"));
    BOOST_TEST(summary.running.footer.find("mediator's working paper") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(partiesShowRoleCounselAndInsurance) {
    const Document summary = caseSummaryDocument(testing::fullCase(), kWritten);
    const Table* parties = testing::tableWithColumn(summary, "Insurance");
    BOOST_TEST_REQUIRE(parties);
    const auto* practice = rowOf(*parties, "1");
    BOOST_TEST_REQUIRE(practice);
    BOOST_TEST((*practice)[1] == "Zahnarztpraxis Müller, Dentistry");
    BOOST_TEST((*practice)[2] == "claimant");
    BOOST_TEST((*practice)[4] == "Kanzlei Weber");
    BOOST_TEST((*practice)[5].find(
                   "cyber (Allianz CY-123): limit EUR 100,000.00, deductible EUR 5,000.00") == 0u);
}

BOOST_AUTO_TEST_CASE(clauseCapsAreWorkedOut) {
    const Document summary = caseSummaryDocument(testing::fullCase(), kWritten);
    const Table* clauses = testing::tableWithColumn(summary, "Cap");
    BOOST_TEST_REQUIRE(clauses);
    const std::size_t cap = testing::columnIndex(*clauses, "Cap");
    // 4,500 a month × 12 months × 200 % = 108,000.
    BOOST_TEST(rowOf(*clauses, "1")
                   ->at(cap)
                   .find("EUR 108,000.00 (fees EUR 4,500.00 a month × 12 months × 200 %)") == 0u);
    BOOST_TEST(rowOf(*clauses, "2")->at(cap) == "EUR 250,000.00");
    BOOST_TEST(rowOf(*clauses, "3")->at(cap) == "—");
}

BOOST_AUTO_TEST_CASE(factsRunInDateOrder) {
    const Document summary = caseSummaryDocument(testing::fullCase(), kWritten);
    const Table* facts = testing::tableWithColumn(summary, "Standing");
    BOOST_TEST_REQUIRE(facts);
    BOOST_TEST_REQUIRE(facts->rows.size() == 2u);
    BOOST_TEST(facts->rows[0][0] == "2025-09-01");  // fact 2, the declined recommendation
    BOOST_TEST(facts->rows[1][0] == "2026-01-03 (est.)");
    BOOST_TEST(facts->rows[1][testing::columnIndex(*facts, "Standing")] == "agreed");
    BOOST_TEST(facts->rows[1][testing::columnIndex(*facts, "Detail")] ==
               "control: CIS 3.11 encrypt data at rest; data: PHI, PII, financial accounts; "
               "4,200,000,000 records; discovered 2026-01-02");
}

BOOST_AUTO_TEST_CASE(exposureFiguresAreTheDomainsComputation) {
    const CaseRecord record = testing::fullCase();
    const Document summary = caseSummaryDocument(record, kWritten);
    const Table* byParty = testing::tableWithColumn(summary, "Uninsured gap");
    BOOST_TEST_REQUIRE(byParty);
    const Exposure exposure = buildExposure(record);
    BOOST_TEST(byParty->rows.size() == exposure.parties.size());
    const std::size_t losses = testing::columnIndex(*byParty, "Losses");
    const std::size_t pays = testing::columnIndex(*byParty, "Insurance pays");
    const std::size_t gap = testing::columnIndex(*byParty, "Uninsured gap");
    for (const auto& p : exposure.parties) {
        const auto* row = rowOf(*byParty, partyName(record, p.partyNo));
        BOOST_TEST_REQUIRE(row);
        BOOST_TEST(row->at(losses) == rangeText(p.losses.total.low, p.losses.total.high));
        BOOST_TEST(row->at(pays) == rangeText(p.insuredLow.paid, p.insuredHigh.paid));
        BOOST_TEST(row->at(gap) == rangeText(p.insuredLow.gap, p.insuredHigh.gap));
    }
    // Worked by hand for the practice: losses 20,000 – 35,000; cyber cover
    // limit 100,000, deductible 5,000 → pays 15,000 – 30,000, gap 5,000.
    const auto* practice = rowOf(*byParty, "Zahnarztpraxis Müller");
    BOOST_TEST(practice->at(losses) == "EUR 20,000.00 – EUR 35,000.00");
    BOOST_TEST(practice->at(pays) == "EUR 15,000.00 – EUR 30,000.00");
    BOOST_TEST(practice->at(gap) == "EUR 5,000.00");
    BOOST_TEST(testing::contains(
        summary, "paid = min(limit, max(0, loss − deductible)); uninsured gap = loss − paid"));

    const Table* caps = testing::tableWithColumn(summary, "Recoverable");
    BOOST_TEST_REQUIRE(caps);
    BOOST_TEST_REQUIRE(!exposure.caps.empty());
    BOOST_TEST_REQUIRE(!exposure.caps[0].recoveries.empty());
    const auto& recovery = exposure.caps[0].recoveries[0];
    BOOST_TEST(caps->rows[0][testing::columnIndex(*caps, "Cap")] == exposure.caps[0].cap.display());
    BOOST_TEST(caps->rows[0][testing::columnIndex(*caps, "Recoverable")] ==
               rangeText(recovery.recoverable.low, recovery.recoverable.high));

    const Table* ranges = testing::tableWithColumn(summary, "Zone");
    BOOST_TEST_REQUIRE(ranges);
    BOOST_TEST_REQUIRE(ranges->rows.size() == exposure.pairs.size());
    for (std::size_t i = 0; i < exposure.pairs.size(); ++i) {
        const auto& p = exposure.pairs[i];
        BOOST_TEST(ranges->rows[i][3] == rangeText(p.claimantRange.low, p.claimantRange.high));
        BOOST_TEST(ranges->rows[i][4] == rangeText(p.respondentRange.low, p.respondentRange.high));
    }
}

BOOST_AUTO_TEST_CASE(sessionsAreCountedAndDatedWithoutTheirNotes) {
    const Document summary = caseSummaryDocument(testing::plantedCase(), kWritten);
    BOOST_TEST(testing::hasParagraph(summary, "3 sessions held: 1 joint, 2 caucuses."));
    const Table* sessions = testing::tableWithColumn(summary, "Notes kept");
    BOOST_TEST_REQUIRE(sessions);
    BOOST_TEST(sessions->rows[0][1] == "2026-02-10 14:00 UTC");
    BOOST_TEST(rowOf(*sessions, "2")->at(3) == "caucus with Kessler IT Services GmbH");
    const std::string text = testing::allText(summary);
    for (const char* note :
         {"Ground rules agreed", "SECRET-P1-caucus-note", "SECRET-P2-caucus-note",
          "SECRET-MED-joint-note", "SECRET-P1-participant"})
        BOOST_TEST(text.find(note) == std::string::npos, note << " in the summary");
}

BOOST_AUTO_TEST_CASE(draftsAndOptionsAreListed) {
    const Document summary = caseSummaryDocument(testing::fullCase(), kWritten);
    const Table* drafts = testing::tableWithColumn(summary, "Template");
    BOOST_TEST_REQUIRE(drafts);
    BOOST_TEST(drafts->rows.size() == 2u);
    BOOST_TEST(drafts->rows[0][4] == "After the second caucus");
    const Table* options = testing::tableWithColumn(summary, "From → to");
    BOOST_TEST_REQUIRE(options);
    BOOST_TEST(rowOf(*options, "1")->at(4) == "Kessler IT Services GmbH → Zahnarztpraxis Müller");
    BOOST_TEST(rowOf(*options, "1")->at(5) == "accepted");
}

BOOST_AUTO_TEST_CASE(greekAndCyrillicNamesPassThrough) {
    testing::CaseBuilder builder("CG-2026-0077", "Ναυτιλιακή Αιγαίου v. ООО «Северный Код»");
    builder.withParty("Ναυτιλιακή Αιγαίου Α.Ε.", PartyRole::Claimant)
        .withParty("ООО «Северный Код»", PartyRole::Respondent)
        .withClaim(1, 2, "Не зашифровал резервные копии");
    const Document summary = caseSummaryDocument(builder.build(), kWritten);
    const Table* claims = testing::tableWithColumn(summary, "Accused");
    BOOST_TEST_REQUIRE(claims);
    BOOST_TEST(claims->rows[0][1] == "Ναυτιλιακή Αιγαίου Α.Ε.");
    BOOST_TEST(claims->rows[0][2] == "ООО «Северный Код»");
    BOOST_TEST(claims->rows[0][4] == "Не зашифровал резервные копии");
    BOOST_TEST(summary.running.headerRight == "Ναυτιλιακή Αιγαίου v. ООО «Северный Код»");
}

BOOST_AUTO_TEST_CASE(emptySectionsReadAsASentenceNotAnEmptyTable) {
    testing::CaseBuilder builder;
    builder.withParty("Zahnarztpraxis Müller");
    const Document summary = caseSummaryDocument(builder.build(), kWritten);
    for (const char* line :
         {"No losses recorded.", "No contract clauses recorded.", "No facts recorded.",
          "No blame claims recorded.", "No settlement options recorded.", "No sessions held yet.",
          "No settlement agreement drafted yet.",
          "No limitation-of-liability clause with a cap is recorded."})
        BOOST_TEST(testing::hasParagraph(summary, line), line);
    for (const auto* table : testing::blocksOf<Table>(summary)) BOOST_TEST(!table->rows.empty());
}

BOOST_AUTO_TEST_SUITE_END()
