// Files that are not a readable case file at all: missing, empty, too large,
// not UTF-8, not well-formed XML, not a case file, or of another version.
#include <boost/test/unit_test.hpp>

#include "case_file_texts.h"
#include "exchange/case_file_source.h"
#include "support/temp_dir.h"

using namespace cg;
using testing::importProblem;
using testing::kValidCaseFile;
using testing::replaced;

BOOST_AUTO_TEST_SUITE(CaseFileSyntaxErrors)

BOOST_AUTO_TEST_CASE(aMissingFileIsNamed) {
    testing::ScopedTempDir dir;
    const std::string path = dir.file("x.cgcase");
    BOOST_CHECK_EXCEPTION(exchange::readCaseFile(path), exchange::ImportError, [&](const exchange::ImportError& e) {
        BOOST_TEST(e.line() == 0);
        BOOST_TEST(e.problem() == "cannot open '" + path + "': No such file or directory");
        BOOST_TEST(std::string(e.what()) == path + ": cannot open '" + path + "': No such file or directory");
        return true;
    });
}

BOOST_AUTO_TEST_CASE(aFolderIsNotACaseFile) {
    testing::ScopedTempDir dir;
    BOOST_CHECK_EXCEPTION(exchange::readCaseFile(dir.path().string()), exchange::ImportError,
                          [&](const exchange::ImportError& e) {
                              return e.problem() == "cannot read '" + dir.path().string() + "': Is a directory";
                          });
}

BOOST_AUTO_TEST_CASE(messagesNameTheFileAsGiven) {
    testing::ScopedTempDir dir;
    testing::writeBytes(dir.file("broken.cgcase"), replaced(kValidCaseFile, "role=\"claimant\"", "role=\"judge\""));
    BOOST_CHECK_EXCEPTION(exchange::readCaseFile(dir.file("broken.cgcase")), exchange::ImportError,
                          [&](const exchange::ImportError& e) {
                              BOOST_TEST(std::string(e.what()).starts_with(dir.file("broken.cgcase") + ":7:45: "));
                              return e.file() == dir.file("broken.cgcase");
                          });
}

BOOST_AUTO_TEST_CASE(anEmptyFileSaysSo) {
    BOOST_TEST(importProblem("") == "1:1: the file is empty; a case file holds a <case-file> element");
}

BOOST_AUTO_TEST_CASE(aFileOfOnlyWhitespaceHasNoRootElement) {
    BOOST_TEST(importProblem("\n  \n") == "1:1: no root element; expected <case-file>");
}

BOOST_AUTO_TEST_CASE(aFileOverTheSizeLimitIsRefusedBeforeParsing) {
    testing::ScopedTempDir dir;
    testing::writeBytes(dir.file("big.cgcase"), std::string(2048, ' '));
    BOOST_CHECK_EXCEPTION(exchange::loadCaseFileBytes(dir.file("big.cgcase"), 1024), exchange::ImportError,
                          [](const exchange::ImportError& e) {
                              return e.line() == 0 &&
                                     e.problem() == "the file is larger than 1024 bytes; a case file is far smaller, "
                                                    "so this is not one (or it is damaged)";
                          });
}

BOOST_AUTO_TEST_CASE(textOverSixtyFourMebibytesIsRefused) {
    const std::string huge(exchange::kMaxCaseFileBytes + 1, ' ');
    BOOST_CHECK_EXCEPTION(exchange::readCaseFileText(huge, "huge.cgcase"), exchange::ImportError,
                          [](const exchange::ImportError& e) {
                              return std::string(e.what()) ==
                                     "huge.cgcase: the file is larger than 64 MiB; a case file is far smaller, so "
                                     "this is not one (or it is damaged)";
                          });
}

BOOST_AUTO_TEST_CASE(anUnclosedElementIsReportedWhereItOpens) {
    const std::string xml = replaced(kValidCaseFile, "<name>Zahnarztpraxis Müller</name>", "<name>Zahnarztpraxis Müller");
    BOOST_TEST(importProblem(xml) ==
               "8:7: not well-formed XML: <name> is not closed before </party> at line 9, column 5");
}

BOOST_AUTO_TEST_CASE(aTruncatedFileNamesTheInnermostOpenElement) {
    const std::string xml = kValidCaseFile.substr(0, kValidCaseFile.find("    </fact>"));
    BOOST_TEST(importProblem(xml) == "21:5: not well-formed XML: <fact> is not closed before the end of the file");
}

BOOST_AUTO_TEST_CASE(anAttributeWithoutQuotesIsMalformed) {
    const std::string xml = replaced(kValidCaseFile, "role=\"claimant\"", "role=claimant");
    BOOST_TEST(importProblem(xml) ==
               "7:50: not well-formed XML: malformed attribute (write attributes as name=\"value\")");
}

BOOST_AUTO_TEST_CASE(aBareLessThanSignIsMalformed) {
    const std::string xml = replaced(kValidCaseFile, "<name>Kessler IT Services GmbH</name>",
                                     "<name>Kessler IT < 3</name>");
    BOOST_TEST(importProblem(xml) ==
               "11:24: not well-formed XML: '<' does not start a valid tag (a literal < in text is written &lt;)");
}

BOOST_AUTO_TEST_CASE(textThatIsNotUtf8IsRefusedWhereItStarts) {
    const std::string xml = replaced(kValidCaseFile, "Zahnarztpraxis Müller", "Zahnarztpraxis M\xFCller");
    BOOST_TEST(importProblem(xml) ==
               "8:29: the file is not UTF-8 text: invalid UTF-8 (byte 0xFC); case files are UTF-8");
}

BOOST_AUTO_TEST_CASE(aControlCharacterIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "Kessler IT Services", "Kessler\x07IT Services");
    BOOST_TEST(importProblem(xml) == "11:20: character U+0007 is not allowed in XML");
}

BOOST_AUTO_TEST_CASE(aControlCharacterReferenceIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "Kessler IT Services", "Kessler&#1;IT Services");
    BOOST_TEST(importProblem(xml) == "11:7: party-2 <name>: character U+0001 is not allowed in XML");
}

BOOST_AUTO_TEST_CASE(anotherDeclaredEncodingIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    BOOST_TEST(importProblem(xml) == "1:21: the file declares encoding 'ISO-8859-1'; case files are UTF-8");
}

BOOST_AUTO_TEST_CASE(xmlOneElevenIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "version=\"1.0\"", "version=\"1.1\"");
    BOOST_TEST(importProblem(xml) == "1:1: XML version '1.1' is not supported; case files are XML 1.0");
}

BOOST_AUTO_TEST_CASE(aDoctypeIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "<case-file ",
                                     "<!DOCTYPE case-file [<!ENTITY x \"y\">]>\n<case-file ");
    BOOST_TEST(importProblem(xml) == "2:1: a case file has no <!DOCTYPE> declaration; remove it");
}

BOOST_AUTO_TEST_CASE(windowsLineEndingsReadAndCountLinesOnce) {
    std::string crlf;
    for (char c : kValidCaseFile) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    BOOST_TEST(importProblem(crlf) == "no error");
    BOOST_TEST(importProblem(replaced(crlf, "ref=\"fact-1\"", "ref=\"fact-9\"")) ==
               "28:17: claim-1: fact-ref 'fact-9' names no fact in this file");
}

BOOST_AUTO_TEST_CASE(deepNestingIsRefusedWithoutCrashing) {
    const std::size_t depth = 100'000;
    std::string nested;
    for (std::size_t i = 0; i < depth; ++i) nested += "<x>";
    for (std::size_t i = 0; i < depth; ++i) nested += "</x>";
    const std::string xml = replaced(kValidCaseFile, "<name>Kessler IT Services GmbH</name>",
                                     "<name>" + nested + "</name>");
    BOOST_TEST(importProblem(xml) == "11:193: elements are nested more than 64 deep (at <x>); a real file nests a "
                                     "few levels, so this one is damaged or hostile");
}

BOOST_AUTO_TEST_CASE(aUtf8ByteOrderMarkIsAccepted) {
    BOOST_TEST(importProblem("\xEF\xBB\xBF" + kValidCaseFile) == "no error");
}

BOOST_AUTO_TEST_CASE(aWrongRootElementSaysThisIsNotACaseFile) {
    BOOST_TEST(importProblem("<?xml version=\"1.0\"?>\n<invoice xmlns=\"urn:example\"/>\n") ==
               "2:1: this is not a CommonGround case file: the root element is <invoice>, expected <case-file>");
}

BOOST_AUTO_TEST_CASE(aWrongNamespaceIsNamed) {
    const std::string xml = replaced(kValidCaseFile, "urn:commonground:case-file:1", "urn:example:case-file");
    BOOST_TEST(importProblem(xml) ==
               "2:12: <case-file> is in namespace 'urn:example:case-file', expected 'urn:commonground:case-file:1'");
}

BOOST_AUTO_TEST_CASE(aMissingNamespaceIsNamed) {
    const std::string xml = replaced(kValidCaseFile, " xmlns=\"urn:commonground:case-file:1\"", "");
    BOOST_TEST(importProblem(xml) ==
               "2:1: <case-file> has no namespace; expected xmlns=\"urn:commonground:case-file:1\"");
}

BOOST_AUTO_TEST_CASE(aNewerFormatVersionIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "format-version=\"1\"", "format-version=\"2\"");
    BOOST_TEST(importProblem(xml) == "2:49: format version 2 is not supported; this CommonGround reads version 1");
}

BOOST_AUTO_TEST_CASE(aMissingFormatVersionIsRefused) {
    const std::string xml = replaced(kValidCaseFile, " format-version=\"1\"", "");
    BOOST_TEST(importProblem(xml) == "2:1: <case-file> has no format-version; this CommonGround reads version 1");
}

BOOST_AUTO_TEST_CASE(aSecondRootElementIsRefused) {
    BOOST_TEST(importProblem(kValidCaseFile + "<case-file/>\n") ==
               "37:1: a second root element <case-file>; a case file has one, <case-file>");
}

BOOST_AUTO_TEST_SUITE_END()
