// Every field of the catalogue, filled from a case.
#include <boost/test/unit_test.hpp>

#include "domain/documents/field_catalogue.h"
#include "domain/documents/field_values.h"
#include "domain/documents/record_labels.h"
#include "draft_cases.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

// Every scope bound to a record of the settlement case, as deep inside
// repetitions as a template can go.
struct Bound {
    CaseRecord record = settlementCase();
    DraftFacts draft{4, Date(2026, 11, 23)};
    FieldBindings bindings;

    Bound() {
        record.head.summary = "Ransomware at a dental group.";
        record.parties[1].address = "1 Acme Way, Buffalo NY";
        record.parties[1].sector = "Managed IT services";
        record.parties[1].representative = "Jane Roe";
        record.parties[1].counsel = "Roe & Partners";
        record.parties[1].agreementSignedOn = Date(2026, 2, 3);
        record.head.fees.hourlyRate = Money(375'00, "USD");
        Participant coMediator;
        coMediator.no = 1;
        coMediator.name = "Tomasz Wiśniewski";
        coMediator.role = ParticipantRole::CoMediator;
        record.participants.push_back(coMediator);
        bindings.party = &record.parties[1];
        bindings.partyNumber = 2;
        bindings.term = &record.options[0];
        bindings.termNumber = 1;
        bindings.instalment = {&record.options[0], &record.options[0].instalments[1]};
        bindings.instalmentNumber = 2;
        bindings.fact = &record.facts[0];
        bindings.factNumber = 2;
        bindings.interest = &record.interests[4];
        bindings.interestNumber = 3;
        bindings.clause = &record.clauses[0];
        bindings.clauseNumber = 1;
    }
    std::string operator()(std::string_view path) const { return fieldValue(record, draft, bindings, path); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(FieldValues)

BOOST_AUTO_TEST_CASE(everyCatalogueFieldIsFilledFromACompleteCase) {
    const Bound value;
    for (const FieldDescription& field : fieldCatalogue()) {
        // The case is billed by the hour; the fixed fee is tested below.
        if (field.path == "case.fixedFee") continue;
        BOOST_TEST_CONTEXT(field.path) { BOOST_TEST(!value(field.path).empty()); }
    }
}

BOOST_AUTO_TEST_CASE(onlyTheFeeOfTheBasisInForceIsFilled) {
    Bound value;
    BOOST_TEST(value("case.feeBasis") == "hourly");
    BOOST_TEST(value("case.hourlyRate") == "USD 375.00");
    BOOST_TEST(value("case.fixedFee") == "");
    value.record.head.fees.basis = FeeBasis::Fixed;
    value.record.head.fees.fixedFee = Money(6'500'00, "USD");
    BOOST_TEST(value("case.feeBasis") == "fixed");
    BOOST_TEST(value("case.hourlyRate") == "");
    BOOST_TEST(value("case.fixedFee") == "USD 6,500.00");
}

BOOST_AUTO_TEST_CASE(feeSharesAreTheSplitInForce) {
    Bound value;
    // No split recorded: claimant and respondent pay half each, the insurer nothing.
    BOOST_TEST(value("party.feeShare") == "50 %");
    value.bindings.party = &value.record.parties[2];
    BOOST_TEST(value("party.feeShare") == "");
    value.record.head.fees.shares = {{1, 6667}, {3, 3333}};
    BOOST_TEST(value("party.feeShare") == "33.33 %");
    value.bindings.party = &value.record.parties[1];
    BOOST_TEST(value("party.feeShare") == "");
}

BOOST_AUTO_TEST_CASE(coMediatorsAreTheParticipantsInThatRole) {
    Bound value;
    BOOST_TEST(value("case.coMediators") == "Tomasz Wiśniewski");
    Participant counsel;
    counsel.no = 2;
    counsel.name = "Rebecca Lowenstein";
    Participant second = value.record.participants[0];
    second.no = 3;
    second.name = "Amara Okafor";
    value.record.participants.push_back(counsel);
    value.record.participants.push_back(second);
    BOOST_TEST(value("case.coMediators") == "Tomasz Wiśniewski and Amara Okafor");
    value.record.participants.clear();
    BOOST_TEST(value("case.coMediators") == "");
}

BOOST_AUTO_TEST_CASE(theAgreementToMediateIsDatedWhenSigned) {
    Bound value;
    BOOST_TEST(value("party.agreementSignedOn") == "3 February 2026");
    value.record.parties[1].agreementSignedOn.reset();
    BOOST_TEST(value("party.agreementSignedOn") == "");
}

BOOST_AUTO_TEST_CASE(moneyIsWrittenWithCurrencyAndGrouping) {
    const Bound value;
    BOOST_TEST(value("term.amount") == "USD 46,200.00");
    BOOST_TEST(value("instalment.amount") == "USD 23,100.00");
    BOOST_TEST(value("draft.totalPayment") == "USD 46,200.00");
}

BOOST_AUTO_TEST_CASE(totalPaymentAddsAcceptedPaymentsPerCurrency) {
    Bound value;
    auto second = value.record.options[0];
    second.no = 9;
    second.amount = Money(1'000'00, "USD");
    auto euros = second;
    euros.no = 10;
    euros.amount = Money(5'000'00, "EUR");
    auto proposed = second;
    proposed.no = 11;
    proposed.status = OptionStatus::Proposed;
    value.record.options.insert(value.record.options.end(), {second, euros, proposed});
    value.bindings = {};
    BOOST_TEST(value("draft.totalPayment") == "USD 47,200.00 and EUR 5,000.00");
}

BOOST_AUTO_TEST_CASE(datesAreWrittenOutWithEnglishMonthNames) {
    const Bound value;
    BOOST_TEST(value("draft.date") == "23 November 2026");
    BOOST_TEST(value("case.openedOn") == "15 January 2026");
    BOOST_TEST(value("instalment.dueOn") == "15 January 2027");
    BOOST_TEST(value("fact.discoveredOn") == "12 March 2026");
    BOOST_TEST(writtenDate(Date(2027, 5, 1)) == "1 May 2027");
}

BOOST_AUTO_TEST_CASE(anEstimatedOccurrenceSaysOnOrAbout) {
    Bound value;
    value.record.facts[0].occurredEstimated = true;
    BOOST_TEST(value("fact.occurredOn") == "on or about 10 March 2026");
}

BOOST_AUTO_TEST_CASE(vocabularyIsWrittenAsWords) {
    Bound value;
    BOOST_TEST(value("party.role") == "respondent");
    BOOST_TEST(value("party.kind") == "organisation");
    BOOST_TEST(value("fact.category") == "event");
    BOOST_TEST(value("interest.category") == "security improvement");
    BOOST_TEST(value("clause.kind") == "limitation of liability");
    value.bindings.term = &value.record.options[1];
    BOOST_TEST(value("term.kind") == "security programme");
    value.bindings.party = &value.record.parties[2];
    BOOST_TEST(value("party.role") == "insurer");
}

BOOST_AUTO_TEST_CASE(payerAndPayeeAreThePartiesNames) {
    const Bound value;
    BOOST_TEST(value("term.payer") == "Acme IT Services LLC");
    BOOST_TEST(value("term.payee") == "Harbour Dental Group LLC");
    BOOST_TEST(value("instalment.payer") == "Acme IT Services LLC");
    BOOST_TEST(value("interest.party") == "Acme IT Services LLC");
}

BOOST_AUTO_TEST_CASE(positionsNotRecordNumbersAreTheNumbers) {
    const Bound value;
    BOOST_TEST(value("party.number") == "2");
    BOOST_TEST(value("fact.number") == "2");
    BOOST_TEST(value("interest.number") == "3");
    BOOST_TEST(value("term.instalmentCount") == "2");
    BOOST_TEST(value("draft.version") == "4");
}

BOOST_AUTO_TEST_CASE(governingLawReadsAsTheLawsOfAPlaceUnlessItNamesTheLaw) {
    Bound value;
    BOOST_TEST(value("case.governingLaw") == "the laws of the State of New York");
    value.record.head.governingLaw = "German law";
    BOOST_TEST(value("case.governingLaw") == "German law");
    value.record.head.governingLaw = "the Commonwealth of Massachusetts";
    BOOST_TEST(value("case.governingLaw") == "the laws of the Commonwealth of Massachusetts");
}

BOOST_AUTO_TEST_CASE(whatTheCaseLeavesEmptyIsAnEmptyValue) {
    Bound value;
    value.bindings.party = &value.record.parties[2];
    BOOST_TEST(value("party.signatoryName").empty());
    BOOST_TEST(value("party.address").empty());
    value.bindings.term = &value.record.options[1];
    BOOST_TEST(value("term.amount").empty());
    value.record.options[1].payeeNo = 99;  // a dangling link
    BOOST_TEST(value("term.payee").empty());
    value.record.options[0].status = OptionStatus::Rejected;
    BOOST_TEST(value("draft.totalPayment").empty());
}

BOOST_AUTO_TEST_CASE(unknownAndUnboundFieldsAreRefusedWithAHint) {
    Bound value;
    BOOST_CHECK_EXCEPTION(value("party.nmae"), ValidationError, [](const ValidationError& e) {
        return std::string(e.what()).find("unknown field 'party.nmae' (party has: number, name") != std::string::npos;
    });
    value.bindings.term = nullptr;
    BOOST_CHECK_EXCEPTION(value("term.amount"), ValidationError, [](const ValidationError& e) {
        return std::string(e.what()).find("no term is bound") != std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(namesInAnyScriptPassThroughUnchanged) {
    Bound value;
    value.record.parties[1].name = "Ελληνική Ασφαλιστική";
    value.record.parties[0].name = "Кибер Защита ООО";
    value.record.parties[1].signatoryName = "Zoë Ørsted-Łukasiewicz";
    BOOST_TEST(value("party.name") == "Ελληνική Ασφαλιστική");
    BOOST_TEST(value("party.signatoryName") == "Zoë Ørsted-Łukasiewicz");
    BOOST_TEST(value("term.payee") == "Кибер Защита ООО");
    BOOST_TEST(value("draft.partyNames") == "Кибер Защита ООО and Ελληνική Ασφαλιστική");
}

BOOST_AUTO_TEST_CASE(theOwnerOfAFieldIsNamedForTheUnfilledList) {
    const Bound value;
    const FieldOwner party = fieldOwner(value.record, value.draft, value.bindings, "party.address");
    BOOST_TEST(party.label == "party 2 (Acme IT Services LLC)");
    BOOST_TEST(party.kind == "party");
    BOOST_TEST(party.no == 2);
    BOOST_TEST(fieldOwner(value.record, value.draft, value.bindings, "case.summary").label ==
               "the case (CG-2026-0042)");
    BOOST_TEST(fieldOwner(value.record, value.draft, value.bindings, "clause.text").label ==
               "clause 1 (Managed Services Agreement of 1 May 2023 § 9.2)");
}

BOOST_AUTO_TEST_SUITE_END()
