// A template that is not well-formed, or not a template, is refused at the
// line and column of the problem.
#include "templates/template_fixture.h"

using namespace cg::testing;

BOOST_AUTO_TEST_SUITE(TemplateSyntaxErrors)

BOOST_AUTO_TEST_CASE(unclosedElementIsReportedWhereItOpens) {
    const auto e = readError(templateWithBody("<section title=\"A\">\n  <clause>\n    <p>text</p>\n</section>"));
    BOOST_TEST(e.file() == "test.xml");
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(e.column() == 3);
    BOOST_TEST(mentions(e, "<clause> is not closed before </section>"));
}

BOOST_AUTO_TEST_CASE(emptyFileSaysWhatItShouldHold) {
    const auto e = readError("  \n");
    BOOST_TEST(e.line() == 0);
    BOOST_TEST(mentions(e, "the file is empty; it should hold a <document-template> element"));
}

BOOST_AUTO_TEST_CASE(otherRootElementIsNotATemplate) {
    const auto e = readError("<?xml version=\"1.0\"?>\n<case-file xmlns=\"urn:commonground:case-file:1\"/>\n");
    BOOST_TEST(e.line() == 2);
    BOOST_TEST(mentions(e, "not a CommonGround document template: the root element is <case-file>"));
}

BOOST_AUTO_TEST_CASE(clauseLibraryFileIsNotATemplate) {
    const auto e = readError(clauseFile("no-admission", "<p>x</p>"));
    BOOST_TEST(e.line() == 2);
    BOOST_TEST(mentions(e, "this is a clause-library file, not a template; a template uses it with "
                           "<include clause=\"no-admission\"/>"));
}

BOOST_AUTO_TEST_CASE(doctypeIsRefusedInTemplateWords) {
    const auto e = readError("<?xml version=\"1.0\"?>\n<!DOCTYPE document-template>\n" +
                             templateWithBody("<p>x</p>").substr(39));
    BOOST_TEST(e.line() == 2);
    BOOST_TEST(e.column() == 1);
    BOOST_TEST(mentions(e, "templates have no <!DOCTYPE> declaration; remove it"));
}

BOOST_AUTO_TEST_CASE(fileWithoutElementsSaysWhichRootItNeeds) {
    const auto e = readError("<?xml version=\"1.0\"?>\n<!-- nothing yet -->\n");
    BOOST_TEST(mentions(e, "no root element; expected <document-template>"));
}

BOOST_AUTO_TEST_CASE(rootInAnotherNamespaceIsRefused) {
    const auto e = readError(
        "<document-template xmlns=\"urn:example\" name=\"x\" title=\"X\"><body><p>a</p></body></document-template>");
    BOOST_TEST(e.line() == 1);
    BOOST_TEST(e.column() == 20);
    BOOST_TEST(mentions(e, "is in namespace 'urn:example', expected 'urn:commonground:document-template:1'"));
}

BOOST_AUTO_TEST_CASE(unknownElementListsWhatMayStandThere) {
    const auto e = readError(templateWithBody("<section title=\"A\">\n  <paragraph>x</paragraph>\n</section>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(e.column() == 3);
    BOOST_TEST(mentions(e, "unknown element <paragraph> in <section> (expected one of: section, clause, p,"));
}

BOOST_AUTO_TEST_CASE(unknownAttributeIsReportedAtTheAttribute) {
    const auto e = readError(templateWithBody("<p alignment=\"left\">x</p>"));
    BOOST_TEST(e.line() == kFirstBodyLine);
    BOOST_TEST(e.column() == 4);
    BOOST_TEST(mentions(e, "<p>: unknown attribute 'alignment' (expected align, keep-with-next)"));
}

BOOST_AUTO_TEST_CASE(unknownInlineElementNamesTheRunningTextRule) {
    const auto e = readError(templateWithBody("<p>Between <u>us</u></p>"));
    BOOST_TEST(e.column() == 12);
    BOOST_TEST(mentions(e, "unknown element <u> in the text of <p> (running text holds only text, <b>, <i>"));
}

BOOST_AUTO_TEST_CASE(textDirectlyInARepetitionMustBeInAParagraph) {
    const auto e = readError(templateWithBody("<repeat over=\"parties\">\n   Dear <field name=\"party.name\"/>\n</repeat>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(e.column() == 4);
    BOOST_TEST(mentions(e, "text directly inside <repeat> ('Dear'); put running text in a <p>"));
}

BOOST_AUTO_TEST_CASE(elseOutsideAConditionIsRefused) {
    const auto e = readError(templateWithBody("<p>a</p>\n<else><p>b</p></else>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(mentions(e, "<else> outside <if> or <unless>"));
}

BOOST_AUTO_TEST_CASE(elseBeforeTheConditionalContentIsRefused) {
    const auto e = readError(templateWithBody(
        "<if present=\"case.governingLaw\">\n  <else><p>b</p></else>\n  <p>a</p>\n</if>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(mentions(e, "<else> must come last in <if>"));
}

BOOST_AUTO_TEST_CASE(sectionsDoNotNest) {
    const auto e = readError(templateWithBody("<section title=\"A\">\n<section title=\"B\"><p>x</p></section>\n</section>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(mentions(e, "sections do not nest"));
}

BOOST_AUTO_TEST_CASE(clauseOutsideASectionHasNoNumberToTake) {
    const auto e = readError(templateWithBody("<clause><p>x</p></clause>"));
    BOOST_TEST(mentions(e, "a <clause> outside any <section>"));
}

BOOST_AUTO_TEST_CASE(aFourthClauseLevelIsRefused) {
    const auto e = readError(templateWithBody(
        "<section title=\"S\"><clause><clause><clause>\n<clause><p>x</p></clause>\n</clause></clause></clause></section>"));
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(mentions(e, "clauses nest at most 3 deep"));
}

BOOST_AUTO_TEST_CASE(headerElementsComeInTheFormatsOrder) {
    const auto e = readError(
        "<document-template xmlns=\"urn:commonground:document-template:1\" name=\"x\" title=\"X\">\n"
        "<footer>f</footer>\n<page paper=\"a4\"/>\n<body><p>a</p></body></document-template>");
    BOOST_TEST(e.line() == 3);
    BOOST_TEST(mentions(e, "<page> must come before <footer>"));
}

BOOST_AUTO_TEST_CASE(templateWithoutBodyIsRefused) {
    const auto e = readError(
        "<document-template xmlns=\"urn:commonground:document-template:1\" name=\"x\" title=\"X\">\n"
        "<watermark>DRAFT</watermark>\n</document-template>");
    BOOST_TEST(e.line() == 1);
    BOOST_TEST(mentions(e, "<document-template> has no <body>"));
}

BOOST_AUTO_TEST_SUITE_END()
