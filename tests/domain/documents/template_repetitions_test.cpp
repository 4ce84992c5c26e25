// Repetitions over every collection, tables, signature blocks and names in
// any script.
#include <boost/test/unit_test.hpp>

#include "domain/documents/field_catalogue.h"
#include "draft_cases.h"
#include "template_builders.h"

using namespace cg::testing;
using namespace cg::domain::documents;
using cg::domain::OptionStatus;

namespace {

// One paragraph per element: "<number>. <field>".
std::vector<std::string> listed(Collection over, const std::string& field, const cg::domain::CaseRecord& record) {
    const auto variable = std::string(boundVariable(over));
    const auto t = templateOf({repeat(over, {para({fld(variable + ".number"), lit(". "), fld(field)})},
                                      {para({lit("none")})})});
    std::vector<std::string> result;
    for (const auto& line : lines(evaluate(t, record).document)) result.push_back(line.substr(line.find('|') + 1));
    return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(TemplateRepetitions)

BOOST_AUTO_TEST_CASE(partiesRunOverEveryPartyAndSigningPartiesOverClaimantsAndRespondents) {
    const auto record = settlementCase();
    const std::vector<std::string> all{"1. Harbour Dental Group LLC", "2. Acme IT Services LLC",
                                       "3. Northbridge Mutual Insurance"};
    const std::vector<std::string> signing{"1. Harbour Dental Group LLC", "2. Acme IT Services LLC"};
    BOOST_TEST(listed(Collection::Parties, "party.name", record) == all, boost::test_tools::per_element());
    BOOST_TEST(listed(Collection::SigningParties, "party.name", record) == signing, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(acceptedTermsLeaveOutProposedAndRejectedOnes) {
    auto record = settlementCase();
    record.options[1].status = OptionStatus::Rejected;
    const std::vector<std::string> expected{"1. Acme pays the restoration costs", "2. Acme drafts the patient notices"};
    BOOST_TEST(listed(Collection::AcceptedTerms, "term.description", record) == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(instalmentsAtTopLevelRunOverEveryAcceptedTermWithTheirPayer) {
    auto record = settlementCase();
    record.options[1].amount = cg::domain::Money(10'000'00, "USD");
    record.options[1].instalments = {{cg::domain::Date(2027, 2, 1), cg::domain::Money(10'000'00, "USD")}};
    record.options[1].payerNo = kDental;
    const std::vector<std::string> expected{"1. USD 23,100.00 on 15 December 2026 by Acme IT Services LLC",
                                            "2. USD 23,100.00 on 15 January 2027 by Acme IT Services LLC",
                                            "3. USD 10,000.00 on 1 February 2027 by Harbour Dental Group LLC"};
    const auto t = templateOf({repeat(Collection::Instalments,
                                      {para({fld("instalment.number"), lit(". "), fld("instalment.amount"), lit(" on "),
                                             fld("instalment.dueOn"), lit(" by "), fld("instalment.payer")})})});
    std::vector<std::string> actual;
    for (const auto& line : lines(evaluate(t, record).document)) actual.push_back(line.substr(1));
    BOOST_TEST(actual == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(instalmentsInsideATermAreThatTermsOnlyAndAnEmptyOneUsesTheAlternative) {
    const auto t = templateOf({repeat(Collection::AcceptedTerms,
                                      {para({fld("term.number")}),
                                       repeat(Collection::Instalments, {para({lit("- "), fld("instalment.amount")})},
                                              {para({lit("in one sum")})})})});
    const std::vector<std::string> expected{"|1", "|- USD 23,100.00", "|- USD 23,100.00", "|2", "|in one sum",
                                            "|3", "|in one sum"};
    BOOST_TEST(lines(evaluate(t, settlementCase()).document) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(agreedFactsComeInDateOrderAndDisputedOnesNeverAppear) {
    const std::vector<std::string> expected{"1. Backups had not been tested",
                                            "2. Ransomware encrypted the file server"};
    BOOST_TEST(listed(Collection::AgreedFacts, "fact.description", settlementCase()) == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sharedInterestsAreThoseAcceptedTermsServeExceptConfidentialOnes) {
    // Interest 3 is served by the security programme but is mediator-only;
    // interest 2 is served only by the proposed acknowledgment.
    const std::vector<std::string> expected{"1. Keep the practice open (Harbour Dental Group LLC)",
                                            "2. Stronger security going forward (Harbour Dental Group LLC)",
                                            "3. Keep a secure client relationship (Acme IT Services LLC)"};
    const auto t = templateOf({repeat(Collection::SharedInterests,
                                      {para({fld("interest.number"), lit(". "), fld("interest.description"),
                                             lit(" ("), fld("interest.party"), lit(")")})})});
    std::vector<std::string> actual;
    for (const auto& line : lines(evaluate(t, settlementCase()).document)) actual.push_back(line.substr(1));
    BOOST_TEST(actual == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(contractClausesNameTheirDocumentOrItsKindWhenUntitled) {
    const std::vector<std::string> expected{"1. Managed Services Agreement of 1 May 2023",
                                            "2. Service Level Agreement"};
    BOOST_TEST(listed(Collection::ContractClauses, "clause.document", settlementCase()) == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(anEmptyCollectionRendersTheEmptyAlternative) {
    auto record = settlementCase();
    for (auto& f : record.facts) f.standing = cg::domain::FactStanding::Disputed;
    BOOST_TEST(listed(Collection::AgreedFacts, "fact.description", record) == std::vector<std::string>{"none"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aTableHasOneRowPerElementWithItsCellsFilled) {
    TableNode table;
    table.caption = "Payments";
    table.rows = Collection::AcceptedTerms;
    table.columns = {{"No.", 0.5, Alignment::Right, {fld("term.number")}},
                     {"Term", 3, Alignment::Left, {fld("term.description")}},
                     {"Amount", 1.5, Alignment::Right, {fld("term.amount")}}};
    const auto evaluated = evaluate(templateOf({node(table)}), settlementCase());
    const auto tables = blocksOf<Table>(evaluated.document);
    BOOST_REQUIRE_EQUAL(tables.size(), 1u);
    BOOST_TEST(tables[0]->caption == "Payments");
    BOOST_REQUIRE_EQUAL(tables[0]->columns.size(), 3u);
    BOOST_TEST(tables[0]->columns[2].header == "Amount");
    BOOST_TEST((tables[0]->columns[2].alignment == Alignment::Right));
    BOOST_REQUIRE_EQUAL(tables[0]->rows.size(), 3u);
    BOOST_TEST((tables[0]->rows[0] == std::vector<std::string>{"1", "Acme pays the restoration costs", "USD 46,200.00"}));
    // The security programme has no amount: a visible blank, listed.
    BOOST_TEST(tables[0]->rows[1][2] == kBlankLine);
    BOOST_TEST(evaluated.unfilled.size() == 2u);
}

BOOST_AUTO_TEST_CASE(signatureBlocksCarryCaptionPartyAndSignatory) {
    auto record = settlementCase();
    record.parties[1].signatoryName.clear();
    record.parties[1].signatoryTitle.clear();
    const auto evaluated =
        evaluate(templateOf({node(SignaturesNode{Collection::SigningParties, "For and on behalf of", true})}), record);
    const auto signatures = blocksOf<SignatureBlocks>(evaluated.document);
    BOOST_REQUIRE_EQUAL(signatures.size(), 1u);
    const auto& blocks = signatures[0]->blocks;
    BOOST_REQUIRE_EQUAL(blocks.size(), 2u);
    BOOST_TEST(blocks[0].caption == "For and on behalf of");
    BOOST_TEST(blocks[0].partyName == "Harbour Dental Group LLC");
    BOOST_TEST(blocks[0].signatoryName == "Maria Kovač");
    BOOST_TEST(blocks[0].signatoryTitle == "Managing Partner");
    BOOST_TEST(blocks[0].dated);
    BOOST_TEST(blocks[1].partyName == "Acme IT Services LLC");
    BOOST_TEST(blocks[1].signatoryName.empty());  // a blank "Name:" line for a hand to fill
}

BOOST_AUTO_TEST_CASE(signaturesOverTermsAreRefusedWithTheTemplateLine) {
    auto t = templateOf({node(SignaturesNode{Collection::AcceptedTerms, "For", true}, 88)});
    BOOST_CHECK_EXCEPTION(evaluate(t, settlementCase()), cg::domain::ValidationError, [](const auto& e) {
        return std::string(e.what()).find("agreement.xml:88") != std::string::npos &&
               std::string(e.what()).find("parties or signing-parties") != std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(accentedGreekAndCyrillicNamesPassThroughUnchanged) {
    auto record = settlementCase();
    record.parties[0].name = "Zahnarztpraxis Müller & Søn";
    record.parties[1].name = "Αθηναϊκή Πληροφορική Α.Ε.";
    record.parties[2].name = "ООО «Северный Щит»";
    record.parties[1].signatoryName = "Дмитрий Волков";
    const std::vector<std::string> expected{"1. Zahnarztpraxis Müller & Søn", "2. Αθηναϊκή Πληροφορική Α.Ε.",
                                            "3. ООО «Северный Щит»"};
    BOOST_TEST(listed(Collection::Parties, "party.name", record) == expected, boost::test_tools::per_element());
    const auto evaluated =
        evaluate(templateOf({node(SignaturesNode{Collection::SigningParties, "Signed", true})}), record);
    BOOST_TEST(blocksOf<SignatureBlocks>(evaluated.document)[0]->blocks[1].signatoryName == "Дмитрий Волков");
    const auto names = templateOf({para({fld("draft.partyNames")})});
    BOOST_TEST(lines(evaluate(names, record).document)[0] ==
               "|Zahnarztpraxis Müller & Søn and Αθηναϊκή Πληροφορική Α.Ε.");
}

BOOST_AUTO_TEST_SUITE_END()
