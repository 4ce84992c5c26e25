// A case written to a case file and read back is the same case, and writing
// it again gives the same bytes.
#include <boost/test/unit_test.hpp>

#include "case_file_texts.h"
#include "exchange/case_file.h"
#include "exchange_case.h"
#include "support/case_builder.h"
#include "support/case_differences.h"
#include "support/temp_dir.h"

using namespace cg;
using cg::testing::fullCaseInEveryScript;

namespace {

std::string listed(const std::vector<std::string>& differences) {
    std::string text;
    for (const auto& d : differences) text += "\n  " + d;
    return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFileRoundTrip)

BOOST_AUTO_TEST_CASE(everyRecordAndOptionalFieldSurvivesWriteAndRead) {
    testing::ScopedTempDir dir;
    const domain::CaseRecord original = fullCaseInEveryScript();
    const std::string path = dir.file("müller.cgcase");

    exchange::writeCaseFile(original, path);
    const domain::CaseRecord readBack = exchange::readCaseFile(path);

    const auto differences = testing::caseDifferences(original, readBack);
    BOOST_TEST(differences.empty(), "fields that changed:" << listed(differences));
}

BOOST_AUTO_TEST_CASE(exportImportExportGivesIdenticalBytes) {
    const std::string first = exchange::writeCaseFileText(fullCaseInEveryScript());
    const std::string second = exchange::writeCaseFileText(exchange::readCaseFileText(first, "first.cgcase"));
    BOOST_TEST(first == second);
}

BOOST_AUTO_TEST_CASE(outputIsTheDocumentedLayout) {
    // The hand-written reference file is byte for byte what the writer makes:
    // XML declaration, two-space indent, one line per element, attributes in
    // the order the format lists them, empty sections as <x/>, final newline.
    const domain::CaseRecord record = exchange::readCaseFileText(testing::kValidCaseFile, "valid.cgcase");
    BOOST_TEST(exchange::writeCaseFileText(record) == testing::kValidCaseFile);
}

BOOST_AUTO_TEST_CASE(recordsAreWrittenInNumberOrder) {
    testing::CaseBuilder builder;
    builder.withParty("Zahnarztpraxis Müller").withParty("Kessler IT", domain::PartyRole::Respondent);
    domain::CaseRecord record = builder.build();
    std::swap(record.parties[0], record.parties[1]);

    const std::string text = exchange::writeCaseFileText(record);
    BOOST_TEST(text.find("id=\"party-1\"") < text.find("id=\"party-2\""));
}

BOOST_AUTO_TEST_CASE(awkwardTextSurvivesExactly) {
    testing::CaseBuilder builder;
    builder.withParty("  Müller & Söhne <GmbH> \"Ost\"  ").withParty("Kessler IT", domain::PartyRole::Respondent);
    domain::CaseRecord record = builder.build();
    record.parties[0].sector = "   ";  // only whitespace, yet not empty
    record.parties[0].counsel = "Line one\r\nLine two\twith a tab";
    record.parties[1].representative = "Emoji 🔐 and ]]> and &amp; literally";
    record.head.summary = "\n  indented first line\n";

    const domain::CaseRecord readBack =
        exchange::readCaseFileText(exchange::writeCaseFileText(record), "awkward.cgcase");

    const auto differences = testing::caseDifferences(record, readBack);
    BOOST_TEST(differences.empty(), "fields that changed:" << listed(differences));
}

BOOST_AUTO_TEST_CASE(attributeTextWithTabsAndNewlinesSurvives) {
    testing::CaseBuilder builder;
    builder.withParty("Zahnarztpraxis Müller");
    domain::CaseRecord record = builder.build();
    domain::AgreementDraft draft;
    draft.no = 1;
    draft.templateName = "settlement\tagreement\n\"v2\" & <more>";
    record.drafts.push_back(draft);

    const domain::CaseRecord readBack =
        exchange::readCaseFileText(exchange::writeCaseFileText(record), "template.cgcase");
    BOOST_TEST(readBack.drafts.at(0).templateName == draft.templateName);
}

BOOST_AUTO_TEST_CASE(anEmptyCaseHasEverySection) {
    const std::string text = exchange::writeCaseFileText(testing::CaseBuilder().build());
    for (const char* section : {"<parties/>", "<interests/>", "<clauses/>", "<facts/>", "<claims/>", "<options/>",
                                "<sessions/>", "<offers/>", "<losses/>", "<drafts/>"})
        BOOST_TEST(text.find(section) != std::string::npos, section << " missing");
}

BOOST_AUTO_TEST_SUITE_END()
