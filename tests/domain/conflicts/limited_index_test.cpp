// The index `conflicts NAME` and `party add` build: limited to the names
// they check, it must find exactly what the index of every name finds.
#include <boost/test/unit_test.hpp>
#include <stdexcept>

#include "domain/conflicts/conflict_index.h"
#include "domain/conflicts/name_prefilter.h"
#include "domain/errors.h"
#include "print_types.h"

using namespace cg::domain;
using namespace cg::domain::conflicts;

namespace {

std::vector<ConflictEntry> someEntries() {
    std::vector<ConflictEntry> entries;
    int caseNo = 0;
    const auto add = [&](ConflictRole role, std::string name) {
        ConflictEntry entry;
        entry.caseReference = "CG-2026-" + std::to_string(1000 + ++caseNo);
        entry.caseTitle = "Case " + std::to_string(caseNo);
        entry.openedOn = Date(2026, 1, 5);
        entry.role = role;
        entry.name = std::move(name);
        entries.push_back(std::move(entry));
    };
    for (const char* party : {"Zahnarztpraxis Dr. Müller PLLC", "Kessler IT Services GmbH",
                              "Northwind Dental LLC", "Bridgeview Managed IT Services, Inc.",
                              "Northwind Logistics Ltd", "Ελληνική Ναυτιλιακή Α.Ε.",
                              "NimbusCore Cloud Hosting", "ООО «Северный Ветер»", "Müller GmbH"})
        add(ConflictRole::Party, party);
    for (const char* person :
         {"Rebecca Lowenstein, Lowenstein Ferraro LLP", "Anna Müller (by video)",
          "Αικατερίνη Παπαδοπούλου (Aikaterini Papadopoulou)", "Helen Achterberg",
          "Ольга Смирнова", "Dr. Jürgen Müller, DDS, managing member", "Smith, John"})
        add(ConflictRole::Counsel, person);
    return entries;
}

// What a hit says, to compare the hits of two indexes.
std::vector<std::string> described(const std::vector<ConflictHit>& hits) {
    std::vector<std::string> lines;
    for (const auto& hit : hits)
        lines.push_back(hit.entry->caseReference + " " + hit.entry->name + " " +
                        std::string(toString(hit.kind)) + " " + hit.matchedName);
    return lines;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(LimitedConflictIndex)

BOOST_AUTO_TEST_CASE(findsWhatTheIndexOfEveryNameFinds) {
    const ConflictIndex full(someEntries());
    for (const char* name :
         {"Zahnarztpraxis Mueller", "Mueller", "Muller", "Anna Mueler", "Lowenstein",
          "Nimbus Core Cloud Hosting", "Elliniki Naftiliaki", "Severny Veter", "Olga Smirnova",
          "John Smith", "Papadopoulou Aikaterini", "Bridgeveiw Managed IT Services",
          "Northwind", "Kessler IT Services AG", "Totally Unknown Ltd"}) {
        const ConflictIndex limited(someEntries(), {name});
        BOOST_TEST(described(limited.search(name)) == described(full.search(name)),
                   boost::test_tools::per_element());
        BOOST_TEST(limited.entries().size() == full.entries().size());
    }
}

BOOST_AUTO_TEST_CASE(searchesOnlyTheNamesItWasBuiltFor) {
    const ConflictIndex limited(someEntries(), {"Anna Müller", "Kessler IT"});
    BOOST_TEST(limited.search("ANNA MÜLLER").size() == 2u);  // the same name, written otherwise
    BOOST_TEST(limited.search("Kessler IT").size() == 1u);
    BOOST_CHECK_THROW(limited.search("Helen Achterberg"), std::logic_error);
}

BOOST_AUTO_TEST_CASE(aNameWithoutLettersIsRefusedWhenTheIndexIsBuilt) {
    BOOST_CHECK_THROW(ConflictIndex(someEntries(), {"&"}), ValidationError);
}

BOOST_AUTO_TEST_CASE(thePrefilterTurnsAwayTextsWithoutAWordOfTheName) {
    const NamePrefilter filter({NormalisedName::of("Northwind Logistics")});
    BOOST_TEST(filter.mayMatch("Northwind Dental LLC"));  // a word in common: compared in full
    BOOST_TEST(filter.mayMatch("Nortwind Holdings"));     // a word one letter off
    BOOST_TEST(filter.mayMatch("North Wind Logistics"));  // spaced otherwise
    BOOST_TEST(!filter.mayMatch("Kessler IT Services GmbH"));
    BOOST_TEST(!filter.mayMatch("Ελληνική Ναυτιλιακή Α.Ε."));
}

BOOST_AUTO_TEST_SUITE_END()
