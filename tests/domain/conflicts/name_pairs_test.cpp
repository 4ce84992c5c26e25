// The table the issue asks for: pairs of names that must match, with how,
// and pairs that must not.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <ostream>

#include "domain/conflicts/name_prefilter.h"
#include "domain/conflicts/name_similarity.h"

using namespace cg::domain::conflicts;
namespace data = boost::unit_test::data;

namespace {

struct NamePair {
    const char* searched;
    const char* recorded;
    MatchKind expected;
};

struct UnrelatedPair {
    const char* searched;
    const char* recorded;
};

std::ostream& operator<<(std::ostream& out, const NamePair& pair) {
    return out << "'" << pair.searched << "' / '" << pair.recorded << "'";
}

std::ostream& operator<<(std::ostream& out, const UnrelatedPair& pair) {
    return out << "'" << pair.searched << "' / '" << pair.recorded << "'";
}

std::optional<MatchKind> matchOf(const std::string& searched, const std::string& recorded) {
    return compareNames(NormalisedName::of(searched), NormalisedName::of(recorded));
}

std::string describe(const std::optional<MatchKind>& kind) {
    return kind ? std::string(toString(*kind)) : std::string("no match");
}

const NamePair kMustMatch[] = {
    // case and accents
    {"anna müller", "ANNA MÜLLER", MatchKind::Exact},
    {"Boutique Elegance USA", "Boutique Élégance USA, Inc.", MatchKind::Exact},
    {"Lukasz Wisniewski", "Łukasz Wiśniewski", MatchKind::Exact},
    {"Tomas Dvorak", "Tomáš Dvořák s.r.o.", MatchKind::Exact},
    {"Gulsen Aydin", "Gülşen Aydın", MatchKind::Exact},
    {"Nguyen Van An", "Nguyễn Văn An", MatchKind::Exact},
    {"Stefan Turcanu", "Ștefan Țurcanu", MatchKind::Exact},
    // umlauts both ways, ß, Nordic letters, decomposed accents
    {"Anna Mueller", "Anna Müller", MatchKind::Exact},
    {"Anna Muller", "Anna Müller", MatchKind::Exact},
    {"Juergen Mueller", "Jürgen Müller", MatchKind::Exact},
    {"Grossmann Logistik", "Großmann Logistik GmbH", MatchKind::Exact},
    {"Soeren Kierkegaard", "Søren Kierkegaard ApS", MatchKind::Exact},
    {"Aasa Lindstroem", "Åsa Lindström AB", MatchKind::Exact},
    {"Aero Shipping", "Ærø Shipping A/S", MatchKind::Exact},
    {"Mueller", "Mu\xCC\x88ller", MatchKind::Exact},
    // Greek and Cyrillic against their transliterations
    {"Elliniki Naftiliaki", "Ελληνική Ναυτιλιακή Α.Ε.", MatchKind::Exact},
    {"Aikaterini Papadopoulou", "Αικατερίνη Παπαδοπούλου", MatchKind::Exact},
    {"Severnyy Veter LLC", "ООО «Северный Ветер»", MatchKind::Exact},
    {"Severny Veter", "Северный Ветер", MatchKind::Spelling},
    {"Olga Smirnova", "Ольга Смирнова", MatchKind::Exact},
    {"Ivanov Ivan Ivanovich", "Иван Иванович Иванов", MatchKind::WordOrder},
    // legal forms, titles, connectives
    {"Bridgeview Managed IT Services", "Bridgeview Managed IT Services, Inc.", MatchKind::Exact},
    {"Northwind Dental L.L.C.", "Northwind Dental LLC", MatchKind::Exact},
    {"ACME Corporation", "Acme Corp.", MatchKind::Exact},
    {"Müller", "Müller GmbH & Co. KG", MatchKind::Exact},
    {"Harlow and Reyes", "Harlow & Reyes LLP", MatchKind::Exact},
    {"Maison Lefevre et Fils", "Maison Lefèvre & Fils S.A.S.", MatchKind::Exact},
    {"Kowalski Budownictwo", "Kowalski Budownictwo Sp. z o.o.", MatchKind::Exact},
    {"Jürgen Müller", "Dr. Jürgen Müller", MatchKind::Exact},
    {"Ms. Anna Schmidt", "Prof. Dr. Anna Schmidt", MatchKind::Exact},
    {"OBrien Consulting", "O'Brien Consulting Ltd", MatchKind::Exact},
    // word order
    {"Müller, Anna", "Anna Müller", MatchKind::WordOrder},
    {"Logistics Northwind", "Northwind Logistics Ltd", MatchKind::WordOrder},
    {"Camille Dubois Martin", "Dubois-Martin, Camille", MatchKind::WordOrder},
    // small misspellings of longer words, and spacing
    {"Zahnarztpraxis Mueler", "Zahnarztpraxis Dr. Müller PLLC", MatchKind::Spelling},
    {"Bridgeveiw Managed IT Services", "Bridgeview Managed IT Services, Inc.", MatchKind::Spelling},
    {"Andreou Structural Enginering", "Andreou Structural Engineering, Ltd.", MatchKind::Spelling},
    {"Meyer Consulting", "Mayer Consulting", MatchKind::Spelling},
    {"Muller", "Mueller", MatchKind::Spelling},
    {"Nimbus Core Cloud Hosting", "NimbusCore Cloud Hosting, Inc.", MatchKind::Spelling},
    // one name inside the other, with nothing contradicting
    {"Smith", "John Smith", MatchKind::Partial},
    {"Anna Müller", "Müller GmbH", MatchKind::Partial},
    {"Northwind", "Northwind Dental LLC", MatchKind::Partial},
};

const UnrelatedPair kMustNotMatch[] = {
    // a shared common word is not enough
    {"Northwind Dental", "Northwind Logistics"},
    {"John Smith", "Jane Smith"},
    {"Empire Harbor Insurance", "Empire State Insurance Company"},
    {"Keystone Professional Indemnity", "Keystone Medical Indemnity Company"},
    {"Lakeshore Merchant Services", "Lakeshore Payment Services, LLC"},
    {"Great Lakes Specialty Insurance", "Great Plains Specialty Insurance"},
    {"Smith & Jones LLP", "Smith & Brown LLP"},
    {"Dr. Anna Berg", "Dr. Otto Berg"},
    {"Elliniki Naftiliaki", "Ελληνική Τράπεζα"},
    {"Северный Ветер", "Северная Звезда"},
    {"Severnyy Veter", "Yuzhnyy Veter"},
    // the same legal form is not a shared name
    {"Kessler AG", "Brandt AG"},
    {"Müller GmbH", "Schmidt GmbH"},
    {"ООО Ромашка", "ООО Василёк"},
    {"AG", "Kessler AG"},
    // short words must be spelled alike
    {"Lutz Bauer", "Lotz Bauer"},
    {"Tom Lee", "Tim Lee"},
    {"Ivan Petrov", "Ivan Popov"},
    // longer words more than one edit apart
    {"Bridgeview Managed IT", "Brightview Managed IT"},
    {"Raman Kessler", "Raman Keller"},
    {"Ruth Sandberg", "Ruth Sandler"},
    {"Marcus Delgado", "Marco Delgado"},
    {"Ana Silva", "Ana Silveira"},
    {"Nimbus Cloud Hosting", "NimbusCore Cloud Hosting"},
    {"Alpha Beta", "Alpha Gamma"},
    {"Michael Brandt", "Michelle Brandt"},
    // a digit is never a typo
    {"Route 66 Logistics", "Route 67 Logistics"},
    {"Studio54 Media", "Studio55 Media"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(NamePairs)

BOOST_DATA_TEST_CASE(namesThatMustMatchDoSoTheExpectedWay, data::make(kMustMatch), pair) {
    BOOST_TEST(describe(matchOf(pair.searched, pair.recorded)) == describe(pair.expected));
}

BOOST_DATA_TEST_CASE(matchingDoesNotDependOnWhichNameIsSearched, data::make(kMustMatch), pair) {
    BOOST_TEST(matchOf(pair.recorded, pair.searched).has_value());
}

// A limited index (`conflicts NAME`) relies on the prefilter never turning
// away a name that matches.
BOOST_DATA_TEST_CASE(thePrefilterLetsEveryMatchingPairThrough, data::make(kMustMatch), pair) {
    BOOST_TEST(NamePrefilter({NormalisedName::of(pair.searched)}).mayMatch(pair.recorded));
    BOOST_TEST(NamePrefilter({NormalisedName::of(pair.recorded)}).mayMatch(pair.searched));
}

BOOST_DATA_TEST_CASE(namesThatMustNotMatchDoNot, data::make(kMustNotMatch), pair) {
    BOOST_TEST(describe(matchOf(pair.searched, pair.recorded)) == "no match");
    BOOST_TEST(describe(matchOf(pair.recorded, pair.searched)) == "no match");
}

BOOST_AUTO_TEST_CASE(oneEditIsAnInsertionDeletionChangeOrSwap) {
    BOOST_TEST(withinOneEdit("mueller", "muller"));
    BOOST_TEST(withinOneEdit("muller", "mullers"));
    BOOST_TEST(withinOneEdit("muller", "miller"));
    BOOST_TEST(withinOneEdit("bridgeview", "bridgeveiw"));
    BOOST_TEST(!withinOneEdit("bridgeview", "bridgevwie"));
    BOOST_TEST(!withinOneEdit("kessler", "keller"));
    BOOST_TEST(!withinOneEdit("muller", "mullerss"));
}

BOOST_AUTO_TEST_SUITE_END()
