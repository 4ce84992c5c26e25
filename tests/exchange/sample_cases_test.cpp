// Every sample case in data/samples reads, round-trips byte for byte and
// validates against the XSD, both as written by hand and as exported.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "exchange/case_file.h"
#include "exchange/import_error.h"
#include "support/temp_dir.h"
#include "support/xmllint.h"

using namespace cg;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> sampleCaseFiles() {
    std::vector<fs::path> files;
    const fs::path folder = fs::path(CG_SOURCE_DIR) / "data" / "samples";
    if (fs::is_directory(folder))
        for (const auto& entry : fs::directory_iterator(folder))
            if (entry.path().extension() == ".cgcase") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

struct SamplesExist {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
        boost::test_tools::assertion_result result(!sampleCaseFiles().empty());
        result.message() << "no data/samples/*.cgcase yet";
        return result;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(SampleCases)

BOOST_AUTO_TEST_CASE(everySampleReadsAndRoundTripsByteForByte, *boost::unit_test::precondition(SamplesExist())) {
    for (const fs::path& sample : sampleCaseFiles()) {
        BOOST_TEST_CONTEXT(sample.filename().string()) {
            try {
                const std::string once = exchange::writeCaseFileText(exchange::readCaseFile(sample.string()));
                const std::string twice = exchange::writeCaseFileText(exchange::readCaseFileText(once, "export"));
                BOOST_TEST(once == twice);
            } catch (const exchange::ImportError& e) {
                BOOST_ERROR(e.what());
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(everySampleValidatesAgainstTheSchema,
                     *boost::unit_test::precondition(SamplesExist()) *
                         boost::unit_test::precondition(testing::XmllintInstalled())) {
    for (const fs::path& sample : sampleCaseFiles()) {
        BOOST_TEST_CONTEXT(sample.filename().string()) {
            const auto result = testing::checkAgainstSchema(sample.string());
            BOOST_TEST(result.exitCode == 0, result.output);
        }
    }
}

BOOST_AUTO_TEST_CASE(everyExportedSampleValidatesAgainstTheSchema,
                     *boost::unit_test::precondition(SamplesExist()) *
                         boost::unit_test::precondition(testing::XmllintInstalled())) {
    for (const fs::path& sample : sampleCaseFiles()) {
        BOOST_TEST_CONTEXT(sample.filename().string()) {
            testing::ScopedTempDir dir;
            try {
                exchange::writeCaseFile(exchange::readCaseFile(sample.string()), dir.file("exported.cgcase"));
            } catch (const exchange::ImportError& e) {
                BOOST_ERROR(e.what());
                continue;
            }
            const auto result = testing::checkAgainstSchema(dir.file("exported.cgcase"));
            BOOST_TEST(result.exitCode == 0, result.output);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
