// The templates CommonGround ships in reports/ load with their clause
// library and have the structure a settlement needs.
#include <algorithm>

#include "templates/template_fixture.h"

using namespace cg::testing;

namespace {

dd::DocumentTemplate shipped(const std::string& name) {
    return cg::exchange::readDocumentTemplate(kReportsDir / (name + ".xml"), kShippedClauses);
}

bool uses(const dd::DocumentTemplate& t, const std::string& field) {
    const auto fields = fieldsUsed(t);
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ShippedTemplates)

BOOST_AUTO_TEST_CASE(settlementAgreementHasItsSectionsInOrder) {
    const dd::DocumentTemplate t = shipped("settlement-agreement");
    const std::vector<std::string> expected{"Parties",
                                            "Recitals",
                                            "Definitions",
                                            "Accepted terms",
                                            "Settlement payment",
                                            "Security Programme",
                                            "Notification and regulator cooperation",
                                            "Credit monitoring",
                                            "Transition and exit assistance",
                                            "Service credits",
                                            "Conditions and effectiveness",
                                            "Mutual release",
                                            "Covenant not to sue and dismissal",
                                            "No admission",
                                            "Confidentiality",
                                            "Non-disparagement and public statements",
                                            "Representations and warranties",
                                            "Third-party claims and regulatory fines",
                                            "Governing law and venue",
                                            "Disputes about this Agreement",
                                            "General",
                                            "Signatures"};
    BOOST_TEST(sectionTitles(t) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(settlementAgreementCarriesDraftMarkAndVersionedFooter) {
    const dd::DocumentTemplate t = shipped("settlement-agreement");
    BOOST_TEST(t.name == "settlement-agreement");
    BOOST_TEST(t.watermark.value_or("") == "DRAFT");
    BOOST_TEST(plainText(t.footer).find("Draft {draft.version}") == 0u);
    BOOST_TEST(plainText(t.footer).find("not legal advice") != std::string::npos);
    BOOST_TEST((t.page.paper == dd::PaperSize::Letter));
}

BOOST_AUTO_TEST_CASE(settlementAgreementBindsTheCaseWhereItSuppliesAValue) {
    const dd::DocumentTemplate t = shipped("settlement-agreement");
    for (const char* field : {"party.name", "party.role", "party.address", "fact.description", "clause.text",
                              "case.governingLaw", "case.mediator", "draft.totalPayment", "instalment.amount",
                              "term.description"})
        BOOST_TEST(uses(t, field), field);
}

BOOST_AUTO_TEST_CASE(paymentTermsAppearOnlyWhenAPaymentIsAccepted) {
    const dd::DocumentTemplate t = shipped("settlement-agreement");
    const auto nodes = allNodes(t.body);
    const auto payment = std::find_if(nodes.begin(), nodes.end(), [](const dd::TemplateNode* n) {
        const auto* c = std::get_if<dd::ConditionalNode>(&n->content);
        return c && c->condition.kind == dd::Condition::Kind::TermAccepted &&
               c->condition.termKinds == std::vector<cg::domain::OptionKind>{cg::domain::OptionKind::Payment};
    });
    BOOST_TEST_REQUIRE((payment != nodes.end()));
    const auto& section = onlyNode<dd::SectionNode>(std::get<dd::ConditionalNode>((*payment)->content).then);
    BOOST_TEST(plainText(section.title) == "Settlement payment");
}

BOOST_AUTO_TEST_CASE(includedClausesAreInlinedWithTheirOwnFileAndLines) {
    const dd::DocumentTemplate t = shipped("settlement-agreement");
    const std::string confidentiality = (kShippedClauses / "confidentiality.xml").string();
    const auto nodes = allNodes(t.body);
    const auto fromClauseFile = std::find_if(nodes.begin(), nodes.end(), [&](const dd::TemplateNode* n) {
        const auto* c = std::get_if<dd::ClauseNode>(&n->content);
        return c && plainText(c->title) == "Permitted disclosure";
    });
    BOOST_TEST_REQUIRE((fromClauseFile != nodes.end()));
    BOOST_TEST((*fromClauseFile)->where.file == confidentiality);
    BOOST_TEST((*fromClauseFile)->where.line == 9);
    const bool anyInclude = std::any_of(nodes.begin(), nodes.end(), [&](const dd::TemplateNode* n) {
        return n->where.file.find("include") != std::string::npos;
    });
    BOOST_TEST(!anyInclude);
}

BOOST_AUTO_TEST_CASE(settlementAgreementEndsWithSignatureBlocksOfTheSigningParties) {
    const dd::DocumentTemplate t = shipped("settlement-agreement");
    const auto& last = std::get<dd::SectionNode>(t.body.back().content);
    const auto& signatures = std::get<dd::SignaturesNode>(last.children.back().content);
    BOOST_TEST((signatures.over == dd::Collection::SigningParties));
    BOOST_TEST(signatures.dated);
}

BOOST_AUTO_TEST_CASE(termSheetSaysItIsBindingAndTablesTheAcceptedTerms) {
    const dd::DocumentTemplate t = shipped("term-sheet");
    const auto nodes = allNodes(t.body);
    bool binding = false, table = false;
    for (const auto* n : nodes) {
        if (const auto* p = std::get_if<dd::ParagraphNode>(&n->content))
            binding = binding || plainText(p->text).find("binding and enforceable") != std::string::npos;
        if (const auto* tb = std::get_if<dd::TableNode>(&n->content))
            table = table || tb->rows == dd::Collection::AcceptedTerms;
    }
    BOOST_TEST(binding);
    BOOST_TEST(table);
    BOOST_TEST(sectionTitles(t).back() == "Signatures");
}

BOOST_AUTO_TEST_CASE(misspeltFieldInACopyOfTheAgreementIsReportedAtItsLine) {
    ScopedTempDir dir;
    std::string text = readBytes((kReportsDir / "settlement-agreement.xml").string());
    const std::size_t at = text.find("<field name=\"party.address\"/>;");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    text.replace(at, 29, "<field name=\"party.adress\"/>");
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
    writeBytes(dir.file("agreement.xml"), text);
    try {
        cg::exchange::readDocumentTemplate(dir.file("agreement.xml"), kShippedClauses);
        BOOST_FAIL("the broken copy was read");
    } catch (const cg::exchange::ImportError& e) {
        BOOST_TEST(e.file() == dir.file("agreement.xml"));
        BOOST_TEST(e.line() == line);
        BOOST_TEST(mentions(e, "unknown field 'party.adress' (party has: number, name, role"));
    }
}

BOOST_AUTO_TEST_CASE(brokenStandardClauseIsReportedInItsFileWithTheTemplateThatIncludesIt) {
    ScopedTempDir library;
    for (const auto& entry : std::filesystem::directory_iterator(kShippedClauses))
        std::filesystem::copy_file(entry.path(), library.path() / entry.path().filename());
    const std::string clause = library.file("confidentiality.xml");
    std::string text = readBytes(clause);
    const std::size_t at = text.find("<clause title=\"Disclosure compelled by law\">");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    text.insert(at, "<clause title=\"Stray\"><p>To <field name=\"party.name\"/></p></clause>\n  ");
    writeBytes(clause, text);
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
    const std::string agreement = (kReportsDir / "settlement-agreement.xml").string();
    const std::string agreementText = readBytes(agreement);
    const std::size_t include = agreementText.find("<include clause=\"confidentiality\"/>");
    BOOST_TEST_REQUIRE(include != std::string::npos);
    const std::size_t lineStart = agreementText.rfind('\n', include) + 1;
    const std::string includedFrom =
        agreement + ":" +
        std::to_string(1 + std::count(agreementText.begin(), agreementText.begin() + include, '\n')) + ":" +
        std::to_string(include - lineStart + 1);
    try {
        cg::exchange::readDocumentTemplate(agreement, library.path());
        BOOST_FAIL("the broken clause was read");
    } catch (const cg::exchange::ImportError& e) {
        BOOST_TEST(e.file() == clause);
        BOOST_TEST(e.line() == line);
        BOOST_TEST(e.column() == 38);
        BOOST_TEST(mentions(e, "'party.name' is used outside a repetition over parties or signing-parties "
                               "(included from " + includedFrom + ")"));
    }
}

BOOST_AUTO_TEST_SUITE_END()
