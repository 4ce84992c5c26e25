// A party's alternatives and bottom lines in the case file (still format 1):
// written where the format says, read back, optional for older files, and a
// bad value reported at its line and column with nothing imported.
#include <boost/test/unit_test.hpp>

#include "case_file_texts.h"
#include "exchange/case_file.h"
#include "support/full_case.h"

using cg::testing::importProblem;
using cg::testing::kValidCaseFile;
using cg::testing::replaced;
using namespace cg;

namespace {

// The reference file with one alternative (line 37) and one bottom line
// (line 42) after <drafts/> (line 35).
const std::string kAlternative =
    "    <alternative id=\"alternative-1\" party=\"party-1\" kind=\"batna\" value=\"90000.00\" currency=\"USD\" "
    "likelihood=\"60\" visibility=\"party-and-mediator\">\n";
const std::string kBottomLine =
    "    <bottom-line id=\"bottom-line-1\" party=\"party-2\" stance=\"pays-at-most\" amount=\"75000.00\" "
    "currency=\"USD\" given-on=\"2026-02-10\"/>\n";

std::string withBargaining(const std::string& alternative = kAlternative, const std::string& bottomLine = kBottomLine,
                           const std::string& sessions = "  <sessions/>\n") {
    const std::string xml = replaced(kValidCaseFile, "  <drafts/>\n",
                                     "  <drafts/>\n"
                                     "  <alternatives>\n" +
                                         alternative +
                                         "      <description>Sue Kessler before the Landgericht</description>\n"
                                         "    </alternative>\n"
                                         "  </alternatives>\n"
                                         "  <bottom-lines>\n" +
                                         bottomLine + "  </bottom-lines>\n");
    return replaced(xml, "  <sessions/>\n", sessions);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFileBargainingFields)

BOOST_AUTO_TEST_CASE(anAlternativeAndABottomLineAreRead) {
    const domain::CaseRecord r = exchange::readCaseFileText(withBargaining(), "case.cgcase");
    BOOST_TEST_REQUIRE(r.alternatives.size() == 1u);
    const domain::Alternative& a = r.alternatives[0];
    BOOST_TEST(a.partyNo == 1);
    BOOST_TEST((a.kind == domain::AlternativeKind::Batna));
    BOOST_TEST(a.value->display() == "USD 90,000.00");
    BOOST_TEST(a.likelihoodPercent == 60);
    BOOST_TEST((a.visibility == domain::Visibility::PartyAndMediator));
    BOOST_TEST(a.description == "Sue Kessler before the Landgericht");
    BOOST_TEST_REQUIRE(r.bottomLines.size() == 1u);
    const domain::BottomLine& b = r.bottomLines[0];
    BOOST_TEST(b.partyNo == 2);
    BOOST_TEST((b.stance == domain::BottomLineStance::PaysAtMost));
    BOOST_TEST(b.amount.display() == "USD 75,000.00");
    BOOST_TEST(!b.sessionNo.has_value());
    BOOST_TEST(b.givenOn.toString() == "2026-02-10");
    BOOST_TEST(b.note.empty());
}

BOOST_AUTO_TEST_CASE(aFileWithoutThemReadsWithNone) {
    const domain::CaseRecord r = exchange::readCaseFileText(kValidCaseFile, "case.cgcase");
    BOOST_TEST(r.alternatives.empty());
    BOOST_TEST(r.bottomLines.empty());
    BOOST_TEST(exchange::writeCaseFileText(r) == kValidCaseFile);
}

BOOST_AUTO_TEST_CASE(theWriterPutsThemLastAsTheFormatSays) {
    // fullCase: the practice's BATNA, the mediator's estimate of the MSP's
    // WATNA (no value), a bottom line from each side.
    const std::string text = exchange::writeCaseFileText(testing::fullCase());
    BOOST_TEST(text.find("  <alternatives>\n"
                         "    <alternative id=\"alternative-1\" party=\"party-1\" kind=\"batna\" value=\"120000.00\" "
                         "currency=\"EUR\" likelihood=\"40\" visibility=\"party-and-mediator\">\n"
                         "      <description>Sue the MSP before the Landgericht</description>\n"
                         "    </alternative>\n"
                         "    <alternative id=\"alternative-2\" party=\"party-2\" kind=\"watna\" likelihood=\"15\" "
                         "visibility=\"mediator-only\">\n") != std::string::npos);
    BOOST_TEST(text.find("  <bottom-lines>\n"
                         "    <bottom-line id=\"bottom-line-1\" party=\"party-1\" stance=\"accepts-at-least\" "
                         "amount=\"70000.00\" currency=\"EUR\" given-on=\"2026-02-09\">\n"
                         "      <note>Only if paid within 60 days</note>\n"
                         "    </bottom-line>\n"
                         "    <bottom-line id=\"bottom-line-2\" party=\"party-2\" stance=\"pays-at-most\" "
                         "amount=\"75000.00\" currency=\"EUR\" session=\"session-2\" given-on=\"2026-02-10\"/>\n"
                         "  </bottom-lines>\n"
                         "</case-file>\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(aLikelihoodOfAHundredAndFortyIsRefusedAtItsAttribute) {
    BOOST_TEST(importProblem(withBargaining(replaced(kAlternative, "likelihood=\"60\"", "likelihood=\"140\""))) ==
               "37:98: alternative-1: likelihood 140 is outside 0 to 100 per cent");
}

BOOST_AUTO_TEST_CASE(anAlternativeForEveryoneIsRefused) {
    BOOST_TEST(importProblem(withBargaining(replaced(kAlternative, "party-and-mediator", "everyone"))) ==
               "37:114: alternative-1: visibility 'everyone' is not allowed for an alternative; it is seen by its "
               "party and the mediator (party-and-mediator) or by the mediator alone (mediator-only)");
}

BOOST_AUTO_TEST_CASE(anUnknownStanceListsTheKnownOnes) {
    BOOST_TEST(importProblem(withBargaining(kAlternative, replaced(kBottomLine, "pays-at-most", "hopes-for"))) ==
               "42:53: bottom-line-1: unknown bottom-line stance 'hopes-for' (expected one of: pays-at-most, "
               "accepts-at-least)");
}

BOOST_AUTO_TEST_CASE(aBottomLineOfAPartyNotInTheFileIsRefused) {
    BOOST_TEST(importProblem(withBargaining(kAlternative, replaced(kBottomLine, "party-2", "party-7"))) ==
               "42:37: bottom-line-1: party 'party-7' names no party in this file");
}

BOOST_AUTO_TEST_CASE(aBottomLineFromAnotherPartysCaucusIsRefusedAtItsElement) {
    // session-1 is a caucus with party 1 (line 33); the bottom line is party 2's.
    const std::string sessions = "  <sessions>\n"
                                 "    <session id=\"session-1\" kind=\"caucus\" caucus-party=\"party-1\" "
                                 "started-at=\"2026-02-10T14:00:00Z\"/>\n"
                                 "  </sessions>\n";
    const std::string bottomLine = replaced(kBottomLine, "given-on=", "session=\"session-1\" given-on=");
    BOOST_TEST(importProblem(withBargaining(kAlternative, bottomLine, sessions)) ==
               "44:5: bottom line 1: session 1 is not a caucus with party 2; a bottom line is given in private, in "
               "that party's caucus");
}

BOOST_AUTO_TEST_SUITE_END()
