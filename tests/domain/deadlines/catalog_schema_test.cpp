// The shipped catalogs validate against data/schema/catalogs.xsd with the real
// xmllint, and the schema's enumerations are the loader's vocabulary.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "domain/deadlines/notification_rule.h"
#include "print_types.h"
#include "support/temp_dir.h"
#include "support/xmllint.h"

using namespace cg;
namespace fs = std::filesystem;

namespace {

const std::string kSchema = std::string(CG_SOURCE_DIR) + "/data/schema/catalogs.xsd";

// The enumeration values of one named simpleType in the schema text.
std::vector<std::string> schemaEnumeration(const std::string& typeName) {
    const std::string xsd = testing::readBytes(kSchema);
    const std::size_t start = xsd.find("<xs:simpleType name=\"" + typeName + "\">");
    BOOST_REQUIRE(start != std::string::npos);
    const std::size_t end = xsd.find("</xs:simpleType>", start);
    std::vector<std::string> values;
    const std::string marker = "<xs:enumeration value=\"";
    for (std::size_t at = xsd.find(marker, start); at < end; at = xsd.find(marker, at + 1)) {
        const std::size_t from = at + marker.size();
        values.push_back(xsd.substr(from, xsd.find('"', from) - from));
    }
    return values;
}

template <typename E>
std::vector<std::string> domainNames() {
    std::vector<std::string> names;
    for (auto n : domain::allNames<E>()) names.emplace_back(n);
    return names;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CatalogSchema)

BOOST_AUTO_TEST_CASE(everyShippedCatalogValidates,
                     *boost::unit_test::precondition(testing::XmllintInstalled())) {
    for (const auto& entry :
         fs::directory_iterator(fs::path(CG_SOURCE_DIR) / "data" / "catalogs")) {
        if (entry.path().extension() != ".xml") continue;  // README.md
        BOOST_TEST_CONTEXT(entry.path().filename().string()) {
            const auto r = testing::runProcess(
                {"xmllint", "--noout", "--schema", kSchema, entry.path().string()});
            BOOST_TEST(r.exitCode == 0, r.err);
        }
    }
}

BOOST_AUTO_TEST_CASE(aThresholdWithABadComparatorFailsTheSchema,
                     *boost::unit_test::precondition(testing::XmllintInstalled())) {
    testing::ScopedTempDir dir;
    testing::writeBytes(dir.file("bad.xml"),
                        "<fault-regimes catalog-version=\"1\">\n"
                        "  <regime id=\"x\" name=\"X\" bar-comparator=\">=\" bar-percent=\"50\" "
                        "example-states=\"\" "
                        "source=\"s\" as-of=\"2026-01-01\"/>\n"
                        "</fault-regimes>\n");
    const auto r =
        testing::runProcess({"xmllint", "--noout", "--schema", kSchema, dir.file("bad.xml")});
    BOOST_TEST(r.exitCode != 0);
    BOOST_TEST(r.err.find("bad.xml:2:") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(theSchemaEnumerationsAreTheDomainVocabulary) {
    BOOST_TEST(schemaEnumeration("deadlineKind") == domainNames<domain::DeadlineKind>(),
               boost::test_tools::per_element());
    BOOST_TEST(schemaEnumeration("trigger") == domainNames<domain::ClockTrigger>(),
               boost::test_tools::per_element());
    BOOST_TEST(schemaEnumeration("comparator") == domainNames<domain::Comparator>(),
               boost::test_tools::per_element());
    BOOST_TEST(schemaEnumeration("dataType") == domainNames<domain::DataType>(),
               boost::test_tools::per_element());
    BOOST_TEST(schemaEnumeration("interestCategory") == domainNames<domain::InterestCategory>(),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
