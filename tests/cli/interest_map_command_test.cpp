// `map REF --out FILE`: the format follows the extension. A PNG is a real
// picture of the map at twice its size, owner-only like the SVG; any other
// extension is refused before anything is written.
#include <sys/stat.h>

#include <filesystem>

#include <boost/test/unit_test.hpp>

#include "cli/cli_fixture.h"

using namespace cg::testing;

namespace {

struct RetailerCase : CliFixture {
    RetailerCase() {
        cli({"init"});
        const auto r = cli({"import", sample("online-retailer-cardholder-data.cgcase")});
        BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    }
};

// The big-endian 32-bit number at `at` (the PNG's IHDR width and height).
unsigned long bigEndian(const std::string& bytes, std::size_t at) {
    unsigned long n = 0;
    for (std::size_t i = 0; i < 4; ++i) n = (n << 8) | static_cast<unsigned char>(bytes[at + i]);
    return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InterestMapCommand)

BOOST_FIXTURE_TEST_CASE(aPngNameGetsAnOwnerOnlyPngTwiceTheMapsSize, RetailerCase) {
    const std::string out = dir.file("retailer.png");
    const auto r = cli({"map", "CG-2026-0002", "--audience", "all", "--out", out});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Wrote the interest map of CG-2026-0002 for all parties to " + out));
    struct stat info {};
    BOOST_REQUIRE(::stat(out.c_str(), &info) == 0);
    BOOST_TEST((info.st_mode & 0777) == 0600u);
    const std::string png = readBytes(out);
    BOOST_REQUIRE(png.size() > 24u);
    BOOST_TEST(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    // The CLI lays the map out on 1600 × 1100 units; this case fits.
    BOOST_TEST(png.substr(12, 4) == "IHDR");
    BOOST_TEST(bigEndian(png, 16) == 3200u);
    BOOST_TEST(bigEndian(png, 20) == 2200u);
}

BOOST_FIXTURE_TEST_CASE(anUpperCasePngNameIsAPngToo, RetailerCase) {
    const std::string out = dir.file("RETAILER.PNG");
    BOOST_TEST(cli({"map", "CG-2026-0002", "--out", out}).exitCode == 0);
    BOOST_TEST(readBytes(out).substr(1, 3) == "PNG");
}

BOOST_FIXTURE_TEST_CASE(anUnknownExtensionIsRefusedAndNothingIsWritten, RetailerCase) {
    const std::string out = dir.file("retailer.gif");
    const auto r = cli({"map", "CG-2026-0002", "--out", out});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(contains(r.err, "--out: '" + out + "' must end in .svg or .png"));
    BOOST_TEST(!std::filesystem::exists(out));
}

BOOST_FIXTURE_TEST_CASE(aFolderThatDoesNotExistIsNamedInTheError, RetailerCase) {
    const std::string out = dir.file("missing/retailer.png");
    const auto r = cli({"map", "CG-2026-0002", "--out", out});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contains(r.err, "cannot write '" + out + "': No such file or directory"));
}

BOOST_FIXTURE_TEST_CASE(theHelpNamesBothFormats, RetailerCase) {
    const auto help = cli({"map", "--help"}).out;
    BOOST_TEST(contains(help, "FILE.svg|FILE.png"));
    BOOST_TEST(contains(help, "the format follows the extension"));
}

BOOST_AUTO_TEST_SUITE_END()
