// The agreement to mediate rendered for the three sample cases, each with
// its own fee arrangement, and read back from the PDF.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>

#include "domain/errors.h"
#include "drafting/agreement_to_mediate.h"
#include "paper_fixture.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

// The samples may come with participants and fees of their own; each test
// case sets the arrangement it is about.
void withoutCoMediators(CaseRecord& record) {
    std::erase_if(record.participants, [](const Participant& p) { return p.role == ParticipantRole::CoMediator; });
}

const Date kDated(2026, 2, 2);
const Instant kMade = Instant::parse("2026-02-02T09:00:00Z");

// The dental case at 350.00 an hour, split equally by default between the
// practice and its provider, with a co-mediator.
CaseRecord dentalCase() {
    CaseRecord record = sampleCase("dental-practice-ransomware.cgcase");
    record.head.fees = {};
    record.head.fees.basis = FeeBasis::Hourly;
    record.head.fees.hourlyRate = Money(350'00, "USD");
    withoutCoMediators(record);
    Participant coMediator;
    coMediator.no = nextNo(record.participants);
    coMediator.name = "Tomasz Wiśniewski";
    coMediator.role = ParticipantRole::CoMediator;
    record.participants.push_back(coMediator);
    return record;
}

// The retailer's case for a fixed fee, paid 60/40 by the retailer and its host.
CaseRecord retailerCase() {
    CaseRecord record = sampleCase("online-retailer-cardholder-data.cgcase");
    withoutCoMediators(record);
    record.head.fees.basis = FeeBasis::Fixed;
    record.head.fees.fixedFee = Money(12'000'00, "USD");
    record.head.fees.shares = {{1, 6000}, {2, 4000}};
    return record;
}

// The coverage dispute at 295.00 an hour, split 40/40/20 by firm, insurer and broker.
CaseRecord engineeringCase() {
    CaseRecord record = sampleCase("engineering-firm-coverage-denial.cgcase");
    record.head.fees.basis = FeeBasis::Hourly;
    record.head.fees.hourlyRate = Money(295'00, "USD");
    record.head.fees.shares = {{1, 4000}, {2, 4000}, {3, 2000}};
    return record;
}

EvaluatedDocument agreementFor(const CaseRecord& record) {
    const auto agreement = shippedLibrary().load(cg::drafting::kAgreementToMediate);
    return cg::drafting::agreementToMediate(record, agreement, kDated, kMade);
}

// Party name → share, as the fee-split table of the document lists them.
std::map<std::string, std::string> sharesInTable(const Document& document) {
    const Table* table = tableWithCaption(document, "Fee split");
    BOOST_REQUIRE(table);
    std::map<std::string, std::string> shares;
    for (const auto& row : table->rows) shares[row.at(1)] = row.at(3);
    return shares;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(AgreementToMediate)

BOOST_AUTO_TEST_CASE(everyShippedTemplateStillPassesTheTemplateCheck) {
    const auto library = shippedLibrary();
    const auto names = library.templateNames();
    BOOST_TEST((std::find(names.begin(), names.end(), "agreement-to-mediate") != names.end()));
    for (const auto& name : names) {
        BOOST_TEST_CONTEXT(name) {
            BOOST_CHECK_NO_THROW(library.load(name));
        }
    }
    BOOST_TEST(library.load(cg::drafting::kAgreementToMediate).title == "Agreement to Mediate");
}

BOOST_AUTO_TEST_CASE(theDentalAgreementSaysWhatTheMediatorIsAndIsNot) {
    const auto evaluated = agreementFor(dentalCase());
    BOOST_TEST(evaluated.unfilled.empty());
    const std::string text = readableText(evaluated.document);
    BOOST_TEST(contains(text, "AGREEMENT TO MEDIATE"));
    BOOST_TEST(contains(text, "Dated 2 February 2026"));
    BOOST_TEST(contains(text, "Helen Achterberg (the Mediator)"));
    BOOST_TEST(contains(text, "The Mediator is not counsel to any Party, gives no legal, tax, insurance or technical advice"));
    BOOST_TEST(contains(text, "Each Party should take independent legal advice"));
    BOOST_TEST(contains(text, "No Party shall call the Mediator as a witness"));
    BOOST_TEST(inOrder(text, {"No Party shall subpoena, or seek the production of,", "Mediator's notes, files or records of the mediation"}));
    BOOST_TEST(contains(text, "Any Party may withdraw at any time and for any reason"));
    BOOST_TEST(contains(text, "the Mediator declares in writing that the mediation has reached an impasse"));
    BOOST_TEST(contains(text, "the Parties sign a settlement of the whole Dispute"));
    BOOST_TEST(!contains(text, "{"), "no unresolved field markup");
}

BOOST_AUTO_TEST_CASE(confidentialityHasTheUniformMediationActStyleExceptions) {
    const std::string text = readableText(agreementFor(dentalCase()).document);
    BOOST_TEST(inOrder(text, {"Confidentiality", "does not extend to a communication",
                              "threatens, or states a plan, to cause bodily harm",
                              "used to plan, attempt, commit or conceal a crime",
                              "abuse, neglect, abandonment or exploitation of a child or of an elderly",
                              "professional misconduct or malpractice against the Mediator"}));
}

BOOST_AUTO_TEST_CASE(anHourlyFeeIsStatedWithItsRateAndTheEqualSplit) {
    const auto evaluated = agreementFor(dentalCase());
    const std::string text = readableText(evaluated.document);
    BOOST_TEST(contains(text, "The Mediator charges USD 350.00 an hour"));
    BOOST_TEST(!contains(text, "fixed fee"));
    BOOST_TEST(contains(text, "up to four hours at the hourly rate"));
    const auto shares = sharesInTable(evaluated.document);
    BOOST_TEST(shares.at("Zahnarztpraxis Dr. Müller PLLC") == "50 %");
    BOOST_TEST(shares.at("Bridgeview Managed IT Services, Inc.") == "50 %");
    BOOST_TEST(shares.at("Empire Harbor Specialty Insurance Company") == "none");
    BOOST_TEST(shares.at("Keystone Professional Indemnity Company") == "none");
    BOOST_TEST(inOrder(text, {"Fee split", "Zahnarztpraxis Dr. Müller PLLC", "50 %", "Bridgeview Managed IT Services, Inc.",
                              "50 %", "Empire Harbor Specialty Insurance Company", "none"}));
}

BOOST_AUTO_TEST_CASE(theCoMediatorIsNamedAndSigns) {
    const std::string text = readableText(agreementFor(dentalCase()).document);
    BOOST_TEST(contains(text, "Co-mediating with the Mediator: Tomasz Wiśniewski"));
    BOOST_TEST(inOrder(text, {"Signatures", "Signed by each Party", "Zahnarztpraxis Dr. Müller PLLC",
                              "Signed by the Mediator", "Helen Achterberg, Mediator", "Signature:",
                              "Tomasz Wiśniewski, co-mediator", "Signature:"}));
}

BOOST_AUTO_TEST_CASE(aFixedFeeIsStatedOnceWithTheCasesOwnSplit) {
    const auto evaluated = agreementFor(retailerCase());
    BOOST_TEST(evaluated.unfilled.empty());
    const std::string text = readableText(evaluated.document);
    BOOST_TEST(contains(text, "The Mediator charges a fixed fee of USD 12,000.00 for the whole mediation"));
    BOOST_TEST(!contains(text, "an hour"));
    BOOST_TEST(!contains(text, "co-mediator"));
    BOOST_TEST(contains(text, "Ruth Sandberg, Mediator"));
    const auto shares = sharesInTable(evaluated.document);
    BOOST_TEST(shares.at("Boutique Élégance USA, Inc.") == "60 %");
    BOOST_TEST(shares.at("NimbusCore Cloud Hosting, Inc.") == "40 %");
    BOOST_TEST(shares.at("Maison Lefèvre & Fils S.A.S.") == "none");
    BOOST_TEST(contains(text, "Boutique Élégance USA, Inc."));
    BOOST_TEST(contains(text, "60 %"));
    BOOST_TEST(contains(text, "40 %"));
}

BOOST_AUTO_TEST_CASE(everyPartySignsEvenOneThatPaysNothing) {
    const auto evaluated = agreementFor(engineeringCase());
    BOOST_TEST(evaluated.unfilled.empty());
    const std::string text = readableText(evaluated.document);
    BOOST_TEST(contains(text, "USD 295.00 an hour"));
    const auto shares = sharesInTable(evaluated.document);
    BOOST_TEST(shares.at("Andreou Structural Engineering, Ltd.") == "40 %");
    BOOST_TEST(shares.at("Great Lakes Specialty Insurance Company") == "40 %");
    BOOST_TEST(shares.at("Midwest Risk Partners, Inc.") == "20 %");
    const SignatureBlocks* signatures = nullptr;
    for (const auto& block : evaluated.document.blocks)
        if (const auto* s = std::get_if<SignatureBlocks>(&block)) signatures = s;
    BOOST_TEST_REQUIRE(signatures);
    BOOST_TEST(signatures->blocks.size() == 3u);
    BOOST_TEST(inOrder(text, {"Signed for", "Andreou Structural Engineering, Ltd.", "Great Lakes Specialty Insurance Company",
                              "Midwest Risk Partners, Inc.", "Miriam Castellanos, Mediator"}));
}

BOOST_AUTO_TEST_CASE(aSplitThatDoesNotMakeAHundredPercentIsRefused) {
    CaseRecord record = engineeringCase();
    record.head.fees.shares = {{1, 4000}, {2, 4000}, {3, 1000}};
    try {
        agreementFor(record);
        BOOST_FAIL("an agreement was drafted on a 90 % split");
    } catch (const ValidationError& e) {
        BOOST_TEST(std::string(e.what()) == "the fee split adds up to 90 %, not 100 %");
    }
}

BOOST_AUTO_TEST_CASE(aMissingAddressIsPrintedAsALineAndListed) {
    CaseRecord record = dentalCase();
    record.parties[1].address.clear();
    const auto evaluated = agreementFor(record);
    BOOST_TEST_REQUIRE(evaluated.unfilled.size() == 1u);
    BOOST_TEST(evaluated.unfilled[0].path == "party.address");
    BOOST_TEST(evaluated.unfilled[0].record == "party 2 (Bridgeview Managed IT Services, Inc.)");
    BOOST_TEST(contains(readableText(evaluated.document), "of " + std::string(kBlankLine)));
}

BOOST_AUTO_TEST_SUITE_END()
