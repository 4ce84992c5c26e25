// A whole draft from a template shaped like reports/settlement-agreement.xml:
// the text it prints, what it keeps confidential, its pre-flight check, and
// the next version opening with what changed.
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "domain/documents/draft_comparison.h"
#include "domain/documents/draft_versions.h"
#include "domain/documents/field_catalogue.h"
#include "domain/documents/preflight.h"
#include "draft_cases.h"
#include "template_builders.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

// Every field of every scope, inside the repetition that binds it.
TemplateNodes everyField() {
    TemplateNodes result;
    const auto fieldsOf = [](std::string_view scope) {
        TemplateText text;
        for (const auto& f : fieldCatalogue())
            if (f.path.substr(0, f.path.find('.')) == scope) {
                text.push_back(fld(std::string(f.path)));
                text.push_back(lit(" / "));
            }
        return text;
    };
    result.push_back(para(fieldsOf("case")));
    result.push_back(para(fieldsOf("draft")));
    for (Collection c : {Collection::Parties, Collection::SigningParties, Collection::AcceptedTerms,
                         Collection::Instalments, Collection::AgreedFacts, Collection::SharedInterests,
                         Collection::ContractClauses})
        result.push_back(repeat(c, {para(fieldsOf(boundVariable(c)))}));
    return result;
}

DocumentTemplate agreement() {
    auto t = templateOf({
        para({lit("SETTLEMENT AGREEMENT AND MUTUAL RELEASE", TextStyle::Bold)}),
        section({lit("Parties")}, {repeat(Collection::SigningParties,
                                          {para({lit("("), fld("party.number"), lit(") "),
                                                 fld("party.name", 0, TextStyle::Bold), lit(", "), fld("party.role")})})},
                false),
        section({lit("Recitals")}, {repeat(Collection::AgreedFacts, {clause({}, {para({lit("On "), fld("fact.occurredOn"),
                                                                                     lit(": "), fld("fact.description")})})},
                                           {para({lit("[No agreed facts.]")})})},
                false),
        section({lit("Definitions")}, {clause({}, {para({lit("Effective Date means the date of the last signature.")})})}),
        when(termAccepted({OptionKind::Payment}),
             {section({lit("Settlement payment")},
                      {clause({lit("Amount")}, {para({lit("A total of "), fld("draft.totalPayment"), lit(".")})}),
                       clause({lit("Schedule")},
                              {repeat(Collection::AcceptedTerms,
                                      {repeat(Collection::Instalments,
                                              {clause({}, {para({fld("instalment.amount"), lit(" on "),
                                                                 fld("instalment.dueOn")})})})})})})}),
        when(termAccepted({OptionKind::CreditMonitoring}), {section({lit("Credit monitoring")}, {})}),
        section({lit("Governing law")}, {clause({}, {para({lit("This Agreement is governed by "),
                                                           fld("case.governingLaw"), lit(".")})})}),
        pageBreak(),
        section({lit("Signatures")}, {node(SignaturesNode{Collection::SigningParties, "For and on behalf of", true})},
                false),
    });
    t.headerLeft = {fld("case.reference")};
    t.footer = {lit("Draft "), fld("draft.version")};
    t.watermark = "DRAFT";
    return t;
}

CaseRecord readyCase() {
    auto record = settlementCase();
    record.facts[1].standing = FactStanding::Agreed;
    return record;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(SettlementDraft)

BOOST_AUTO_TEST_CASE(theAgreementReadsInOrderWithConsecutiveNumbers) {
    const auto evaluated = evaluate(agreement(), settlementCase());
    const std::vector<std::string> expected{
        "|SETTLEMENT AGREEMENT AND MUTUAL RELEASE",
        "|Parties",
        "|(1) Harbour Dental Group LLC, claimant",
        "|(2) Acme IT Services LLC, respondent",
        "|Recitals",
        "A|On 1 February 2026: Backups had not been tested",
        "B|On 10 March 2026: Ransomware encrypted the file server",
        "1|Definitions",
        "1.1|Effective Date means the date of the last signature.",
        "2|Settlement payment",
        "2.1|Amount. A total of USD 46,200.00.",
        "2.2|Schedule",
        "(a)|USD 23,100.00 on 15 December 2026",
        "(b)|USD 23,100.00 on 15 January 2027",
        // No credit monitoring was accepted: its section is left out and
        // does not take a number.
        "3|Governing law",
        "3.1|This Agreement is governed by the laws of the State of New York.",
        "|Signatures",
    };
    BOOST_TEST(lines(evaluated.document) == expected, boost::test_tools::per_element());
    BOOST_TEST(evaluated.unfilled.empty());
}

BOOST_AUTO_TEST_CASE(confidentialInterestsNeverReachTheAgreement) {
    auto record = settlementCase();
    record.interests[2].description = "MARKER-MEDIATOR-ONLY";  // served by the accepted security programme
    record.interests[0].visibility = Visibility::PartyAndMediator;
    record.interests[0].description = "MARKER-PARTY-AND-MEDIATOR";  // served by the accepted payment
    MediationSession caucus;
    caucus.no = 1;
    caucus.kind = SessionKind::Caucus;
    caucus.caucusPartyNo = kAcme;
    caucus.notes = {{1, Instant(), Visibility::PartyAndMediator, "MARKER-CAUCUS-NOTE"}};
    record.sessions = {caucus};
    const auto evaluated = evaluate(templateOf(everyField()), record);
    const auto text = allText(evaluated.document);
    for (const std::string marker : {"MARKER-MEDIATOR-ONLY", "MARKER-PARTY-AND-MEDIATOR", "MARKER-CAUCUS-NOTE"}) {
        BOOST_TEST_CONTEXT(marker) {
            BOOST_TEST(std::none_of(text.begin(), text.end(),
                                    [&](const std::string& t) { return t.find(marker) != std::string::npos; }));
        }
    }
    // The shared interests that are for everyone are there.
    BOOST_TEST(std::any_of(text.begin(), text.end(), [](const std::string& t) {
        return t.find("Keep a secure client relationship") != std::string::npos;
    }));
}

BOOST_AUTO_TEST_CASE(aReadyCasePassesThePreflightCheckAndIsRecordedAsVersionOne) {
    auto record = readyCase();
    const auto evaluated = evaluate(agreement(), record);
    BOOST_TEST(preflightDraft(record, evaluated, {}, draftDay()).empty());
    const auto draft = makeDraftRecord(record, "settlement-agreement", Instant::parse("2026-11-23T10:00:00Z"), "");
    BOOST_TEST(draft.version == 1);
    BOOST_TEST(evaluated.document.running.footer == "Draft 1");
}

BOOST_AUTO_TEST_CASE(theNextVersionOpensWithTheChangesSinceThePreviousOne) {
    auto record = readyCase();
    record.drafts.push_back(
        makeDraftRecord(record, "settlement-agreement", Instant::parse("2026-11-23T10:00:00Z"), ""));
    record.options[0].amount = Money(50'000'00, "USD");
    record.options[0].instalments[1].amount = Money(26'900'00, "USD");
    const auto next = makeDraftRecord(record, "settlement-agreement", Instant::parse("2026-11-30T10:00:00Z"), "");
    auto evaluated = evaluate(agreement(), record, next.version);
    auto changes = changesSinceBlocks(*latestDraft(record), next, record);
    evaluated.document.blocks.insert(evaluated.document.blocks.begin(), changes.begin(), changes.end());

    const auto& blocks = evaluated.document.blocks;
    BOOST_TEST(plainText(std::get<Heading>(blocks[0]).text) == "Changes since version 1");
    const auto& table = std::get<Table>(blocks[1]);
    BOOST_REQUIRE_EQUAL(table.rows.size(), 2u);
    BOOST_TEST(table.rows[0][1] == "amount");
    BOOST_TEST(table.rows[1][1] == "instalments");
    BOOST_TEST(std::holds_alternative<PageBreak>(blocks[2]));
    BOOST_TEST(evaluated.document.running.footer == "Draft 2");
    BOOST_TEST(preflightDraft(record, evaluated, {}, draftDay()).empty());
}

BOOST_AUTO_TEST_SUITE_END()
