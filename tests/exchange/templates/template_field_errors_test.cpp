// Fields and repetitions are checked against the field catalogue while the
// template is read, at the line and column of the field.
#include "templates/template_fixture.h"

using namespace cg::testing;

BOOST_AUTO_TEST_SUITE(TemplateFieldErrors)

BOOST_AUTO_TEST_CASE(misspeltFieldListsTheFieldsOfItsScope) {
    const auto e = readError(templateWithBody("<repeat over=\"parties\">\n  <p>To <field name=\"party.nmae\"/></p>\n</repeat>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(e.column() == 16);
    BOOST_TEST(mentions(e, "unknown field 'party.nmae' (party has: number, name, role"));
}

BOOST_AUTO_TEST_CASE(fieldOutsideItsRepetitionIsRefused) {
    const auto e = readError(templateWithBody("<p>Paid by <field name=\"term.payer\"/></p>"));
    BOOST_TEST(e.line() == kFirstBodyLine);
    BOOST_TEST(mentions(e, "'term.payer' is used outside a repetition over accepted-terms"));
}

BOOST_AUTO_TEST_CASE(fieldInTheEmptyPartOfARepetitionIsOutsideIt) {
    const auto e = readError(templateWithBody(
        "<repeat over=\"parties\"><p><field name=\"party.name\"/></p>\n<empty><p><field name=\"party.name\"/></p></empty></repeat>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(mentions(e, "'party.name' is used outside a repetition over parties or signing-parties"));
}

BOOST_AUTO_TEST_CASE(tableCellsSeeTheRowVariable) {
    const auto t = readTemplate(templateWithBody(
        "<table over=\"accepted-terms\" caption=\"Terms\"><column header=\"Amount\" weight=\"2\" align=\"right\">"
        "<field name=\"term.amount\"/></column></table>"));
    const auto& table = onlyNode<dd::TableNode>(t.body);
    BOOST_TEST(table.caption == "Terms");
    BOOST_TEST(table.columns.at(0).weight == 2.0);
    BOOST_TEST((table.columns.at(0).alignment == dd::Alignment::Right));
    BOOST_TEST(plainText(table.columns.at(0).cell) == "{term.amount}");
}

BOOST_AUTO_TEST_CASE(unknownCollectionListsTheValidOnes) {
    const auto e = readError(templateWithBody("<repeat over=\"party\"><p>x</p></repeat>"));
    BOOST_TEST(e.column() == 9);
    BOOST_TEST(mentions(e, "unknown collection 'party' (expected one of: parties, signing-parties, accepted-terms, "
                           "instalments, agreed-facts, shared-interests, contract-clauses)"));
}

BOOST_AUTO_TEST_CASE(repetitionInsideOneOverTheSameCollectionIsRefused) {
    const auto e = readError(templateWithBody(
        "<repeat over=\"accepted-terms\">\n<repeat over=\"accepted-terms\"><p>x</p></repeat>\n</repeat>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(mentions(e, "a repetition over accepted-terms inside another one over the same"));
}

BOOST_AUTO_TEST_CASE(repetitionHidingTheOuterVariableIsRefused) {
    const auto e = readError(templateWithBody(
        "<repeat over=\"signing-parties\">\n<table over=\"parties\"><column header=\"n\">x</column></table>\n</repeat>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(mentions(e, "both bind 'party'"));
}

BOOST_AUTO_TEST_CASE(signaturesAreForParties) {
    const auto e = readError(templateWithBody("<signatures over=\"accepted-terms\"/>"));
    BOOST_TEST(mentions(e, "<signatures> are for parties"));
}

BOOST_AUTO_TEST_CASE(tableWeightMustBeAPositiveNumber) {
    const auto e = readError(templateWithBody(
        "<table over=\"parties\"><column header=\"n\" weight=\"wide\">x</column></table>"));
    BOOST_TEST(e.column() == 42);
    BOOST_TEST(mentions(e, "weight 'wide' is not a number between 0 and 100"));
}

BOOST_AUTO_TEST_SUITE_END()
