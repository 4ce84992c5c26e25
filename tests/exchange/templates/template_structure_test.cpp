// What the reader builds from running text, repetitions and headings.
#include "templates/template_fixture.h"

using namespace cg::testing;

BOOST_AUTO_TEST_SUITE(TemplateStructure)

BOOST_AUTO_TEST_CASE(runningTextCollapsesLayoutWhitespaceAndKeepsSpacesBetweenElements) {
    const auto t = readTemplate(templateWithBody(
        "<p align=\"centre\" keep-with-next=\"true\">\n   Between <b><field name=\"case.title\"/></b> and\n   <i>others</i> .\n</p>"));
    const auto& p = onlyNode<dd::ParagraphNode>(t.body);
    BOOST_TEST(plainText(p.text) == "Between {case.title} and others .");
    BOOST_TEST((p.alignment == dd::Alignment::Centred));
    BOOST_TEST(p.keepWithNext);
    BOOST_TEST_REQUIRE(p.text.size() == 5u);
    BOOST_TEST((p.text[1].style == dd::TextStyle::Bold));
    BOOST_TEST((p.text[3].style == dd::TextStyle::Italic));
}

BOOST_AUTO_TEST_CASE(boldInsideItalicIsBoldItalic) {
    const auto t = readTemplate(templateWithBody("<p><i>a <b>b</b></i></p>"));
    const auto& p = onlyNode<dd::ParagraphNode>(t.body);
    BOOST_TEST_REQUIRE(p.text.size() == 2u);
    BOOST_TEST((p.text[1].style == dd::TextStyle::BoldItalic));
}

BOOST_AUTO_TEST_CASE(fieldKeepsItsLocation) {
    const auto t = readTemplate(templateWithBody("<p>\n  <field name=\"case.reference\"/></p>"));
    const auto& p = onlyNode<dd::ParagraphNode>(t.body);
    const auto& field = std::get<dd::FieldRef>(p.text.at(0).content);
    BOOST_TEST(field.where.file == "test.xml");
    BOOST_TEST(field.where.line == kFirstBodyLine + 1);
    BOOST_TEST(field.where.column == 3);
}

BOOST_AUTO_TEST_CASE(repetitionHasItsBodyAndEmptyPart) {
    const auto t = readTemplate(templateWithBody(
        "<repeat over=\"agreed-facts\"><p><field name=\"fact.description\"/></p>"
        "<empty><p>None agreed.</p></empty></repeat>"));
    const auto& r = onlyNode<dd::RepeatNode>(t.body);
    BOOST_TEST((r.over == dd::Collection::AgreedFacts));
    BOOST_TEST(r.children.size() == 1u);
    BOOST_TEST(plainText(std::get<dd::ParagraphNode>(r.whenEmpty.at(0).content).text) == "None agreed.");
    BOOST_TEST(r.where.line == kFirstBodyLine);
}

BOOST_AUTO_TEST_CASE(titleElementMayHoldFields) {
    const auto t = readTemplate(templateWithBody(
        "<section numbered=\"false\"><title>Between <field name=\"draft.partyNames\"/></title><p>x</p></section>"));
    const auto& s = onlyNode<dd::SectionNode>(t.body);
    BOOST_TEST(plainText(s.title) == "Between {draft.partyNames}");
    BOOST_TEST(!s.numbered);
    BOOST_TEST(s.children.size() == 1u);
}

BOOST_AUTO_TEST_CASE(titleAttributeAndElementTogetherAreRefused) {
    const auto e = readError(templateWithBody("<section title=\"A\"><title>B</title><p>x</p></section>"));
    BOOST_TEST(mentions(e, "has both a title attribute and a <title>"));
}

BOOST_AUTO_TEST_CASE(headerFooterAndWatermarkAreRead) {
    const auto t = readTemplate(
        "<document-template xmlns=\"urn:commonground:document-template:1\" name=\"n\" title=\"T\">"
        "<header><left><field name=\"case.reference\"/></left><right>Confidential</right></header>"
        "<footer>Draft <field name=\"draft.version\"/></footer><watermark> DRAFT </watermark>"
        "<body><page-break/><signatures caption=\"Signed for\" dated=\"false\"/></body></document-template>");
    BOOST_TEST(plainText(t.headerLeft) == "{case.reference}");
    BOOST_TEST(plainText(t.headerRight) == "Confidential");
    BOOST_TEST(plainText(t.footer) == "Draft {draft.version}");
    BOOST_TEST(t.watermark.value_or("") == "DRAFT");
    BOOST_TEST_REQUIRE(t.body.size() == 2u);
    BOOST_TEST(std::holds_alternative<dd::PageBreakNode>(t.body[0].content));
    const auto& s = std::get<dd::SignaturesNode>(t.body[1].content);
    BOOST_TEST((s.over == dd::Collection::SigningParties));
    BOOST_TEST(s.caption == "Signed for");
    BOOST_TEST(!s.dated);
}

BOOST_AUTO_TEST_SUITE_END()
