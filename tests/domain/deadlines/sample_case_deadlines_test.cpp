// The deadlines of the sample cases with the shipped catalogs, worked out by
// hand.
//
// Dental practice (CG-2026-0001, US-NY), as of 2026-03-02:
//   discovery: the earliest discovered-on of an event fact. Facts 8 and 9
//   say 2026-01-09, fact 10 (staff found the ransom notes) says 2025-12-30
//   -> 2025-12-30 (fact 10). Records affected: 4,312 (facts 9 and 10).
//   Data types: credentials, phi, pii.
//   HIPAA, 60 calendar days from discovery: 30 Dec + 1 = 31 Dec (day 1),
//   + 31 = 31 Jan (day 32), + 28 = 28 Feb (day 60) -> 2026-02-28, a Saturday,
//   not moved.
//     individuals      letters of 2026-01-27 (fact 14)          -> met
//     media            4,312 > 500 -> required; fact 14 names the media -> met
//     HHS              4,312 ≥ 500 -> 60 days; HHS portal 2026-01-28 (fact 15) -> met
//     HHS annual log   4,312 < 500 is false                     -> not required
//     covered entity   BAA notice 2026-01-20 (fact 13)          -> met
//   New York GBL 899-aa (PII), 30 days from discovery: 30 Dec + 30 = 2026-01-29.
//     residents        fact 14 (2026-01-27)                     -> met
//     AG, Dept. of State, State Police: fact 15 (2026-01-28)    -> met
//     NYDFS            no notice names it; 2 Mar - 29 Jan = 2 + 28 + 2 = 32 -> overdue by 32 days
//   Not applicable: NYDFS 500.17 (the practice is not DFS-regulated), SEC
//   (not listed), GDPR (US-NY), PCI and Visa (no cardholder data).
//
// Online retailer (CG-2026-0002, US-WA): discovery 2026-01-14 (fact 11).
//   Visa at-risk accounts, 10 business days: Thu 15 (1), Fri 16 (2), Mon 19
//   is Martin Luther King Day, Tue 20 (3) ... Thu 29 January (10).
//   With Colorado added as a jurisdiction (1,310 residents there): 30 days
//   from the determination, taken as discovery: 14 Jan + 30 = 13 Feb; the
//   Colorado notices of 17 Feb (fact 15) are 4 days late, as the case says.
//   Washington: 30 days from discovery, 13 Feb; notices of 10 Feb (fact 14),
//   which names the Attorneys General of "... Washington and Texas" -> met.
//   Texas: 60 days from determination = 15 March 2026, a Sunday. Its
//   consumer reporting agencies show fact 15, which names "the consumer
//   reporting agencies" for Colorado: matching notices by wording cannot
//   tell which state's notice a fact records (a known limit, see the note
//   in incident_facts.h).
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "domain/deadlines/deadline_engine.h"
#include "exchange/case_file.h"
#include "exchange/catalog_loader.h"
#include "print_types.h"

using namespace cg;
using domain::Date;

namespace {

std::string path(const std::string& relative) {
    return (std::filesystem::path(CG_SOURCE_DIR) / relative).string();
}

std::vector<domain::NotificationRule> shippedRules() {
    const exchange::CatalogLoad load = exchange::loadCatalogFolder(path("data/catalogs"));
    BOOST_REQUIRE(load.errors.empty());
    return load.catalogs.notificationRules;
}

std::vector<std::string> rows(const std::vector<domain::Deadline>& deadlines) {
    std::vector<std::string> result;
    for (const auto& d : deadlines)
        result.push_back(d.ruleId + " | " + d.recipient + " | " + d.dueText() + " | " +
                         d.statusText());
    return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(SampleCaseDeadlines)

BOOST_AUTO_TEST_CASE(dentalPracticeIncidentFactsAreReadOffTheCase) {
    const auto record =
        exchange::readCaseFile(path("data/samples/dental-practice-ransomware.cgcase"));
    const domain::IncidentFacts f = domain::deriveIncidentFacts(record);
    BOOST_TEST(f.discovery->toString() == "2025-12-30");
    BOOST_TEST(f.discoveryFactNo == 10);
    BOOST_TEST(*f.recordsAffected == 4312);
    BOOST_TEST(f.dataTypes.size() == 3u);
    BOOST_TEST(f.notices.size() == 3u);
    BOOST_TEST(f.jurisdictions == std::vector<std::string>{"US-NY"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dentalPracticeDeadlinesAsOfTheDayTheCaseOpened) {
    const auto record =
        exchange::readCaseFile(path("data/samples/dental-practice-ransomware.cgcase"));
    const auto deadlines = domain::computeDeadlines(domain::deriveIncidentFacts(record),
                                                    shippedRules(), Date(2026, 3, 2));
    const std::vector<std::string> expected{
        "us-hipaa | Affected individuals | 2026-02-28 | met on 2026-01-27 (fact 14)",
        "us-hipaa | Prominent media in the state | 2026-02-28 | met on 2026-01-27 (fact 14)",
        "us-hipaa | HHS Secretary | 2026-02-28 | met on 2026-01-28 (fact 15)",
        "us-hipaa | HHS Secretary (annual log) |  | not required",
        "us-hipaa | Covered entity (notice from a business associate) | 2026-02-28 | met on "
        "2026-01-20 (fact 13)",
        "us-ny | Affected New York residents | 2026-01-29 | met on 2026-01-27 (fact 14)",
        "us-ny | New York Attorney General | 2026-01-29 | met on 2026-01-28 (fact 15)",
        "us-ny | New York Department of State | 2026-01-29 | met on 2026-01-28 (fact 15)",
        "us-ny | New York State Police | 2026-01-29 | met on 2026-01-28 (fact 15)",
        "us-ny | NYDFS | 2026-01-29 | overdue by 32 days",
    };
    BOOST_TEST(rows(deadlines) == expected, boost::test_tools::per_element());
    BOOST_TEST(deadlines[0].notes.back() ==
               "falls on a Saturday; calendar-day deadlines are not moved");
}

BOOST_AUTO_TEST_CASE(onlineRetailerVisaAccountsAreDueTenBusinessDaysAfterDiscovery) {
    const auto record =
        exchange::readCaseFile(path("data/samples/online-retailer-cardholder-data.cgcase"));
    const auto facts = domain::deriveIncidentFacts(record);
    BOOST_TEST(facts.discovery->toString() == "2026-01-14");
    const auto deadlines = domain::computeDeadlines(facts, shippedRules(), Date(2026, 3, 9));
    const auto visa = std::find_if(
        deadlines.begin(), deadlines.end(),
        [](const domain::Deadline& d) { return d.recipient == "Visa (at-risk account numbers)"; });
    BOOST_REQUIRE(visa != deadlines.end());
    BOOST_TEST(visa->dueText() == "2026-01-29");
}

BOOST_AUTO_TEST_CASE(onlineRetailerStateDeadlinesWithColoradoAndTexasAdded) {
    const auto record =
        exchange::readCaseFile(path("data/samples/online-retailer-cardholder-data.cgcase"));
    domain::DeadlineInputs inputs;
    inputs.extraJurisdictions = {"US-CO", "US-TX"};
    const auto deadlines = domain::computeDeadlines(domain::deriveIncidentFacts(record, inputs),
                                                    shippedRules(), Date(2026, 3, 9));
    const std::vector<std::string> expected{
        "us-co | Affected Colorado residents | 2026-02-13 | missed by 4 days on 2026-02-17 (fact "
        "15)",
        "us-co | Colorado Attorney General | 2026-02-13 | missed by 4 days on 2026-02-17 (fact 15)",
        "us-co | Consumer reporting agencies | 2026-02-13 | missed by 4 days on 2026-02-17 (fact "
        "15)",
        "us-wa | Affected Washington residents | 2026-02-13 | met on 2026-02-10 (fact 14)",
        "us-wa | Washington Attorney General | 2026-02-13 | met on 2026-02-10 (fact 14)",
        "us-tx | Affected Texas residents | 2026-03-15 | met on 2026-02-10 (fact 14)",
        "us-tx | Texas Attorney General | 2026-02-13 | met on 2026-02-10 (fact 14)",
        "us-tx | Consumer reporting agencies | 2026-03-15 | met on 2026-02-17 (fact 15)",
        "us-tx | Data owner (notice from a maintainer such as an MSP) | immediately | ",
        "pci-dss-12-10 | Payment brands and acquirer (incident response plan) | immediately | ",
        "visa-rules | Visa and the acquirer | immediately | ",
        "visa-rules | Visa (at-risk account numbers) | 2026-01-29 | met on 2026-01-15 (fact 13)",
    };
    BOOST_TEST(rows(deadlines) == expected, boost::test_tools::per_element());
    BOOST_TEST(deadlines[0].triggerText ==
               "determination taken as discovery 2026-01-14 (fact 11), none recorded");
}

BOOST_AUTO_TEST_SUITE_END()
