// Exhibits in a case file: each carries its file's bytes as base64, which
// must match the size and SHA-256 the record gives. A file altered after it
// was written, cut short or holding anything but base64 is refused at the
// line and column concerned; an exhibit whose bytes were not loaded, or no
// longer match, is not written.
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <filesystem>
#include <iterator>

#include "domain/errors.h"
#include "exchange/case_file.h"
#include "practice_case.h"
#include "practice_file_texts.h"
#include "support/temp_dir.h"

using cg::testing::importProblem;
using cg::testing::replaced;
using cg::testing::withSections;
using namespace cg;

namespace {

// "Backup job FAILED on FS01 (4 months)\n": 37 bytes.
const std::string kLogBase64 = "QmFja3VwIGpvYiBGQUlMRUQgb24gRlMwMSAoNCBtb250aHMpCg==";
const std::string kLogSha256 = "56f7d283bf5cfdd35feb3076bd419304458b81178c927e194cf2632162c391a3";

// An exhibits section (lines 36-42) whose one exhibit (line 37) carries
// `content` as the text of <content> (line 41).
std::string withExhibit(const std::string& attributes, const std::string& content,
                        const std::string& links = "      <fact-ref ref=\"fact-1\"/>\n") {
    return withSections("  <exhibits>\n"
                        "    <exhibit id=\"exhibit-1\" file-name=\"backup.log\" media-type=\"text/plain\" " +
                        attributes +
                        " attached-at=\"2026-02-01T08:15:00Z\" visibility=\"everyone\" submitted-by=\"party-1\">\n"
                        "      <title>Backup log excerpt</title>\n" +
                        links + "      <claim-ref ref=\"claim-1\"/>\n" + content + "    </exhibit>\n  </exhibits>\n");
}

std::string logExhibit(const std::string& base64) {
    return withExhibit("size=\"37\" sha256=\"" + kLogSha256 + "\"", "      <content>" + base64 + "</content>\n");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFileExhibits)

BOOST_AUTO_TEST_CASE(anExhibitIsReadWithItsContent) {
    const auto record = exchange::readCaseFileText(logExhibit(kLogBase64), "case.cgcase");
    BOOST_TEST_REQUIRE(record.exhibits.size() == 1u);
    const domain::Exhibit& exhibit = record.exhibits[0];
    BOOST_TEST(*exhibit.content == "Backup job FAILED on FS01 (4 months)\n");
    BOOST_TEST(exhibit.sizeBytes == 37u);
    BOOST_TEST(exhibit.factNos == domain::RecordNos{1});
    BOOST_TEST(exhibit.claimNos == domain::RecordNos{1});
    BOOST_TEST(exhibit.submittedByPartyNo.value_or(0) == 1);
}

BOOST_AUTO_TEST_CASE(base64WrappedOverSeveralLinesIsRead) {
    const auto record = exchange::readCaseFileText(
        logExhibit("\n        QmFja3VwIGpvYiBGQUlMRUQgb24g\n        RlMwMSAoNCBtb250aHMpCg==\n      "), "case.cgcase");
    BOOST_TEST(*record.exhibits.at(0).content == "Backup job FAILED on FS01 (4 months)\n");
}

BOOST_AUTO_TEST_CASE(contentThatDoesNotMatchItsDigestIsRefusedAtTheContent) {
    // "Backup job passed..." in place of the log the record was made for.
    const std::string xml = logExhibit("QmFja3VwIGpvYiBwYXNzZWQgb24gRlMwMSAoNCBtb250aHMpCg==");
    BOOST_TEST(importProblem(xml) ==
               "41:7: exhibit-1: content does not match its SHA-256 (sha256 says " + kLogSha256 +
                   ", the content's is 8a8fbbb4e61ab22f4c351ec7df29143fa956e64f7f885287a944aa7928852748); the file "
                   "was altered after it was written");
}

BOOST_AUTO_TEST_CASE(contentOfAnotherSizeIsRefusedAtTheContent) {
    const std::string xml = withExhibit("size=\"36\" sha256=\"" + kLogSha256 + "\"",
                                        "      <content>" + kLogBase64 + "</content>\n");
    BOOST_TEST(importProblem(xml) == "41:7: exhibit-1: content is 37 bytes, but size says 36");
}

BOOST_AUTO_TEST_CASE(anExhibitWithoutContentIsRefused) {
    const std::string xml = withExhibit("size=\"37\" sha256=\"" + kLogSha256 + "\"", "");
    BOOST_TEST(importProblem(xml) == "37:5: exhibit-1: <content> is required");
}

BOOST_AUTO_TEST_CASE(aCharacterThatIsNotBase64IsRefusedWhereItStands) {
    BOOST_TEST(importProblem(logExhibit("QmFja3VwIGpvYiBG#UlMRUQgb24gRlMwMSAoNCBtb250aHMpCg==")) ==
               "41:32: exhibit-1 <content>: character '#' is not base64");
}

BOOST_AUTO_TEST_CASE(base64CutShortIsRefused) {
    BOOST_TEST(importProblem(logExhibit("QmFja3VwIGpvYiBGQUlMRUQgb24gRlMwMSAoNCBtb250aHMpC")) ==
               "41:65: exhibit-1 <content>: base64 text ends in the middle of a group of four; it was cut short");
}

BOOST_AUTO_TEST_CASE(anUppercaseDigestIsRefusedAtItsAttribute) {
    std::string upper = kLogSha256;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::string xml = withExhibit("size=\"37\" sha256=\"" + upper + "\"",
                                        "      <content>" + kLogBase64 + "</content>\n");
    BOOST_TEST(importProblem(xml) ==
               "37:86: exhibit-1: sha256 '" + upper + "' is not 64 lower-case hexadecimal digits");
}

BOOST_AUTO_TEST_CASE(anExhibitLinkToAMissingFactIsReportedAtTheLink) {
    const std::string xml = withExhibit("size=\"37\" sha256=\"" + kLogSha256 + "\"",
                                        "      <content>" + kLogBase64 + "</content>\n",
                                        "      <fact-ref ref=\"fact-4\"/>\n");
    BOOST_TEST(importProblem(xml) == "39:17: exhibit-1: fact-ref 'fact-4' names no fact in this file");
}

BOOST_AUTO_TEST_CASE(aPartyOnlyExhibitNeedsItsSubmitter) {
    const std::string xml = replaced(logExhibit(kLogBase64), "visibility=\"everyone\" submitted-by=\"party-1\"",
                                     "visibility=\"party-and-mediator\"");
    BOOST_TEST(importProblem(xml) ==
               "37:5: exhibit 1: an exhibit shown to one party and the mediator needs the party who submitted it");
}

BOOST_AUTO_TEST_CASE(anExhibitWhoseContentWasNotLoadedIsNotWritten) {
    domain::CaseRecord record = testing::fullPracticeCase();
    record.exhibits.at(1).content.reset();
    BOOST_TEST(testing::writeProblem(record) == "exhibit-2: the content of 'backup-log.bin' was not loaded; load the "
                                       "exhibits' contents before writing the case file");
}

BOOST_AUTO_TEST_CASE(aRefusedExportLeavesTheEarlierFileAsItWas) {
    testing::ScopedTempDir dir;
    const std::string path = dir.file("case.cgcase");
    testing::writeBytes(path, "an earlier export");
    domain::CaseRecord record = testing::fullPracticeCase();
    record.exhibits.at(0).content.reset();
    BOOST_CHECK_THROW(exchange::writeCaseFile(record, path), domain::Error);
    BOOST_TEST(testing::readBytes(path) == "an earlier export");
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) ==
               1);
}

BOOST_AUTO_TEST_CASE(anExhibitWhoseContentChangedIsNotWritten) {
    domain::CaseRecord record = testing::fullPracticeCase();
    record.exhibits.at(0).content = std::make_shared<const std::string>(std::string(68, 'x'));
    BOOST_TEST(testing::writeProblem(record) == "exhibit-1: the content of 'mfa-decline.eml' does not match its SHA-256 " +
                                           record.exhibits[0].sha256 + "; it changed after it was attached");
}

BOOST_AUTO_TEST_SUITE_END()
