// Elements and attributes that are missing, unknown, repeated or out of
// place. A typo must never silently drop data.
#include <boost/test/unit_test.hpp>

#include "case_file_texts.h"

using cg::testing::importProblem;
using cg::testing::kValidCaseFile;
using cg::testing::replaced;

BOOST_AUTO_TEST_SUITE(CaseFileStructureErrors)

BOOST_AUTO_TEST_CASE(aMissingNameIsReportedAtItsParty) {
    const std::string xml = replaced(kValidCaseFile, "      <name>Zahnarztpraxis Müller</name>\n", "");
    BOOST_TEST(importProblem(xml) == "7:5: party-1: <name> is required");
}

BOOST_AUTO_TEST_CASE(aMisspelledElementIsUnknownNotIgnored) {
    const std::string xml =
        replaced(kValidCaseFile, "<name>Zahnarztpraxis Müller</name>", "<nmae>Zahnarztpraxis Müller</nmae>");
    BOOST_TEST(importProblem(xml) ==
               "8:7: party-1: unknown element <nmae> (expected name, sector, representative, counsel, signatory, "
               "address, insurance)");
}

BOOST_AUTO_TEST_CASE(anUnknownAttributeIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "role=\"claimant\">", "role=\"claimant\" colour=\"red\">");
    BOOST_TEST(importProblem(xml) == "7:61: party-1: unknown attribute 'colour' (expected id, kind, role, agreement-signed-on)");
}

BOOST_AUTO_TEST_CASE(anAttributeOnATextElementIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "<name>Kessler", "<name lang=\"de\">Kessler");
    BOOST_TEST(importProblem(xml) == "11:13: party-2 <name>: unknown attribute 'lang' (<name> has no attributes)");
}

BOOST_AUTO_TEST_CASE(aMissingAttributeIsNamed) {
    const std::string xml = replaced(kValidCaseFile, " standing=\"agreed\"", "");
    BOOST_TEST(importProblem(xml) == "21:5: fact-1: attribute 'standing' is required");
}

BOOST_AUTO_TEST_CASE(aRepeatedAttributeIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "role=\"claimant\">", "role=\"claimant\" role=\"insurer\">");
    BOOST_TEST(importProblem(xml) == "7:61: party-1: attribute 'role' appears twice");
}

BOOST_AUTO_TEST_CASE(anElementOutOfOrderIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "      <name>Kessler IT Services GmbH</name>\n",
                                     "      <counsel>Dr. Brandt</counsel>\n      <name>Kessler IT Services GmbH</name>\n");
    BOOST_TEST(importProblem(xml) == "12:7: party-2: <name> must come before <counsel>");
}

BOOST_AUTO_TEST_CASE(aRepeatedSingleElementIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "      <name>Kessler IT Services GmbH</name>\n",
                                     "      <name>Kessler IT Services GmbH</name>\n      <name>Kessler IT</name>\n");
    BOOST_TEST(importProblem(xml) == "12:7: party-2: <name> appears more than once");
}

BOOST_AUTO_TEST_CASE(aMissingSectionIsNamed) {
    const std::string xml = replaced(kValidCaseFile, "  <clauses/>\n", "");
    BOOST_TEST(importProblem(xml) == "2:1: <case-file>: <clauses> is required");
}

BOOST_AUTO_TEST_CASE(anUnknownSectionIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "  <clauses/>\n", "  <clauses/>\n  <notes/>\n");
    BOOST_TEST(importProblem(xml) ==
               "20:3: <case-file>: unknown element <notes> (expected case, parties, interests, clauses, facts, "
               "claims, options, sessions, offers, losses, drafts, participants, exhibits, time-entries, expenses, "
               "payments, alternatives, bottom-lines)");
}

BOOST_AUTO_TEST_CASE(aRecordInTheWrongSectionIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "  <clauses/>\n",
                                     "  <clauses>\n    <party id=\"party-3\" kind=\"person\" role=\"other\"/>\n"
                                     "  </clauses>\n");
    BOOST_TEST(importProblem(xml) == "20:5: <clauses>: unknown element <party> (expected clause)");
}

BOOST_AUTO_TEST_CASE(strayTextBetweenElementsIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "    </party>\n    <party id=\"party-2\"",
                                     "    </party>\n    oops\n    <party id=\"party-2\"");
    BOOST_TEST(importProblem(xml) == "10:5: <parties>: unexpected text 'oops'");
}

BOOST_AUTO_TEST_CASE(anElementInsideATextElementIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "<name>Kessler IT Services GmbH</name>",
                                     "<name>Kessler <b>IT</b> Services GmbH</name>");
    BOOST_TEST(importProblem(xml) == "11:21: party-2 <name>: unexpected element <b>; <name> holds text only");
}

BOOST_AUTO_TEST_CASE(anIdNotOfTheFormKindNumberIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "id=\"party-1\"", "id=\"party-x\"");
    BOOST_TEST(importProblem(xml) == "7:12: <party>: id 'party-x' is not of the form party-N (N = 1, 2, 3...)");
}

BOOST_AUTO_TEST_CASE(anIdWithLeadingZerosIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "id=\"fact-1\"", "id=\"fact-01\"");
    BOOST_TEST(importProblem(xml) == "21:11: <fact>: id 'fact-01' is not of the form fact-N (N = 1, 2, 3...)");
}

BOOST_AUTO_TEST_CASE(aDuplicateIdPointsAtTheSecondUse) {
    const std::string xml = replaced(kValidCaseFile, "id=\"party-2\"", "id=\"party-1\"");
    BOOST_TEST(importProblem(xml) == "10:12: duplicate id 'party-1' (first used at line 7)");
}

BOOST_AUTO_TEST_CASE(aRecordWithoutIdIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "<party id=\"party-2\" ", "<party ");
    BOOST_TEST(importProblem(xml) == "10:5: <party>: attribute 'id' is required");
}

BOOST_AUTO_TEST_CASE(aRepeatedDefaultNamespaceIsHarmless) {
    const std::string xml = replaced(kValidCaseFile, "<party id=\"party-2\"",
                                     "<party xmlns=\"urn:commonground:case-file:1\" id=\"party-2\"");
    BOOST_TEST(importProblem(xml) == "no error");
}

BOOST_AUTO_TEST_CASE(anElementMovedToAnotherNamespaceIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "<party id=\"party-2\"", "<party xmlns=\"urn:other\" id=\"party-2\"");
    BOOST_TEST(importProblem(xml) ==
               "10:12: party-2: <party> is in namespace 'urn:other', expected 'urn:commonground:case-file:1'");
}

BOOST_AUTO_TEST_CASE(commentsAreIgnored) {
    const std::string xml = replaced(kValidCaseFile, "  <clauses/>\n", "  <!-- no clauses yet -->\n  <clauses/>\n");
    BOOST_TEST(importProblem(xml) == "no error");
}

BOOST_AUTO_TEST_SUITE_END()
