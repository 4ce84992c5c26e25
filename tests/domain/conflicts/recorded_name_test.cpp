#include "domain/conflicts/recorded_name.h"

#include <boost/test/unit_test.hpp>

using namespace cg::domain::conflicts;
using Names = std::vector<std::string>;

BOOST_AUTO_TEST_SUITE(RecordedName)

BOOST_AUTO_TEST_CASE(aPartyNameIsTheWholeTextCommasIncluded) {
    BOOST_TEST(namesIn("Bridgeview Managed IT Services, Inc.", NameField::PartyName) ==
               Names{"Bridgeview Managed IT Services, Inc."});
    BOOST_TEST(namesIn("Smith, John", NameField::PartyName) == Names{"Smith, John"});
}

BOOST_AUTO_TEST_CASE(aPersonsAdditionsAfterACommaAreSplitOff) {
    BOOST_TEST(namesIn("Dr. Jürgen Müller, DDS, managing member", NameField::PersonWithAdditions) ==
               (Names{"Dr. Jürgen Müller, DDS, managing member", "Dr. Jürgen Müller"}));
}

BOOST_AUTO_TEST_CASE(aFirmNamedAfterTheCounselIsANameOfItsOwn) {
    BOOST_TEST(
        namesIn("Rebecca Lowenstein, Lowenstein Ferraro LLP", NameField::PersonWithAdditions) ==
        (Names{"Rebecca Lowenstein, Lowenstein Ferraro LLP", "Rebecca Lowenstein",
               "Lowenstein Ferraro LLP"}));
}

BOOST_AUTO_TEST_CASE(aCapitalisedBracketIsAnotherSpellingOfTheName) {
    BOOST_TEST(
        namesIn("Αικατερίνη Παπαδοπούλου (Aikaterini Papadopoulou), Papadopoulou Coverage Law LLC",
                NameField::PersonWithAdditions) ==
        (Names{"Αικατερίνη Παπαδοπούλου , Papadopoulou Coverage Law LLC", "Αικατερίνη Παπαδοπούλου",
               "Papadopoulou Coverage Law LLC", "Aikaterini Papadopoulou"}));
    BOOST_TEST(namesIn("Great Lakes Specialty Insurance Company (GLSIC)", NameField::PartyName) ==
               (Names{"Great Lakes Specialty Insurance Company", "GLSIC"}));
}

BOOST_AUTO_TEST_CASE(aBracketedRemarkIsNotAName) {
    BOOST_TEST(namesIn("Denise Carlisle (by video)", NameField::PersonWithAdditions) ==
               Names{"Denise Carlisle"});
    BOOST_TEST(namesIn("Helen Achterberg (mediator)", NameField::PersonWithAdditions) ==
               Names{"Helen Achterberg"});
}

BOOST_AUTO_TEST_SUITE_END()
