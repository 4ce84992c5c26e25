// The fields the settlement agreement needs (signatory and address of a
// party, due date and instalments of a term, a draft's rendered terms and PDF
// digest): optional in format version 1, written when present, and refused
// at their own line and column when wrong.
#include <boost/test/unit_test.hpp>

#include "case_file_texts.h"
#include "exchange/case_file.h"
#include "exchange_case.h"
#include "support/case_differences.h"

using cg::testing::importProblem;
using cg::testing::kValidCaseFile;
using cg::testing::replaced;
using namespace cg;

namespace {

// The reference file with one accepted payment (line 32) of USD 45,000.00
// paid in two instalments (lines 34 and 35).
std::string withInstalments(const std::string& first, const std::string& second) {
    return replaced(kValidCaseFile, "  <options/>\n",
                    "  <options>\n"
                    "    <option id=\"option-1\" kind=\"payment\" status=\"accepted\" amount=\"45000.00\" "
                    "currency=\"USD\" payer=\"party-2\" payee=\"party-1\" due-on=\"2026-06-30\">\n"
                    "      <description>MSP pays restoration costs</description>\n"
                    "      <instalment " + first + "/>\n"
                    "      <instalment " + second + "/>\n"
                    "    </option>\n"
                    "  </options>\n");
}

const std::string kFirst = "due-on=\"2026-04-30\" amount=\"20000.00\" currency=\"USD\"";
const std::string kSecond = "due-on=\"2026-05-31\" amount=\"25000.00\" currency=\"USD\"";

// The reference file with party-2 signed for (lines 10-14).
std::string withSignatory(const std::string& signatory) {
    return replaced(kValidCaseFile, "      <name>Kessler IT Services GmbH</name>\n",
                    "      <name>Kessler IT Services GmbH</name>\n      " + signatory + "\n");
}

// The reference file with option-1 (line 32) in draft-1 (line 40).
std::string withDraft(const std::string& draftAttributes, const std::string& renderedTerms) {
    const std::string options = replaced(
        kValidCaseFile, "  <options/>\n",
        "  <options>\n"
        "    <option id=\"option-1\" kind=\"payment\" status=\"accepted\" amount=\"45000.00\" currency=\"USD\">\n"
        "      <description>MSP pays restoration costs</description>\n"
        "    </option>\n"
        "  </options>\n");
    return replaced(options, "  <drafts/>\n",
                    "  <drafts>\n"
                    "    <draft id=\"draft-1\" version=\"1\" template=\"settlement-agreement\" "
                    "created-at=\"2026-03-01T09:00:00Z\"" + draftAttributes + ">\n"
                    "      <term-ref ref=\"option-1\"/>\n" + renderedTerms +
                    "    </draft>\n"
                    "  </drafts>\n");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFileSettlementFields)

BOOST_AUTO_TEST_CASE(instalmentsAndDueDateAreRead) {
    const auto record = exchange::readCaseFileText(withInstalments(kFirst, kSecond), "case.cgcase");
    BOOST_TEST_REQUIRE(record.options.size() == 1u);
    const auto& option = record.options[0];
    BOOST_TEST(option.dueOn->toString() == "2026-06-30");
    BOOST_TEST_REQUIRE(option.instalments.size() == 2u);
    BOOST_TEST(option.instalments[0].dueOn.toString() == "2026-04-30");
    BOOST_TEST(option.instalments[0].amount.display() == "USD 20,000.00");
    BOOST_TEST(option.instalments[1].amount.display() == "USD 25,000.00");
}

BOOST_AUTO_TEST_CASE(aFileWithoutTheNewFieldsStillImports) {
    const auto record = exchange::readCaseFileText(kValidCaseFile, "case.cgcase");
    BOOST_TEST(record.parties.at(0).signatoryName.empty());
    BOOST_TEST(record.parties.at(0).address.empty());
}

BOOST_AUTO_TEST_CASE(theWriterPutsTheNewFieldsWhereTheFormatSays) {
    const std::string text = exchange::writeCaseFileText(testing::fullCase());
    BOOST_TEST(text.find("      <counsel>Kanzlei Weber</counsel>\n"
                         "      <signatory title=\"Inhaberin\">Dr. Anna Müller</signatory>\n"
                         "      <address>Schloßstraße 12\n80331 München</address>\n") != std::string::npos);
    BOOST_TEST(text.find("payer=\"party-2\" payee=\"party-1\" due-on=\"2026-06-30\">") != std::string::npos);
    BOOST_TEST(text.find("      <instalment due-on=\"2026-04-30\" amount=\"30000.00\" currency=\"EUR\"/>\n") !=
               std::string::npos);
    BOOST_TEST(text.find("pdf-sha256=\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\">") !=
               std::string::npos);
    BOOST_TEST(text.find("      <rendered-term option=\"option-1\" kind=\"payment\" status=\"accepted\" "
                         "amount=\"80000.00\" currency=\"EUR\" payer=\"party-2\" payee=\"party-1\" "
                         "due-on=\"2026-06-30\">\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(renderedTermsSurviveWriteAndRead) {
    const auto original = testing::fullCaseInEveryScript();
    const auto back = exchange::readCaseFileText(exchange::writeCaseFileText(original), "case.cgcase");
    BOOST_TEST(testing::caseDifferences(original, back).empty());
    BOOST_TEST_REQUIRE(back.drafts.at(0).termSnapshot.size() == 2u);
    BOOST_TEST(back.drafts[0].termSnapshot[0].amount->display() == "EUR 80,000.00");
    BOOST_TEST(back.parties.at(3).signatoryTitle == "Генеральный директор");
    BOOST_TEST(back.options.at(2).instalments.at(1).amount.display() == "BHD 6,345.678");
}

BOOST_AUTO_TEST_CASE(anInstalmentDateNotOnTheCalendarIsRefusedAtItsAttribute) {
    const std::string xml = withInstalments(kFirst, "due-on=\"2026-05-32\" amount=\"25000.00\" currency=\"USD\"");
    BOOST_TEST(importProblem(xml) ==
               "35:19: option-1 <instalment> 2: due-on '2026-05-32' is not a date on the calendar");
}

BOOST_AUTO_TEST_CASE(anInstalmentAmountThatIsNoAmountIsRefusedAtItsAttribute) {
    const std::string xml = withInstalments("due-on=\"2026-04-30\" amount=\"20.000,00\" currency=\"USD\"", kSecond);
    BOOST_TEST(importProblem(xml) ==
               "34:39: option-1 <instalment> 1: amount '20.000,00' is not an amount; write it like 1250000.00");
}

BOOST_AUTO_TEST_CASE(anInstalmentWithoutCurrencyIsRefused) {
    const std::string xml = withInstalments("due-on=\"2026-04-30\" amount=\"20000.00\"", kSecond);
    BOOST_TEST(importProblem(xml) == "34:7: option-1 <instalment> 1: attribute 'currency' is required");
}

BOOST_AUTO_TEST_CASE(anInstalmentInAnotherCurrencyIsRefusedAtItsOption) {
    const std::string xml = withInstalments(kFirst, "due-on=\"2026-05-31\" amount=\"25000.00\" currency=\"EUR\"");
    BOOST_TEST(importProblem(xml) == "32:5: option 1: instalment 2 is in EUR, the term in USD");
}

BOOST_AUTO_TEST_CASE(instalmentsThatDoNotAddUpAreRefusedAtTheirOption) {
    const std::string xml = withInstalments(kFirst, "due-on=\"2026-05-31\" amount=\"20000.00\" currency=\"USD\"");
    BOOST_TEST(importProblem(xml) ==
               "32:5: option 1: instalments add up to USD 40,000.00, not the term's USD 45,000.00");
}

BOOST_AUTO_TEST_CASE(aSignatoryIsReadWithItsTitle) {
    const auto record = exchange::readCaseFileText(
        withSignatory("<signatory title=\"Geschäftsführer\">Kai Kessler</signatory>\n      "
                      "<address>Industriestraße 4, 70565 Stuttgart</address>"),
        "case.cgcase");
    BOOST_TEST(record.parties.at(1).signatoryName == "Kai Kessler");
    BOOST_TEST(record.parties.at(1).signatoryTitle == "Geschäftsführer");
    BOOST_TEST(record.parties.at(1).address == "Industriestraße 4, 70565 Stuttgart");
}

BOOST_AUTO_TEST_CASE(theAddressComesAfterTheSignatory) {
    const std::string xml = withSignatory("<address>Stuttgart</address>\n      <signatory>Kai Kessler</signatory>");
    BOOST_TEST(importProblem(xml) == "13:7: party-2: <signatory> must come before <address>");
}

BOOST_AUTO_TEST_CASE(aRenderedTermIsReadAsItWas) {
    const auto record = exchange::readCaseFileText(
        withDraft(" pdf-sha256=\"" + std::string(64, 'e') + "\"",
                  "      <rendered-term option=\"option-1\" kind=\"payment\" status=\"proposed\" "
                  "amount=\"40000.00\" currency=\"USD\" payer=\"party-2\">\n"
                  "        <description>MSP pays less</description>\n"
                  "        <interest-ref ref=\"interest-9\"/>\n"
                  "      </rendered-term>\n"),
        "case.cgcase");
    const auto& draft = record.drafts.at(0);
    BOOST_TEST(draft.pdfSha256 == std::string(64, 'e'));
    BOOST_TEST_REQUIRE(draft.termSnapshot.size() == 1u);
    BOOST_TEST(draft.termSnapshot[0].description == "MSP pays less");
    BOOST_TEST(draft.termSnapshot[0].amount->display() == "USD 40,000.00");
    // interest-9 is no record of the case: the snapshot keeps what the term said then.
    BOOST_TEST(draft.termSnapshot[0].interestNos == domain::RecordNos{9});
}

BOOST_AUTO_TEST_CASE(aRenderedTermOfAnotherOptionIsRefusedAtTheDraft) {
    const std::string xml = withDraft("",
                                      "      <rendered-term option=\"option-2\" kind=\"payment\" status=\"accepted\">\n"
                                      "        <description>Another term</description>\n"
                                      "      </rendered-term>\n");
    BOOST_TEST(importProblem(xml) == "40:5: draft 1: the terms as rendered are options 2, but the draft lists 1");
}

BOOST_AUTO_TEST_CASE(aMalformedRenderedOptionIsRefusedAtItsAttribute) {
    const std::string xml = withDraft("",
                                      "      <rendered-term option=\"term-1\" kind=\"payment\" status=\"accepted\">\n"
                                      "        <description>Another term</description>\n"
                                      "      </rendered-term>\n");
    BOOST_TEST(importProblem(xml) ==
               "42:22: draft-1 <rendered-term>: option 'term-1' is not of the form option-N");
}

BOOST_AUTO_TEST_CASE(aPdfDigestInCapitalsIsRefusedAtTheDraft) {
    const std::string xml = withDraft(" pdf-sha256=\"" + std::string(64, 'E') + "\"", "");
    BOOST_TEST(importProblem(xml) == "40:5: draft 1: PDF SHA-256 '" + std::string(64, 'E') +
                                         "' is not 64 lower-case hexadecimal digits");
}

BOOST_AUTO_TEST_SUITE_END()
