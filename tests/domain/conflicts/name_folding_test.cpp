#include "domain/conflicts/name_folding.h"

#include <boost/test/unit_test.hpp>

#include "domain/conflicts/normalised_name.h"

using namespace cg::domain::conflicts;

namespace {

std::string normalised(const std::string& text) { return NormalisedName::of(text).toString(); }

}  // namespace

BOOST_AUTO_TEST_SUITE(NameFolding)

BOOST_AUTO_TEST_CASE(latinAccentsFoldToTheirBaseLetters) {
    BOOST_TEST(foldName("Élégance Łukasz Wiśniewski Tomáš Dvořák Gülşen Aydın") ==
               "elegance lukasz wisniewski tomas dvorak gUlsen aydin");
    BOOST_TEST(foldName("Nguyễn Văn Ánh, Ștefan Țurcanu") == "nguyen van anh stefan turcanu");
}

BOOST_AUTO_TEST_CASE(germanAndNordicLettersKeepBothSpellings) {
    BOOST_TEST(foldName("Müller Größe Søren Åsa Æbeltoft") == "mUller grOsse sOren Qsa aebeltoft");
    BOOST_TEST(spelledOut("mUller", false) == "muller");
    BOOST_TEST(spelledOut("mUller", true) == "mueller");
    BOOST_TEST(spelledOut("Qsa", true) == "aasa");
}

BOOST_AUTO_TEST_CASE(aCombiningDiaeresisActsAsAnUmlaut) {
    BOOST_TEST(foldName("Mu\xCC\x88ller") == "mUller");
    BOOST_TEST(foldName("Jose\xCC\x81") == "jose");
}

BOOST_AUTO_TEST_CASE(greekIsTransliteratedAsInElot743) {
    BOOST_TEST(foldName("Ελληνική Ναυτιλιακή") == "elliniki naftiliaki");
    BOOST_TEST(foldName("ΑΙΚΑΤΕΡΊΝΗ Παπαδοπούλου") == "aikaterini papadopoulou");
    BOOST_TEST(foldName("Ευάγγελος Μπάμπης Ντίνος") == "evangelos bampis dinos");
    BOOST_TEST(foldName("Αυτοκίνητο Προϊόν") == "aftokinito proion");
}

BOOST_AUTO_TEST_CASE(cyrillicIsTransliteratedAsInBgnPcgn) {
    BOOST_TEST(foldName("Северный Ветер") == "severnyy veter");
    BOOST_TEST(foldName("Ольга Смирнова, Щукин Юлия") == "olga smirnova shchukin yuliya");
    BOOST_TEST(foldName("Їжак Ґудзь") == "yizhak gudz");
}

BOOST_AUTO_TEST_CASE(fullStopsAndApostrophesJoinOtherMarksSeparate) {
    BOOST_TEST(foldName("S.r.l. O'Brien O’Neil") == "srl obrien oneil");
    BOOST_TEST(foldName("Dubois-Martin & Söhne / «Nord»") == "dubois martin sOhne nord");
}

BOOST_AUTO_TEST_CASE(otherScriptsAreKeptAsWritten) {
    BOOST_TEST(foldName("株式会社 Tanaka") == "株式会社 tanaka");
}

BOOST_AUTO_TEST_CASE(invalidUtf8IsReadAsLatin1) { BOOST_TEST(foldName("M\xFCller") == "mUller"); }

BOOST_AUTO_TEST_CASE(legalFormsAreRemovedFromBothEndsOnly) {
    BOOST_TEST(normalised("Müller GmbH & Co. KG") == "muller");
    BOOST_TEST(normalised("ООО «Северный Ветер»") == "severnyy veter");
    BOOST_TEST(normalised("Kowalski Budownictwo Sp. z o.o.") == "kowalski budownictwo");
    BOOST_TEST(normalised("Bridgeview Managed IT Services, Inc.") ==
               "bridgeview managed it services");
    BOOST_TEST(normalised("Company of Merchant Adventurers Ltd") ==
               "company of merchant adventurers");
}

BOOST_AUTO_TEST_CASE(titlesAndConnectivesAreRemovedAnywhere) {
    BOOST_TEST(normalised("Zahnarztpraxis Dr. Müller PLLC") == "zahnarztpraxis muller");
    BOOST_TEST(normalised("Prof. Dr. Anna Schmidt") == "anna schmidt");
    BOOST_TEST(normalised("The Harlow and Reyes Partnership") == "harlow reyes partnership");
}

BOOST_AUTO_TEST_CASE(aNameOfFormWordsOnlyIsKept) {
    BOOST_TEST(normalised("AG") == "ag");
    BOOST_TEST(normalised("Co. Ltd.") == "co");
}

BOOST_AUTO_TEST_CASE(repeatedWordsCountOnce) {
    BOOST_TEST(normalised("Müller & Mueller") == "muller");
    const auto name = NormalisedName::of("Müller");
    BOOST_TEST(name.words().size() == 1u);
    BOOST_TEST(name.words()[0].alternative == "mueller");
}

BOOST_AUTO_TEST_SUITE_END()
