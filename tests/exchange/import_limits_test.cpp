// Hostile or absurd input, refused before anything reaches a store: too deep,
// a DTD with entities, figures no real case has (an amount of 10^30, 10^15
// records, a priority of 2^63, a date in the year 99999). Each message says
// where and why, as a mediator would read it.
#include <boost/test/unit_test.hpp>

#include "case_file_texts.h"
#include "exchange/import_error.h"
#include "exchange/templates/document_template_reader.h"
#include "exchange/xml_syntax.h"

using namespace cg;
using testing::importProblem;
using testing::kValidCaseFile;
using testing::replaced;

namespace {

std::string nestedIn(const std::string& element, std::size_t depth) {
    std::string open, close;
    for (std::size_t i = 0; i < depth; ++i) {
        open += "<" + element + ">";
        close += "</" + element + ">";
    }
    return open + close;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFileImportLimits)

BOOST_AUTO_TEST_CASE(elementsNestedBeyondTheLimitAreRefusedBeforeParsing) {
    // <case-file><parties><party><name> are four levels; the 61st <x> is the 65th.
    const std::string xml = replaced(kValidCaseFile, "<name>Kessler IT Services GmbH</name>",
                                     "<name>" + nestedIn("x", 61) + "</name>");
    BOOST_TEST(importProblem(xml) == "11:193: elements are nested more than 64 deep (at <x>); a real file nests a "
                                     "few levels, so this one is damaged or hostile");
}

BOOST_AUTO_TEST_CASE(nestingUpToTheLimitReachesTheReader) {
    const std::string xml = replaced(kValidCaseFile, "<name>Kessler IT Services GmbH</name>",
                                     "<name>" + nestedIn("x", 60) + "</name>");
    BOOST_TEST(importProblem(xml) == "11:13: party-2 <name>: unexpected element <x>; <name> holds text only");
}

BOOST_AUTO_TEST_CASE(unclosedElementsNestedDeeplyAreRefusedToo) {
    std::string opens;
    for (int i = 0; i < 1000; ++i) opens += "<a>";
    BOOST_TEST(importProblem("<case-file>" + opens) ==
               "1:201: elements are nested more than 64 deep (at <a>); a real file nests a few levels, so this one "
               "is damaged or hostile");
}

BOOST_AUTO_TEST_CASE(aTemplateNestedTooDeepIsRefusedBeforeItsRecursiveReadersSeeIt) {
    const std::string xml = "<document-template xmlns=\"urn:commonground:document-template:1\" name=\"t\" "
                            "title=\"T\"><body><p>" +
                            nestedIn("b", 100'000) + "</p></body></document-template>";
    BOOST_CHECK_EXCEPTION(exchange::readDocumentTemplateText(xml, "deep.xml", {}), exchange::ImportError,
                          [](const exchange::ImportError& e) {
                              BOOST_TEST(std::string(e.what()) ==
                                         "deep.xml:1:276: elements are nested more than 64 deep (at <b>); a real "
                                         "file nests a few levels, so this one is damaged or hostile");
                              return true;
                          });
}

BOOST_AUTO_TEST_CASE(anEntityDeclarationIsRefusedWithTheDoctype) {
    const std::string xml = replaced(
        kValidCaseFile, "<case-file ",
        "<!DOCTYPE case-file [\n<!ENTITY lol \"lol\">\n<!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">\n]>\n<case-file ");
    BOOST_TEST(importProblem(replaced(xml, "Zahnarztpraxis Müller", "&lol2;")) ==
               "2:1: a case file has no <!DOCTYPE> declaration; remove it");
}

BOOST_AUTO_TEST_CASE(anExternalEntityIsRefusedWithTheDoctype) {
    const std::string xml =
        replaced(kValidCaseFile, "<case-file ", "<!DOCTYPE case-file SYSTEM \"file:///etc/passwd\">\n<case-file ");
    BOOST_TEST(importProblem(xml) == "2:1: a case file has no <!DOCTYPE> declaration; remove it");
}

BOOST_AUTO_TEST_CASE(aNulByteInTextIsNamed) {
    const std::string xml = replaced(kValidCaseFile, "Zahnarztpraxis Müller", std::string("Zahnarzt\0praxis", 15));
    BOOST_TEST(importProblem(xml) == "8:21: character U+0000 is not allowed in XML");
}

BOOST_AUTO_TEST_CASE(anOverlongUtf8EncodingIsNotUtf8) {
    const std::string xml = replaced(kValidCaseFile, "Zahnarztpraxis Müller", "Zahnarztpraxis \xC0\xAF");
    BOOST_TEST(importProblem(xml) ==
               "8:28: the file is not UTF-8 text: invalid UTF-8 (byte 0xC0); case files are UTF-8");
}

BOOST_AUTO_TEST_CASE(anAmountWrittenWithAnExponentIsNotAnAmount) {
    const std::string xml =
        replaced(kValidCaseFile, "basis=\"negligence\"", "basis=\"negligence\" amount=\"1e30\" currency=\"USD\"");
    BOOST_TEST(importProblem(xml) == "26:80: claim-1: amount '1e30' is not an amount; write it like 1250000.00");
}

BOOST_AUTO_TEST_CASE(anAmountOfTenToTheThirtyIsNotPlausible) {
    const std::string xml = replaced(kValidCaseFile, "basis=\"negligence\"",
                                     "basis=\"negligence\" amount=\"1000000000000000000000000000000\" currency=\"USD\"");
    BOOST_TEST(importProblem(xml) ==
               "26:80: claim-1: amount '1000000000000000000000000000000' is too large to be a plausible figure");
}

BOOST_AUTO_TEST_CASE(tenToTheFifteenRecordsAffectedAreNotPlausible) {
    const std::string xml =
        replaced(kValidCaseFile, "records-affected=\"4200\"", "records-affected=\"1000000000000000\"");
    BOOST_TEST(importProblem(xml) ==
               "21:5: fact 1: records affected (1000000000000000) is more than ten billion; check the figure");
}

BOOST_AUTO_TEST_CASE(aPriorityOfTwoToTheSixtyThreeIsTooLarge) {
    const std::string xml = replaced(kValidCaseFile, "priority=\"1\"", "priority=\"9223372036854775808\"");
    BOOST_TEST(importProblem(xml) == "15:81: interest-1: priority '9223372036854775808' is too large");
}

BOOST_AUTO_TEST_CASE(aDateInTheYear99999IsRefused) {
    const std::string xml = replaced(kValidCaseFile, "occurred-on=\"2026-01-03\"", "occurred-on=\"99999-01-03\"");
    BOOST_TEST(importProblem(xml) == "21:40: fact-1: occurred-on '99999-01-03' is not a date; write it as YYYY-MM-DD");
}

BOOST_AUTO_TEST_SUITE_END()
