// Sections, clauses and their numbers as the evaluator writes them.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>

#include "domain/documents/clause_numbering.h"
#include "draft_cases.h"
#include "template_builders.h"

using namespace cg::testing;
using namespace cg::domain::documents;


namespace {

DocumentTemplate numberedAgreement() {
    return templateOf({
        section({lit("Background")}, {clause({}, {para({lit("The Customer engaged the Provider.")})}),
                                      clause({}, {para({lit("An incident occurred.")})})},
                false),
        section({lit("Definitions")}, {clause({}, {para({lit("Terms have these meanings.")})})}),
        section({lit("Settlement")},
                {clause({lit("Payment")},
                        {para({lit("The Provider shall pay:")}),
                         clause({}, {para({lit("the first instalment;")}),
                                     clause({}, {para({lit("by wire transfer;")})}),
                                     clause({}, {para({lit("to the account notified.")})})}),
                         clause({}, {para({lit("the second instalment.")})})}),
                 clause({lit("Release")}, {para({lit("Each party releases the other.")})})}),
        section({lit("Schedule")}, {para({lit("Contact details.")})}, false),
        section({lit("General")}, {clause({}, {para({lit("Counterparts.")})})}),
    });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ClauseNumbering)

BOOST_AUTO_TEST_CASE(lettersDoubleAfterZAndRomanNumeralsSubtract) {
    BOOST_TEST(letterNumber(1, false) == "a");
    BOOST_TEST(letterNumber(26, false) == "z");
    BOOST_TEST(letterNumber(27, false) == "aa");
    BOOST_TEST(letterNumber(2, true) == "B");
    BOOST_TEST(romanNumber(4) == "iv");
    BOOST_TEST(romanNumber(9) == "ix");
    BOOST_TEST(romanNumber(14) == "xiv");
    BOOST_TEST(clauseNumber("3", 0, 2) == "3.2");
    BOOST_TEST(clauseNumber("", 3, 1) == "(A)");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TemplateNumbering)

BOOST_AUTO_TEST_CASE(sectionsCountOnlyNumberedOnesAndClausesFollowNesting) {
    const auto evaluated = evaluate(numberedAgreement(), settlementCase());
    const std::vector<std::string> expected{
        "|Background",
        "A|The Customer engaged the Provider.",
        "B|An incident occurred.",
        "1|Definitions",
        "1.1|Terms have these meanings.",
        "2|Settlement",
        "2.1|Payment. The Provider shall pay:",
        "(a)|the first instalment;",
        "(i)|by wire transfer;",
        "(ii)|to the account notified.",
        "(b)|the second instalment.",
        "2.2|Release. Each party releases the other.",
        "|Schedule",
        "|Contact details.",
        "3|General",
        "3.1|Counterparts.",
    };
    const auto actual = lines(evaluated.document);
    BOOST_TEST(actual == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(clauseTitleIsBoldAfterTheNumberAndBodyTextFollowsInItsOwnStyle) {
    const auto evaluated = evaluate(numberedAgreement(), settlementCase());
    const auto paragraphs = blocksOf<Paragraph>(evaluated.document);
    const auto payment = std::find_if(paragraphs.begin(), paragraphs.end(), [](const Paragraph* p) { return p->number == "2.1"; });
    BOOST_REQUIRE(payment != paragraphs.end());
    BOOST_REQUIRE_EQUAL((*payment)->text.size(), 2u);
    BOOST_TEST((*payment)->text[0].text == "Payment.");
    BOOST_TEST(((*payment)->text[0].style == TextStyle::Bold));
    BOOST_TEST((*payment)->text[1].text == " The Provider shall pay:");
    BOOST_TEST(((*payment)->text[1].style == TextStyle::Regular));
}

BOOST_AUTO_TEST_CASE(nestedClausesIndentOneStepPerLevel) {
    const auto evaluated = evaluate(numberedAgreement(), settlementCase());
    std::map<std::string, int> indent;
    for (const Paragraph* p : blocksOf<Paragraph>(evaluated.document)) indent[p->number] = p->indentLevel;
    BOOST_TEST(indent["2.1"] == 0);
    BOOST_TEST(indent["(a)"] == 1);
    BOOST_TEST(indent["(i)"] == 2);
    BOOST_TEST(indent["(b)"] == 1);
}

BOOST_AUTO_TEST_CASE(aClauseThatOpensWithSubclausesGetsItsNumberOnALineOfItsOwn) {
    const auto t = templateOf({section({lit("Terms")}, {clause({lit("Obligations")},
                                                              {clause({}, {para({lit("first")})})})})});
    const auto evaluated = evaluate(t, settlementCase());
    const std::vector<std::string> expected{"1|Terms", "1.1|Obligations", "(a)|first"};
    BOOST_TEST(lines(evaluated.document) == expected, boost::test_tools::per_element());
    const auto paragraphs = blocksOf<Paragraph>(evaluated.document);
    BOOST_TEST(paragraphs[0]->keepWithNext);
}

BOOST_AUTO_TEST_CASE(clausesRepeatedPerTermAreNumberedInSequence) {
    const auto t = templateOf({section({lit("Terms")}, {repeat(Collection::AcceptedTerms,
                                                              {clause({fld("term.kind")}, {para({fld("term.description")})})})})});
    const auto evaluated = evaluate(t, settlementCase());
    const std::vector<std::string> expected{"1|Terms", "1.1|payment. Acme pays the restoration costs",
                                            "1.2|security programme. Quarterly restore tests for two years",
                                            "1.3|notification cooperation. Acme drafts the patient notices"};
    BOOST_TEST(lines(evaluated.document) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aTitleThatEndsInPunctuationGetsNoExtraFullStop) {
    const auto t = templateOf({section({lit("Terms")}, {clause({lit("Payment:")}, {para({lit("as follows")})})})});
    BOOST_TEST(lines(evaluate(t, settlementCase()).document).at(1) == "1.1|Payment: as follows");
}

BOOST_AUTO_TEST_CASE(sectionsDoNotNestAndClausesStandInSectionsThreeDeepAtMost) {
    const auto message = [](const DocumentTemplate& t) {
        try {
            evaluate(t, settlementCase());
        } catch (const cg::domain::ValidationError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    auto nested = templateOf({section({lit("Outer")}, {node(SectionNode{{lit("Inner")}, true, {}}, 14)})});
    BOOST_TEST(message(nested) == "the section at agreement.xml:14 is inside another section or a clause; "
                                  "sections do not nest");
    auto loose = templateOf({node(ClauseNode{{}, {para({lit("x")})}}, 3)});
    BOOST_TEST(message(loose) == "the clause at agreement.xml:3 stands outside any section; put it in a <section>");
    auto deep =
        templateOf({section({lit("S")}, {clause({}, {clause({}, {clause({}, {node(ClauseNode{{}, {}}, 9)})})})})});
    BOOST_TEST(message(deep) == "the clause at agreement.xml:9 is a fourth level of clauses; clauses nest three deep "
                                "at most (3.1, (a), (i))");
}

BOOST_AUTO_TEST_SUITE_END()
