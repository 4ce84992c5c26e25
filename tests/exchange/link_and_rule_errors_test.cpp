// Links between records that do not resolve, and the case record's own
// rules, each reported at the element of the record concerned.
#include <boost/test/unit_test.hpp>

#include "case_file_texts.h"

using cg::testing::importProblem;
using cg::testing::kValidCaseFile;
using cg::testing::replaced;

BOOST_AUTO_TEST_SUITE(CaseFileLinkAndRuleErrors)

BOOST_AUTO_TEST_CASE(aLinkToAMissingFactIsReportedAtTheLink) {
    const std::string xml = replaced(kValidCaseFile, "ref=\"fact-1\"", "ref=\"fact-9\"");
    BOOST_TEST(importProblem(xml) == "28:17: claim-1: fact-ref 'fact-9' names no fact in this file");
}

BOOST_AUTO_TEST_CASE(aLinkAttributeToAMissingPartyIsReported) {
    const std::string xml = replaced(kValidCaseFile, "party=\"party-1\"", "party=\"party-7\"");
    BOOST_TEST(importProblem(xml) == "15:31: interest-1: party 'party-7' names no party in this file");
}

BOOST_AUTO_TEST_CASE(aLinkToTheWrongKindOfRecordIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "ref=\"fact-1\"", "ref=\"party-1\"");
    BOOST_TEST(importProblem(xml) == "28:17: claim-1: fact-ref 'party-1' is not of the form fact-N");
}

BOOST_AUTO_TEST_CASE(aRepeatedLinkIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "      <fact-ref ref=\"fact-1\"/>\n",
                                     "      <fact-ref ref=\"fact-1\"/>\n      <fact-ref ref=\"fact-1\"/>\n");
    BOOST_TEST(importProblem(xml) == "29:7: claim-1: fact-ref 'fact-1' appears twice");
}

BOOST_AUTO_TEST_CASE(aLinkToALaterRecordResolves) {
    // An offer may answer an offer listed after it.
    const std::string xml = replaced(
        kValidCaseFile, "  <offers/>\n",
        "  <offers>\n"
        "    <offer id=\"offer-1\" from=\"party-1\" to=\"party-2\" made-at=\"2026-02-10T16:00:00Z\" "
        "responds-to=\"offer-2\" status=\"open\">\n      <terms>Counter</terms>\n    </offer>\n"
        "    <offer id=\"offer-2\" from=\"party-2\" to=\"party-1\" made-at=\"2026-02-10T15:00:00Z\" "
        "amount=\"1000.00\" currency=\"USD\" status=\"countered\"/>\n"
        "  </offers>\n");
    BOOST_TEST(importProblem(xml) == "no error");
}

BOOST_AUTO_TEST_CASE(aClaimAgainstOneselfIsReportedAtTheClaim) {
    const std::string xml = replaced(kValidCaseFile, "accused=\"party-2\"", "accused=\"party-1\"");
    BOOST_TEST(importProblem(xml) == "26:5: claim 1: accuser and accused are the same party (1)");
}

BOOST_AUTO_TEST_CASE(aDiscoveryBeforeTheOccurrenceIsReportedAtTheFact) {
    const std::string xml =
        replaced(kValidCaseFile, "occurred-on=\"2026-01-03\"", "occurred-on=\"2026-01-03\" discovered-on=\"2026-01-01\"");
    BOOST_TEST(importProblem(xml) ==
               "21:5: fact 1: discovered on 2026-01-01, before it occurred on 2026-01-03 (mark the occurrence date as "
               "estimated if it is)");
}

BOOST_AUTO_TEST_CASE(anEstimatedOccurrenceMayFollowTheDiscovery) {
    const std::string xml = replaced(kValidCaseFile, "occurred-on=\"2026-01-03\"",
                                     "occurred-on=\"2026-01-03\" occurred-estimated=\"true\" discovered-on=\"2026-01-01\"");
    BOOST_TEST(importProblem(xml) == "no error");
}

BOOST_AUTO_TEST_CASE(aCaseRuleIsReportedAtTheCaseElement) {
    const std::string xml = replaced(kValidCaseFile, "opened-on=\"2026-01-15\"",
                                     "opened-on=\"2026-01-15\" closed-on=\"2026-01-10\"");
    BOOST_TEST(importProblem(xml) == "3:3: case CG-2026-0001: closed before it was opened");
}

BOOST_AUTO_TEST_CASE(aWhitespaceOnlyNameBreaksThePartyRule) {
    const std::string xml = replaced(kValidCaseFile, "<name>Kessler IT Services GmbH</name>", "<name>   </name>");
    BOOST_TEST(importProblem(xml) == "10:5: party 2: name is required");
}

BOOST_AUTO_TEST_CASE(aCaucusWithoutItsPartyIsReportedAtTheSession) {
    const std::string xml = replaced(
        kValidCaseFile, "  <sessions/>\n",
        "  <sessions>\n    <session id=\"session-1\" kind=\"caucus\" started-at=\"2026-02-10T14:00:00Z\"/>\n  </sessions>\n");
    BOOST_TEST(importProblem(xml) == "33:5: session 1: a caucus is held with one party; name it");
}

BOOST_AUTO_TEST_CASE(aRepeatedNoteNumberIsReportedAtTheNote) {
    const std::string xml = replaced(kValidCaseFile, "  <sessions/>\n",
                                     "  <sessions>\n"
                                     "    <session id=\"session-1\" kind=\"joint\" started-at=\"2026-02-10T14:00:00Z\">\n"
                                     "      <note no=\"1\" written-at=\"2026-02-10T14:05:00Z\" visibility=\"everyone\">A</note>\n"
                                     "      <note no=\"1\" written-at=\"2026-02-10T14:06:00Z\" visibility=\"everyone\">B</note>\n"
                                     "    </session>\n"
                                     "  </sessions>\n");
    BOOST_TEST(importProblem(xml) == "35:13: session-1 <note>: note 1 appears twice in session-1");
}

BOOST_AUTO_TEST_SUITE_END()
