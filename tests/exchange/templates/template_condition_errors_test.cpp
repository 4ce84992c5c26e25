// Conditions name one of three questions about the case; anything else is
// refused with the choices spelt out.
#include "templates/template_fixture.h"

using namespace cg::testing;

BOOST_AUTO_TEST_SUITE(TemplateConditions)

BOOST_AUTO_TEST_CASE(acceptedListsSeveralOptionKinds) {
    const auto t = readTemplate(templateWithBody("<if accepted=\"payment  security-programme\"><p>x</p></if>"));
    const auto& c = onlyNode<dd::ConditionalNode>(t.body).condition;
    BOOST_TEST((c.kind == dd::Condition::Kind::TermAccepted));
    BOOST_TEST((c.termKinds == std::vector<cg::domain::OptionKind>{cg::domain::OptionKind::Payment,
                                                                    cg::domain::OptionKind::SecurityProgramme}));
    BOOST_TEST(!c.negated);
}

BOOST_AUTO_TEST_CASE(unlessIsANegatedCondition) {
    const auto t = readTemplate(templateWithBody(
        "<unless count=\"signing-parties\" at-least=\"3\"><p>two</p><else><p>more</p></else></unless>"));
    const auto& n = onlyNode<dd::ConditionalNode>(t.body);
    BOOST_TEST(n.condition.negated);
    BOOST_TEST((n.condition.kind == dd::Condition::Kind::CountAtLeast));
    BOOST_TEST((n.condition.collection == dd::Collection::SigningParties));
    BOOST_TEST(n.condition.count == 3);
    BOOST_TEST(n.then.size() == 1u);
    BOOST_TEST(n.otherwise.size() == 1u);
}

BOOST_AUTO_TEST_CASE(unknownOptionKindListsTheKinds) {
    const auto e = readError(templateWithBody("<if accepted=\"payment refund\"><p>x</p></if>"));
    BOOST_TEST(e.line() == kFirstBodyLine);
    BOOST_TEST(e.column() == 5);
    BOOST_TEST(mentions(e, "unknown option kind 'refund' (expected one of: payment, service-credit"));
}

BOOST_AUTO_TEST_CASE(presentNeedsAKnownField) {
    const auto e = readError(templateWithBody("<if present=\"case.law\"><p>x</p></if>"));
    BOOST_TEST(mentions(e, "unknown field 'case.law' (case has: reference, title, governingLaw"));
}

BOOST_AUTO_TEST_CASE(presentOfARepetitionVariableNeedsItsRepetition) {
    const auto e = readError(templateWithBody("<if present=\"party.counsel\"><p>x</p></if>"));
    BOOST_TEST(mentions(e, "'party.counsel' is used outside a repetition over parties"));
}

BOOST_AUTO_TEST_CASE(conditionMustBeStated) {
    const auto e = readError(templateWithBody("<if><p>x</p></if>"));
    BOOST_TEST(mentions(e, "<if> needs a condition"));
}

BOOST_AUTO_TEST_CASE(twoConditionsOnOneElementAreRefused) {
    const auto e = readError(templateWithBody("<if accepted=\"payment\" present=\"case.summary\"><p>x</p></if>"));
    BOOST_TEST(mentions(e, "states more than one condition"));
}

BOOST_AUTO_TEST_CASE(atLeastMustBeAPositiveWholeNumber) {
    for (const char* bad : {"0", "three", "-2", "1.5"}) {
        const auto e = readError(templateWithBody(std::string("<if count=\"parties\" at-least=\"") + bad +
                                                  "\"><p>x</p></if>"));
        BOOST_TEST(e.column() == 21);
        BOOST_TEST(mentions(e, "is not a positive whole number"));
    }
}

BOOST_AUTO_TEST_CASE(countWithoutAtLeastIsIncomplete) {
    const auto e = readError(templateWithBody("<if count=\"parties\"><p>x</p></if>"));
    BOOST_TEST(mentions(e, "count=\"parties\" needs at-least=\"N\""));
}

BOOST_AUTO_TEST_CASE(atLeastWithoutCountIsRefused) {
    const auto e = readError(templateWithBody("<if accepted=\"payment\" at-least=\"2\"><p>x</p></if>"));
    BOOST_TEST(mentions(e, "at-least belongs with count"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TemplatePageSetup)

namespace {
std::string withPage(const std::string& page) {
    return "<document-template xmlns=\"urn:commonground:document-template:1\" name=\"x\" title=\"X\">\n" + page +
           "\n<body><p>a</p></body></document-template>";
}
}  // namespace

BOOST_AUTO_TEST_CASE(marginsAndPaperAreRead) {
    const auto t = readTemplate(withPage("<page paper=\"letter\" margin-top=\"20mm\" margin-left=\"31.5mm\"/>"));
    BOOST_TEST((t.page.paper == dd::PaperSize::Letter));
    BOOST_TEST(t.page.marginTopMm == 20.0);
    BOOST_TEST(t.page.marginLeftMm == 31.5);
    BOOST_TEST(t.page.marginBottomMm == 25.0);
}

BOOST_AUTO_TEST_CASE(unknownPaperIsRefused) {
    const auto e = readError(withPage("<page paper=\"a5\"/>"));
    BOOST_TEST(e.line() == 2);
    BOOST_TEST(e.column() == 7);
    BOOST_TEST(mentions(e, "unknown paper 'a5' (expected a4 or letter)"));
}

BOOST_AUTO_TEST_CASE(marginWithoutUnitIsRefused) {
    const auto e = readError(withPage("<page margin-top=\"25\"/>"));
    BOOST_TEST(mentions(e, "margin-top '25' is not in millimetres; write it like 25mm"));
}

BOOST_AUTO_TEST_CASE(absurdMarginIsRefused) {
    const auto e = readError(withPage("<page margin-right=\"250mm\"/>"));
    BOOST_TEST(mentions(e, "margin-right '250mm' is outside 5mm to 80mm"));
}

BOOST_AUTO_TEST_SUITE_END()
