#include <boost/test/unit_test.hpp>

#include "cli_fixture.h"
#include "support/case_file_texts.h"
#include "support/xmllint.h"

using namespace cg::testing;

namespace {

struct ImportFixture : CliFixture {
    ImportFixture() {
        cli({"init"});
        cli({"case", "new", "--title", "Already here", "--reference", "CG-2026-0009"});
    }
    // Imports text as a file; checks the import failed, the message names the
    // file and line, and the database is exactly as before.
    std::string failedImport(const std::string& text, std::initializer_list<int> lines) {
        const std::string file = dir.file("bad.cgcase");
        writeBytes(file, text);
        const std::string before = dump();
        const auto r = cli({"import", file});
        BOOST_TEST(r.exitCode == 1);
        bool namesALine = false;
        for (int line : lines) namesALine = namesALine || contains(r.err, file + ":" + std::to_string(line) + ":");
        BOOST_TEST(namesALine, r.err);
        BOOST_TEST(dump() == before);
        return r.err;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(ImportExport, ImportFixture)

BOOST_AUTO_TEST_CASE(theMinimalCaseImports) {
    const std::string file = dir.file("good.cgcase");
    writeBytes(file, kValidCaseFile);
    const auto r = cli({"import", file});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(r.out == "Imported CG-2026-0001: Müller v. Kessler IT (2 parties, 1 facts, 1 claims)\n");
}

BOOST_AUTO_TEST_CASE(notWellFormedXmlStoresNothing) {
    failedImport(replaced(kValidCaseFile, "</title>", "</titel>"), {4});
}

BOOST_AUTO_TEST_CASE(aWrongNamespaceStoresNothing) {
    const auto err = failedImport(replaced(kValidCaseFile, "urn:commonground:case-file:1", "urn:example"), {2});
    BOOST_TEST(contains(err, "namespace"));
}

BOOST_AUTO_TEST_CASE(aWrongRootElementStoresNothing) {
    std::string text = replaced(kValidCaseFile, "<case-file xmlns", "<case-folder xmlns");
    const auto err = failedImport(replaced(text, "</case-file>", "</case-folder>"), {2});
    BOOST_TEST(contains(err, "case-folder"));
}

BOOST_AUTO_TEST_CASE(anUnknownFormatVersionStoresNothing) {
    const auto err = failedImport(replaced(kValidCaseFile, "format-version=\"1\"", "format-version=\"2\""), {2});
    BOOST_TEST(contains(err, "format version 2"));
}

BOOST_AUTO_TEST_CASE(aMissingNameStoresNothing) {
    const auto err = failedImport(replaced(kValidCaseFile, "<name>Kessler IT Services GmbH</name>", ""), {10});
    BOOST_TEST(contains(err, "name"));
}

BOOST_AUTO_TEST_CASE(aLinkToAMissingFactStoresNothing) {
    const auto err = failedImport(replaced(kValidCaseFile, "<fact-ref ref=\"fact-1\"/>", "<fact-ref ref=\"fact-9\"/>"), {26, 28});
    BOOST_TEST(contains(err, "fact-9"));
}

BOOST_AUTO_TEST_CASE(aDuplicateIdStoresNothing) {
    const auto err = failedImport(replaced(kValidCaseFile, "party id=\"party-2\"", "party id=\"party-1\""), {10});
    BOOST_TEST(contains(err, "party-1"));
}

BOOST_AUTO_TEST_CASE(aValueOutOfRangeStoresNothing) {
    const auto err = failedImport(
        replaced(kValidCaseFile, "records-affected=\"4200\"", "records-affected=\"-40\""), {21});
    BOOST_TEST(contains(err, "-40"));
}

BOOST_AUTO_TEST_CASE(aDoctypeWithEntityDeclarationsStoresNothing) {
    const auto err = failedImport(
        replaced(kValidCaseFile, "<case-file ", "<!DOCTYPE case-file [<!ENTITY x \"y\">]>\n<case-file "), {2});
    BOOST_TEST(contains(err, "a case file has no <!DOCTYPE> declaration; remove it"));
}

BOOST_AUTO_TEST_CASE(elementsNestedTooDeepStoreNothing) {
    std::string nested;
    for (int i = 0; i < 10'000; ++i) nested += "<x>";
    const auto err = failedImport(replaced(kValidCaseFile, "<name>Kessler IT Services GmbH</name>", nested), {11});
    BOOST_TEST(contains(err, "elements are nested more than 64 deep (at <x>)"));
}

BOOST_AUTO_TEST_CASE(anImplausibleFigureStoresNothing) {
    const auto err = failedImport(
        replaced(kValidCaseFile, "records-affected=\"4200\"", "records-affected=\"1000000000000000\""), {21});
    BOOST_TEST(contains(err, "records affected (1000000000000000) is more than ten billion"));
}

BOOST_AUTO_TEST_CASE(aControlCharacterInTextStoresNothing) {
    const auto err = failedImport(replaced(kValidCaseFile, "Zahnarztpraxis Müller", "Zahnarzt\x1Bpraxis"), {8});
    BOOST_TEST(contains(err, "character U+001B is not allowed in XML"));
}

BOOST_AUTO_TEST_CASE(aClaimAgainstOneselfStoresNothing) {
    const auto err = failedImport(replaced(kValidCaseFile, "accused=\"party-2\"", "accused=\"party-1\""), {26});
    BOOST_TEST(contains(err, "accuser and accused are the same party"));
}

BOOST_AUTO_TEST_CASE(anExistingReferenceIsRefusedWithTheWayOut) {
    const std::string file = dir.file("clash.cgcase");
    writeBytes(file, replaced(kValidCaseFile, "CG-2026-0001", "CG-2026-0009"));
    const std::string before = dump();
    auto r = cli({"import", file});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "case CG-2026-0009 already exists"));
    BOOST_TEST(contains(r.err, "--new-reference"));
    BOOST_TEST(dump() == before);

    r = cli({"import", file, "--new-reference"});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Imported CG-2026-0010"));
}

BOOST_AUTO_TEST_CASE(aMissingFileIsNamed) {
    const auto r = cli({"import", dir.file("nowhere.cgcase")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "nowhere.cgcase"));
}

BOOST_AUTO_TEST_CASE(samplesSurviveExportImportExportByteForByte) {
    for (const char* name : {"dental-practice-ransomware.cgcase", "online-retailer-cardholder-data.cgcase",
                             "engineering-firm-coverage-denial.cgcase"}) {
        const std::string sampleFile = sample(name);
        CliFixture first, second;
        first.cli({"init"});
        second.cli({"init"});
        auto r = first.cli({"import", sampleFile});
        BOOST_REQUIRE_MESSAGE(r.exitCode == 0, name << ": " << r.err);
        const std::string ref = first.cli({"case", "list", "--quiet"}).out.substr(0, 12);
        const std::string a = first.dir.file("a.cgcase"), b = second.dir.file("b.cgcase");
        BOOST_TEST(first.cli({"export", ref, a}).exitCode == 0);
        BOOST_TEST(second.cli({"import", a}).exitCode == 0);
        BOOST_TEST(second.cli({"export", ref, b}).exitCode == 0);
        BOOST_TEST(readBytes(a) == readBytes(b), name);
        const auto lint = checkAgainstSchema(a);
        BOOST_TEST(lint.exitCode == 0, name << " export validates against the XSD: " << lint.output);
        BOOST_TEST(first.cli({"check"}).exitCode == 0);
    }
}

BOOST_AUTO_TEST_SUITE_END()
