// Writing a case file to disk: all or nothing, owner-only, clear errors.
#include <sys/stat.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "domain/errors.h"
#include "exchange/case_file.h"
#include "exchange_case.h"
#include "support/case_builder.h"
#include "support/temp_dir.h"

using namespace cg;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> filesIn(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

domain::CaseRecord twoPartyCase() {
    testing::CaseBuilder builder;
    builder.withParty("Zahnarztpraxis Müller").withParty("Kessler IT", domain::PartyRole::Respondent);
    return builder.build();
}

std::string errorWriting(const domain::CaseRecord& record, const std::string& path) {
    try {
        exchange::writeCaseFile(record, path);
    } catch (const domain::Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFileWrite)

BOOST_AUTO_TEST_CASE(theFileHoldsExactlyTheExportText) {
    testing::ScopedTempDir dir;
    const domain::CaseRecord record = testing::fullCaseInEveryScript();
    exchange::writeCaseFile(record, dir.file("case.cgcase"));
    BOOST_TEST(testing::readBytes(dir.file("case.cgcase")) == exchange::writeCaseFileText(record));
}

BOOST_AUTO_TEST_CASE(onlyTheOwnerMayReadTheFile) {
    testing::ScopedTempDir dir;
    exchange::writeCaseFile(twoPartyCase(), dir.file("case.cgcase"));
    struct stat info {};
    BOOST_REQUIRE(::stat(dir.file("case.cgcase").c_str(), &info) == 0);
    BOOST_TEST((info.st_mode & 0777) == 0600, std::oct << (info.st_mode & 0777));
}

BOOST_AUTO_TEST_CASE(overwritingReplacesTheFileAndLeavesNoTemporaryFile) {
    testing::ScopedTempDir dir;
    testing::writeBytes(dir.file("case.cgcase"), "an older export");
    exchange::writeCaseFile(twoPartyCase(), dir.file("case.cgcase"));
    BOOST_TEST(testing::readBytes(dir.file("case.cgcase")) == exchange::writeCaseFileText(twoPartyCase()));
    BOOST_TEST(filesIn(dir.path()) == std::vector<std::string>{"case.cgcase"});
}

BOOST_AUTO_TEST_CASE(aMissingFolderIsNamedInTheError) {
    testing::ScopedTempDir dir;
    const std::string path = dir.file("no-such-folder/case.cgcase");
    BOOST_TEST(errorWriting(twoPartyCase(), path) == "cannot write '" + path + "': No such file or directory");
}

BOOST_AUTO_TEST_CASE(aFailedRenameLeavesTheOldFileAndNoTemporaryFile) {
    testing::ScopedTempDir dir;
    // A folder where the file should go: the temporary file is written, but
    // renaming it over a folder fails.
    fs::create_directory(dir.path() / "case.cgcase");
    const std::string path = dir.file("case.cgcase");

    BOOST_TEST(errorWriting(twoPartyCase(), path) == "cannot write '" + path + "': Is a directory");
    BOOST_TEST(filesIn(dir.path()) == std::vector<std::string>{"case.cgcase"});
    BOOST_TEST(fs::is_directory(path));
}

BOOST_AUTO_TEST_CASE(aControlCharacterIsRefusedWithTheRecordNamed) {
    testing::ScopedTempDir dir;
    domain::CaseRecord record = twoPartyCase();
    record.parties[1].sector = "IT\x01services";
    BOOST_TEST(errorWriting(record, dir.file("case.cgcase")) ==
               "party-2: <sector>: character U+0001 is not allowed in XML; a case file cannot carry it");
    BOOST_TEST(filesIn(dir.path()).empty());
}

BOOST_AUTO_TEST_CASE(textThatIsNotUtf8IsRefused) {
    domain::CaseRecord record = twoPartyCase();
    record.head.summary = "M\xFCller";  // Latin-1, not UTF-8
    BOOST_CHECK_EXCEPTION(exchange::writeCaseFileText(record), domain::Error, [](const domain::Error& e) {
        return std::string(e.what()) == "case: <summary>: invalid UTF-8 (byte 0xFC); a case file cannot carry it";
    });
}

BOOST_AUTO_TEST_CASE(aCaseThatBreaksItsRulesIsNotWritten) {
    testing::ScopedTempDir dir;
    domain::CaseRecord record = twoPartyCase();
    record.claims.push_back({1, 2, 2, domain::ClaimBasis::Negligence, "self blame", "", std::nullopt, {}, {}, {}});
    BOOST_TEST(errorWriting(record, dir.file("case.cgcase")) ==
               "claim 1: accuser and accused are the same party (2)");
    BOOST_TEST(filesIn(dir.path()).empty());
}

BOOST_AUTO_TEST_SUITE_END()
