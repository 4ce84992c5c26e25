// Conditions, blank fields, page breaks, running text and metadata.
#include <boost/test/unit_test.hpp>

#include "draft_cases.h"
#include "template_builders.h"

using namespace cg::testing;
using namespace cg::domain::documents;
using cg::domain::OptionKind;
using cg::domain::OptionStatus;

namespace {

// "yes" when the condition holds, "no" otherwise.
std::string decide(const Condition& condition, const cg::domain::CaseRecord& record) {
    const auto t = templateOf({when(condition, {para({lit("yes")})}, {para({lit("no")})})});
    return lines(evaluate(t, record).document).at(0).substr(1);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(TemplateConditions)

BOOST_AUTO_TEST_CASE(termAcceptedHoldsOnlyForAnAcceptedTermOfTheNamedKinds) {
    const auto record = settlementCase();
    BOOST_TEST(decide(termAccepted({OptionKind::Payment}), record) == "yes");
    BOOST_TEST(decide(termAccepted({OptionKind::CreditMonitoring, OptionKind::SecurityProgramme}), record) == "yes");
    // The acknowledgment is only proposed.
    BOOST_TEST(decide(termAccepted({OptionKind::Acknowledgment}), record) == "no");
    BOOST_TEST(decide(termAccepted({OptionKind::CreditMonitoring}), record) == "no");
}

BOOST_AUTO_TEST_CASE(negationTurnsEachConditionAround) {
    const auto record = settlementCase();
    BOOST_TEST(decide(negated(termAccepted({OptionKind::Payment})), record) == "no");
    BOOST_TEST(decide(negated(termAccepted({OptionKind::Acknowledgment})), record) == "yes");
    BOOST_TEST(decide(negated(countAtLeast(Collection::SigningParties, 3)), record) == "yes");
    BOOST_TEST(decide(negated(fieldPresent("case.summary")), record) == "yes");
}

BOOST_AUTO_TEST_CASE(fieldPresentLooksAtTheFieldsValue) {
    auto record = settlementCase();
    BOOST_TEST(decide(fieldPresent("case.governingLaw"), record) == "yes");
    BOOST_TEST(decide(fieldPresent("case.summary"), record) == "no");
    record.head.summary = "Ransomware at a dental group.";
    BOOST_TEST(decide(fieldPresent("case.summary"), record) == "yes");
}

BOOST_AUTO_TEST_CASE(fieldPresentInsideARepetitionLooksAtTheBoundRecord) {
    const auto t = templateOf({repeat(Collection::Parties,
                                      {when(fieldPresent("party.address"), {para({fld("party.address")})},
                                            {para({fld("party.name"), lit(": no address")})})})});
    const std::vector<std::string> expected{"|12 Harbour Street, Albany NY", "|Acme IT Services LLC: no address",
                                            "|Northbridge Mutual Insurance: no address"};
    const auto evaluated = evaluate(t, settlementCase());
    BOOST_TEST(lines(evaluated.document) == expected, boost::test_tools::per_element());
    BOOST_TEST(evaluated.unfilled.empty());  // a field a condition tests is not a blank in the draft
}

BOOST_AUTO_TEST_CASE(countAtLeastCountsTheCollection) {
    const auto record = settlementCase();
    BOOST_TEST(decide(countAtLeast(Collection::AcceptedTerms, 3), record) == "yes");
    BOOST_TEST(decide(countAtLeast(Collection::AcceptedTerms, 4), record) == "no");
    BOOST_TEST(decide(countAtLeast(Collection::AgreedFacts, 2), record) == "yes");
    BOOST_TEST(decide(countAtLeast(Collection::Instalments, 2), record) == "yes");
    BOOST_TEST(decide(countAtLeast(Collection::Instalments, 3), record) == "no");
}

BOOST_AUTO_TEST_CASE(aFieldPresentConditionWithoutAFieldIsAnError) {
    Condition c;
    c.kind = Condition::Kind::FieldPresent;
    c.where = {"agreement.xml", 17, 3};
    BOOST_CHECK_EXCEPTION(decide(c, settlementCase()), cg::domain::ValidationError, [](const auto& e) {
        return std::string(e.what()).find("agreement.xml:17") != std::string::npos;
    });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TemplateUnfilledFields)

BOOST_AUTO_TEST_CASE(anEmptyFieldPrintsABlankLineAndIsListedWithLocationAndRecord) {
    auto record = settlementCase();
    const auto t = templateOf({repeat(Collection::SigningParties,
                                      {para({fld("party.name"), lit(", of "), fld("party.address", 42)})})});
    const auto evaluated = evaluate(t, record);
    const std::vector<std::string> expected{"|Harbour Dental Group LLC, of 12 Harbour Street, Albany NY",
                                            "|Acme IT Services LLC, of __________"};
    BOOST_TEST(lines(evaluated.document) == expected, boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(evaluated.unfilled.size(), 1u);
    const UnfilledField& blank = evaluated.unfilled[0];
    BOOST_TEST(blank.path == "party.address");
    BOOST_TEST(blank.where.file == "agreement.xml");
    BOOST_TEST(blank.where.line == 42);
    BOOST_TEST(blank.record == "party 2 (Acme IT Services LLC)");
    BOOST_TEST(blank.recordKind == "party");
    BOOST_TEST(blank.recordNo == 2);
}

BOOST_AUTO_TEST_CASE(blanksOfTermsAndInstalmentsNameTheTerm) {
    auto record = settlementCase();
    record.options[0].payeeNo.reset();
    const auto t = templateOf({repeat(Collection::AcceptedTerms,
                                      {para({fld("term.amount", 5)}),
                                       repeat(Collection::Instalments, {para({fld("instalment.payee", 7)})})})});
    const auto evaluated = evaluate(t, record);
    std::vector<std::string> records;
    for (const auto& u : evaluated.unfilled) records.push_back(u.path + " @" + std::to_string(u.where.line) + " " + u.record);
    const std::vector<std::string> expected{
        "instalment.payee @7 instalment 1 of term 1 (payment: Acme pays the restoration costs)",
        "instalment.payee @7 instalment 2 of term 1 (payment: Acme pays the restoration costs)",
        "term.amount @5 term 2 (security programme: Quarterly restore tests for two years)",
        "term.amount @5 term 4 (notification cooperation: Acme drafts the patient notices)"};
    BOOST_TEST(records == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aFieldOutsideItsRepetitionIsRefusedWithItsLocation) {
    const auto t = templateOf({para({fld("term.amount", 12)})});
    BOOST_CHECK_EXCEPTION(evaluate(t, settlementCase()), cg::domain::ValidationError, [](const auto& e) {
        const std::string what = e.what();
        return what.find("term.amount") != std::string::npos && what.find("agreement.xml:12") != std::string::npos;
    });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TemplateDocumentFrame)

BOOST_AUTO_TEST_CASE(runningTextInfoWatermarkAndPageSetupComeFromTemplateAndCase) {
    auto t = templateOf({para({lit("Body")}), pageBreak(), para({lit("More")})});
    t.headerLeft = {fld("case.reference")};
    t.headerRight = {fld("case.title")};
    t.footer = {lit("Draft "), fld("draft.version"), lit(" of "), fld("draft.date"), lit(" — not legal advice")};
    t.watermark = "DRAFT";
    t.page.paper = PaperSize::Letter;
    const auto evaluated = evaluateTemplate(t, DraftContext{settlementCase(), 3, cg::domain::Date(2026, 11, 23),
                                                            cg::domain::Instant::parse("2026-11-23T10:15:00Z")});
    const Document& d = evaluated.document;
    BOOST_TEST(d.running.headerLeft == "CG-2026-0042");
    BOOST_TEST(d.running.headerRight == "Harbour Dental Group v Acme IT Services");
    BOOST_TEST(d.running.footer == "Draft 3 of 23 November 2026 — not legal advice");
    BOOST_TEST(d.running.pageLabel == "Page {page} of {pages}");
    BOOST_TEST(d.info.title == "Settlement Agreement and Mutual Release");
    BOOST_TEST(d.info.author == "Dr. Ingrid Størseth");
    BOOST_TEST(d.info.subject == "Settlement agreement — draft 3");
    BOOST_TEST(d.info.createdAt.toString() == "2026-11-23T10:15:00Z");
    BOOST_TEST(d.watermark.value_or("") == "DRAFT");
    BOOST_TEST((d.page.paper == PaperSize::Letter));
    BOOST_REQUIRE_EQUAL(d.blocks.size(), 3u);
    BOOST_TEST(std::holds_alternative<PageBreak>(d.blocks[1]));
}

BOOST_AUTO_TEST_SUITE_END()
