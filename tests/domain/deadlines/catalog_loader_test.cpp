// Loading the reference catalogs: the shipped folder loads cleanly, a broken
// file is reported at file:line:column while the others still load, and a
// file a firm adds to the folder is picked up without rebuilding.
#include "exchange/catalog_loader.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "domain/deadlines/deadline_engine.h"
#include "print_types.h"
#include "support/temp_dir.h"

using namespace cg;
namespace fs = std::filesystem;

namespace {

const fs::path kShipped = fs::path(CG_SOURCE_DIR) / "data" / "catalogs";

// A folder holding copies of the shipped catalogs, for tests that add to it.
struct CatalogFolderCopy {
    testing::ScopedTempDir dir;
    CatalogFolderCopy() {
        for (const auto& entry : fs::directory_iterator(kShipped))
            fs::copy_file(entry.path(), dir.path() / entry.path().filename());
    }
    std::string add(const std::string& name, const std::string& text) const {
        testing::writeBytes(dir.file(name), text);
        return dir.file(name);
    }
};

const std::string kOregon = R"(<?xml version="1.0" encoding="UTF-8"?>
<notification-rules catalog-version="firm-1">
  <rule id="us-or" regime="Oregon breach notification" citation="ORS 646A.604" trigger="discovery"
        jurisdictions="US-OR" data-types="pii" source="firm research memo" as-of="2026-10-01">
    <recipient name="Affected Oregon residents" deadline="calendar-days" amount="45" primary="true" evidence="letters"/>
    <recipient name="Oregon Attorney General" deadline="same-as-primary" threshold="250" comparator="gt" evidence="Oregon Attorney General"/>
  </rule>
</notification-rules>
)";

std::string firstError(const exchange::CatalogLoad& load) {
    BOOST_REQUIRE_EQUAL(load.errors.size(), 1u);
    return load.errors.front().what();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CatalogLoader)

BOOST_AUTO_TEST_CASE(everyShippedCatalogLoadsWithoutErrors) {
    const exchange::CatalogLoad load = exchange::loadCatalogFolder(kShipped.string());
    for (const auto& e : load.errors) BOOST_ERROR(e.what());
    BOOST_TEST(load.catalogs.files.size() == 5u);
    // 18 CIS controls + 27 safeguards + 6 CSF functions + 22 categories + 14 families.
    BOOST_TEST(load.catalogs.controls.size() == 87u);
    BOOST_TEST(load.catalogs.failures.size() == 8u);
    BOOST_TEST(load.catalogs.notificationRules.size() == 12u);
    BOOST_TEST(load.catalogs.faultRegimes.size() == 4u);
    BOOST_TEST(load.catalogs.interestCategories.size() == 7u);
}

BOOST_AUTO_TEST_CASE(everyShippedEntryHasASourceAndAnAsOfDate) {
    const auto c = exchange::loadCatalogFolder(kShipped.string()).catalogs;
    for (const auto& e : c.controls)
        BOOST_TEST((!e.source.empty() && e.asOf == domain::Date(2026, 11, 23)));
    for (const auto& e : c.notificationRules)
        BOOST_TEST((!e.source.empty() && e.asOf == domain::Date(2026, 11, 23)));
    for (const auto& f : c.files) BOOST_TEST(f.version == "2026.11");
}

BOOST_AUTO_TEST_CASE(theCsfCategoriesAreMarkedUnverifiedAndTheCisControlsAreNot) {
    const auto c = exchange::loadCatalogFolder(kShipped.string()).catalogs;
    int unverified = 0;
    for (const auto& e : c.controls) {
        if (e.framework == "NIST CSF 2.0" && !e.parent.empty()) BOOST_TEST(!e.verified);
        if (e.framework == "CIS v8") BOOST_TEST(e.verified);
        unverified += e.verified ? 0 : 1;
    }
    BOOST_TEST(unverified == 22);
    const auto& mfa = c.controls[18 + 6];  // the seventh safeguard listed: 6.4
    BOOST_TEST(mfa.id == "6.4");
    BOOST_TEST(mfa.name == "Require MFA for Remote Network Access");
    BOOST_TEST(mfa.parent == "6");
}

BOOST_AUTO_TEST_CASE(anUnclosedElementIsReportedAtItsLineAndTheOtherCatalogsStillLoad) {
    CatalogFolderCopy folder;
    const std::string broken = folder.add(
        "broken.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<fault-regimes catalog-version=\"1\">\n"
        "  <regime id=\"x\" name=\"X\" example-states=\"\" source=\"s\" as-of=\"2026-01-01\">\n");
    const exchange::CatalogLoad load = exchange::loadCatalogFolder(folder.dir.path().string());
    BOOST_TEST(firstError(load) ==
               broken +
                   ":3:3: not well-formed XML: <regime> is not closed before the end of the file");
    BOOST_TEST(load.errors[0].line() == 3);
    BOOST_TEST(load.catalogs.files.size() == 5u);
    BOOST_TEST(load.catalogs.notificationRules.size() == 12u);
}

BOOST_AUTO_TEST_CASE(anUnknownAttributeIsReportedAtTheAttribute) {
    CatalogFolderCopy folder;
    const std::string broken = folder.add("zz-categories.xml",
                                          "<interest-categories catalog-version=\"1\">\n"
                                          "  <category id=\"financial\" colour=\"red\" name=\"F\" "
                                          "description=\"d\" source=\"s\" as-of=\"2026-01-01\"/>\n"
                                          "</interest-categories>\n");
    const exchange::CatalogLoad load = exchange::loadCatalogFolder(folder.dir.path().string());
    BOOST_TEST(firstError(load) == broken +
                                       ":2:28: category 'financial': unknown attribute 'colour' "
                                       "(expected id, name, description, source, as-of)");
    BOOST_TEST(load.catalogs.interestCategories.size() == 7u);
}

BOOST_AUTO_TEST_CASE(aBadAsOfDateIsReportedAtTheAttributeAndTheFileAddsNothing) {
    CatalogFolderCopy folder;
    std::string text = kOregon;
    text.replace(text.find("2026-10-01"), 10, "2026-02-30");
    const std::string broken = folder.add("state-or.xml", text);
    const exchange::CatalogLoad load = exchange::loadCatalogFolder(folder.dir.path().string());
    BOOST_TEST(firstError(load) ==
               broken + ":4:76: rule 'us-or': as-of '2026-02-30' is not a date on the calendar");
    BOOST_TEST(load.catalogs.notificationRules.size() == 12u);
}

BOOST_AUTO_TEST_CASE(aThresholdWithoutItsComparatorIsRefused) {
    CatalogFolderCopy folder;
    std::string text = kOregon;
    text.replace(text.find(" comparator=\"gt\""), 16, "");
    const std::string broken = folder.add("state-or.xml", text);
    BOOST_TEST(
        firstError(exchange::loadCatalogFolder(folder.dir.path().string())) ==
        broken +
            ":6:5: rule 'us-or', recipient 'Oregon Attorney General': threshold and comparator go "
            "together: give both (e.g. threshold=\"500\" comparator=\"ge\") or neither");
}

BOOST_AUTO_TEST_CASE(aRecipientWithoutItsOwnDeadlineNeedsAPrimaryOne) {
    CatalogFolderCopy folder;
    std::string text = kOregon;
    text.replace(text.find(" primary=\"true\""), 15, "");
    const std::string broken = folder.add("state-or.xml", text);
    BOOST_TEST(firstError(exchange::loadCatalogFolder(folder.dir.path().string())) ==
               broken +
                   ":6:5: rule 'us-or': a same-as-primary recipient needs a primary recipient "
                   "with a dated deadline");
}

BOOST_AUTO_TEST_CASE(aDatedDeadlineWithoutAnAmountIsRefused) {
    CatalogFolderCopy folder;
    std::string text = kOregon;
    text.replace(text.find(" amount=\"45\""), 12, "");
    const std::string broken = folder.add("state-or.xml", text);
    BOOST_TEST(firstError(exchange::loadCatalogFolder(folder.dir.path().string())) ==
               broken +
                   ":5:5: rule 'us-or', recipient 'Affected Oregon residents': a calendar-days "
                   "deadline needs an amount");
}

BOOST_AUTO_TEST_CASE(aRuleDefinedTwiceAcrossFilesIsRefusedInTheLaterFile) {
    CatalogFolderCopy folder;
    std::string text = kOregon;
    text.replace(text.find("us-or"), 5, "us-ny");
    const std::string duplicate = folder.add("zz-ny-copy.xml", text);
    BOOST_TEST(
        firstError(exchange::loadCatalogFolder(folder.dir.path().string())) ==
        duplicate +
            ":3:9: rule 'us-ny': rule 'us-ny' is already defined (in this file or another catalog "
            "file of the folder)");
}

BOOST_AUTO_TEST_CASE(aStateRuleAddedToTheFolderIsPickedUpAndUsed) {
    CatalogFolderCopy folder;
    folder.add("state-or.xml", kOregon);
    const exchange::CatalogLoad load = exchange::loadCatalogFolder(folder.dir.path().string());
    BOOST_TEST(load.errors.empty());
    BOOST_REQUIRE_EQUAL(load.catalogs.notificationRules.size(), 13u);

    domain::IncidentFacts f;
    f.discovery = domain::Date(2026, 9, 1);
    f.recordsAffected = 251;
    f.dataTypes = {domain::DataType::Pii};
    f.jurisdictions = {"US-OR"};
    const auto deadlines =
        domain::computeDeadlines(f, load.catalogs.notificationRules, domain::Date(2026, 9, 2));
    BOOST_REQUIRE_EQUAL(deadlines.size(), 2u);
    BOOST_TEST(deadlines[0].regime == "Oregon breach notification");
    BOOST_TEST(deadlines[0].dueText() == "2026-10-16");  // 1 Sep + 45
    BOOST_TEST(deadlines[1].dueText() == "2026-10-16");
}

BOOST_AUTO_TEST_CASE(aFileThatIsNotACatalogSaysWhatItExpected) {
    CatalogFolderCopy folder;
    const std::string other = folder.add("notes.xml", "<notes/>\n");
    BOOST_TEST(firstError(exchange::loadCatalogFolder(folder.dir.path().string())) ==
               other +
                   ":1:1: this is not a CommonGround catalog: the root element is <notes>, "
                   "expected one of "
                   "<control-catalog>, <failure-map>, <notification-rules>, <fault-regimes>, "
                   "<interest-categories>");
}

BOOST_AUTO_TEST_CASE(anEmptyFileIsReportedAsAnEmptyCatalog) {
    CatalogFolderCopy folder;
    const std::string empty = folder.add("new-state.xml", "\n");
    const exchange::CatalogLoad load = exchange::loadCatalogFolder(folder.dir.path().string());
    BOOST_TEST(firstError(load) ==
               empty +
                   ": the catalog file is empty; expected one of <control-catalog>, <failure-map>, "
                   "<notification-rules>, <fault-regimes>, <interest-categories>");
    BOOST_TEST(load.errors[0].line() == 0);
}

BOOST_AUTO_TEST_CASE(aMissingFolderIsAnErrorNamingThePath) {
    testing::ScopedTempDir dir;
    const std::string missing = dir.file("no-such-folder");
    BOOST_CHECK_EXCEPTION(
        exchange::loadCatalogFolder(missing), exchange::CatalogFolderError,
        [&](const exchange::CatalogFolderError& e) {
            return std::string(e.what()) ==
                   "the catalog folder '" + missing +
                       "' does not exist; set COMMONGROUND_DATA_DIR or pass --catalogs DIR";
        });
}

BOOST_AUTO_TEST_SUITE_END()
