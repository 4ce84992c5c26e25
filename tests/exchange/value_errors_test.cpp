// Values that cannot be read or are out of range: enumerations, dates, times,
// numbers, amounts and currencies. Each points at its attribute.
#include <boost/test/unit_test.hpp>

#include "case_file_texts.h"

using cg::testing::importProblem;
using cg::testing::kValidCaseFile;
using cg::testing::replaced;

namespace {

// The reference file with one clause (lines 20-23) whose liability cap is on line 22.
std::string withCap(const std::string& capAttributes) {
    return replaced(kValidCaseFile, "  <clauses/>\n",
                    "  <clauses>\n"
                    "    <clause id=\"clause-1\" source=\"msa\" kind=\"limitation-of-liability\">\n"
                    "      <section>9.2</section>\n"
                    "      <liability-cap " + capAttributes + "/>\n"
                    "    </clause>\n"
                    "  </clauses>\n");
}

// The claim on line 26 with extra attributes before its '>' (column 79).
std::string claimWith(const std::string& attributes) {
    return replaced(kValidCaseFile, "basis=\"negligence\">", "basis=\"negligence\" " + attributes + ">");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFileValueErrors)

BOOST_AUTO_TEST_CASE(anUnknownRoleListsTheKnownOnes) {
    const std::string xml = replaced(kValidCaseFile, "role=\"claimant\"", "role=\"judge\"");
    BOOST_TEST(importProblem(xml) == "7:45: party-1: unknown party role 'judge' (expected one of: claimant, "
                                     "respondent, third-party, insurer, regulator, other)");
}

BOOST_AUTO_TEST_CASE(aDateNotOnTheCalendarIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "occurred-on=\"2026-01-03\"", "occurred-on=\"2026-02-30\"");
    BOOST_TEST(importProblem(xml) == "21:40: fact-1: occurred-on '2026-02-30' is not a date on the calendar");
}

BOOST_AUTO_TEST_CASE(aDateInAnotherFormatIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "occurred-on=\"2026-01-03\"", "occurred-on=\"03.01.2026\"");
    BOOST_TEST(importProblem(xml) == "21:40: fact-1: occurred-on '03.01.2026' is not a date; write it as YYYY-MM-DD");
}

BOOST_AUTO_TEST_CASE(aTimeWithoutSecondsIsRefused) {
    const std::string xml = replaced(
        kValidCaseFile, "  <sessions/>\n",
        "  <sessions>\n    <session id=\"session-1\" kind=\"joint\" started-at=\"2026-02-10T14:00Z\"/>\n  </sessions>\n");
    BOOST_TEST(importProblem(xml) ==
               "33:42: session-1: started-at '2026-02-10T14:00Z' is not a UTC time; write it as YYYY-MM-DDTHH:MM:SSZ");
}

BOOST_AUTO_TEST_CASE(negativeRecordsAffectedIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "records-affected=\"4200\"", "records-affected=\"-5\"");
    BOOST_TEST(importProblem(xml) == "21:65: fact-1: records-affected -5 is negative; a count of records is zero or more");
}

BOOST_AUTO_TEST_CASE(recordsAffectedMustBeAWholeNumber) {
    const std::string xml = replaced(kValidCaseFile, "records-affected=\"4200\"", "records-affected=\"4,200\"");
    BOOST_TEST(importProblem(xml) == "21:65: fact-1: records-affected '4,200' is not a whole number");
}

BOOST_AUTO_TEST_CASE(priorityNineIsOutOfRange) {
    const std::string xml = replaced(kValidCaseFile, "priority=\"1\"", "priority=\"9\"");
    BOOST_TEST(importProblem(xml) == "15:81: interest-1: priority 9 is outside 1 (highest) to 5 (lowest)");
}

BOOST_AUTO_TEST_CASE(anAbsurdlyLargeNumberIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "priority=\"1\"", "priority=\"99999999999999999999\"");
    BOOST_TEST(importProblem(xml) == "15:81: interest-1: priority '99999999999999999999' is too large");
}

BOOST_AUTO_TEST_CASE(aNegativeAmountIsRefused) {
    BOOST_TEST(importProblem(claimWith("amount=\"-100.00\" currency=\"USD\"")) ==
               "26:80: claim-1: amount '-100.00' is negative; amounts are zero or more");
}

BOOST_AUTO_TEST_CASE(anAmountWithGroupingIsRefused) {
    BOOST_TEST(importProblem(claimWith("amount=\"1,000.00\" currency=\"USD\"")) ==
               "26:80: claim-1: amount '1,000.00' is not an amount; write it like 1250000.00");
}

BOOST_AUTO_TEST_CASE(anAmountFinerThanTheCurrencyIsRefused) {
    BOOST_TEST(importProblem(claimWith("amount=\"10.005\" currency=\"USD\"")) ==
               "26:80: claim-1: amount '10.005' has more decimals than USD allows (2)");
}

BOOST_AUTO_TEST_CASE(anImplausiblyLargeAmountIsRefused) {
    BOOST_TEST(importProblem(claimWith("amount=\"99999999999999999999.00\" currency=\"USD\"")) ==
               "26:80: claim-1: amount '99999999999999999999.00' is too large to be a plausible figure");
}

BOOST_AUTO_TEST_CASE(anAmountWithoutCurrencyIsRefused) {
    BOOST_TEST(importProblem(claimWith("amount=\"100.00\"")) ==
               "26:5: claim-1: attribute 'currency' is required with amount");
}

BOOST_AUTO_TEST_CASE(aLowerCaseCurrencyIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "currency=\"USD\"", "currency=\"usd\"");
    BOOST_TEST(importProblem(xml) ==
               "3:50: <case>: currency 'usd' is not a currency code; use three capital letters such as USD or EUR");
}

BOOST_AUTO_TEST_CASE(aMalformedCaseReferenceIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "reference=\"CG-2026-0001\"", "reference=\"CG-26-1\"");
    BOOST_TEST(importProblem(xml) ==
               "3:9: <case>: reference 'CG-26-1' is not a case reference; write it like CG-2026-0001");
}

BOOST_AUTO_TEST_CASE(aFlagIsTrueOrFalse) {
    const std::string xml = replaced(kValidCaseFile, "standing=\"agreed\"", "occurred-estimated=\"yes\" standing=\"agreed\"");
    BOOST_TEST(importProblem(xml) == "21:89: fact-1: occurred-estimated 'yes' is neither true nor false");
}

BOOST_AUTO_TEST_CASE(anUnknownDataTypeIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "      <description>Ransomware encrypted the file server</description>\n",
                                     "      <description>Ransomware encrypted the file server</description>\n"
                                     "      <data-type>ssn</data-type>\n");
    BOOST_TEST(importProblem(xml) == "23:7: fact-1: unknown data type 'ssn' (expected one of: pii, phi, "
                                     "cardholder-data, credentials, trade-secrets, financial-accounts)");
}

BOOST_AUTO_TEST_CASE(aFixedCapTakesNoMonthlyFees) {
    const std::string xml = withCap("basis=\"fixed-amount\" amount=\"250000.00\" monthly-fees=\"4500.00\" currency=\"USD\"");
    BOOST_TEST(importProblem(xml) ==
               "22:62: clause-1 <liability-cap>: attribute 'monthly-fees' does not belong to a fixed-amount cap");
}

BOOST_AUTO_TEST_CASE(aFeesLookbackCapNeedsItsMonths) {
    const std::string xml = withCap("basis=\"fees-lookback\" monthly-fees=\"4500.00\" currency=\"USD\" multiplier-percent=\"100\"");
    BOOST_TEST(importProblem(xml) ==
               "22:7: clause-1 <liability-cap>: attribute 'lookback-months' is required for a fees-lookback cap");
}

BOOST_AUTO_TEST_CASE(aWellFormedCapIsRead) {
    const std::string xml = withCap("basis=\"fees-lookback\" monthly-fees=\"4500.00\" currency=\"USD\" "
                                    "lookback-months=\"12\" multiplier-percent=\"200\"");
    const auto record = cg::exchange::readCaseFileText(xml, "cap.cgcase");
    BOOST_TEST(record.clauses.at(0).cap->amount().amountText() == "108000.00");
}

BOOST_AUTO_TEST_SUITE_END()
