// The fee split and the invoices, with figures worked out by hand: three
// paying parties at 33.34 / 33.33 / 33.33 %, 7 h 20 min at 250.00 an hour.
#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "domain/practice/fees.h"
#include "domain/validation.h"
#include "support/case_builder.h"

using namespace cg::domain;
using namespace cg::domain::practice;
using cg::testing::CaseBuilder;

namespace {

Money usd(std::int64_t cents) { return Money(cents, "USD"); }

std::vector<std::int64_t> cents(const std::vector<Money>& amounts) {
    std::vector<std::int64_t> result;
    for (const auto& m : amounts) result.push_back(m.minorUnits());
    return result;
}

// Two claimants and a respondent who pay, and an insurer who does not.
CaseBuilder threePayers() {
    CaseBuilder b;
    b.withParty("Zahnarztpraxis Müller")
        .withParty("Dr. Jürgen Müller")
        .withParty("Bridgeview Managed IT Services, Inc.", PartyRole::Respondent)
        .withParty("Northern Mutual Cyber", PartyRole::Insurer);
    b.record().head.fees.hourlyRate = usd(25000);
    MediationSession joint;
    joint.no = 1;
    joint.startedAt = Instant::parse("2026-03-02T09:00:00Z");
    b.record().sessions.push_back(joint);
    return b;
}

void addTime(CaseRecord& r, Date on, int minutes, TimeActivity activity, OptionalNo session = {},
             bool billable = true) {
    TimeEntry e;
    e.no = nextNo(r.timeEntries);
    e.workedOn = on;
    e.minutes = minutes;
    e.activity = activity;
    e.sessionNo = session;
    e.billable = billable;
    r.timeEntries.push_back(e);
}

void addExpense(CaseRecord& r, Date on, std::string description, Money amount, OptionalNo chargedTo = {}) {
    Expense e;
    e.no = nextNo(r.expenses);
    e.incurredOn = on;
    e.description = std::move(description);
    e.amount = std::move(amount);
    e.chargedToPartyNo = chargedTo;
    r.expenses.push_back(e);
}

void addPayment(CaseRecord& r, RecordNo party, Date on, Money amount) {
    Payment p;
    p.no = nextNo(r.payments);
    p.partyNo = party;
    p.receivedOn = on;
    p.amount = std::move(amount);
    r.payments.push_back(p);
}

// 7 h 20 min in the joint session and 2 h drafting, both billable, and
// 1 h 30 min of preparation that is not; room hire shared, travel charged
// to the respondent; the first two parties have paid something.
CaseRecord billedCase() {
    CaseBuilder b = threePayers();
    CaseRecord& r = b.record();
    addTime(r, Date(2026, 3, 5), 120, TimeActivity::Drafting);
    addTime(r, Date(2026, 3, 2), 440, TimeActivity::Session, 1);
    addTime(r, Date(2026, 3, 1), 90, TimeActivity::Preparation, {}, false);
    addExpense(r, Date(2026, 3, 2), "Room hire", usd(30000));
    addExpense(r, Date(2026, 3, 2), "Travel", usd(12000), 3);
    addPayment(r, 1, Date(2026, 3, 10), usd(50000));
    addPayment(r, 3, Date(2026, 3, 11), usd(20000));
    return b.build();
}

std::string validationMessage(const FeeArrangement& fees, const CaseRecord& record) {
    try {
        validate(fees, RecordIndex::of(record));
        return "";
    } catch (const ValidationError& e) {
        return e.what();
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(FeeSplit)

BOOST_AUTO_TEST_CASE(claimantsAndRespondentsShareEquallyAndTheFirstTakesTheOddPoint) {
    const auto shares = effectiveShares(threePayers().build());
    BOOST_TEST_REQUIRE(shares.size() == 3u);
    BOOST_TEST(shares[0].partyNo == 1);
    BOOST_TEST(shares[0].basisPoints == 3334);
    BOOST_TEST(shares[1].partyNo == 2);
    BOOST_TEST(shares[1].basisPoints == 3333);
    BOOST_TEST(shares[2].partyNo == 3);
    BOOST_TEST(shares[2].basisPoints == 3333);
}

BOOST_AUTO_TEST_CASE(theCasesOwnSplitReplacesTheEqualOne) {
    CaseBuilder b = threePayers();
    b.record().head.fees.shares = {{3, 6000}, {4, 4000}};
    const auto shares = effectiveShares(b.build());
    BOOST_TEST_REQUIRE(shares.size() == 2u);
    BOOST_TEST(shares[0].partyNo == 3);
    BOOST_TEST(shares[1].basisPoints == 4000);
}

BOOST_AUTO_TEST_CASE(aCaseWithNobodyWhoPaysByDefaultHasNoShares) {
    CaseBuilder b;
    b.withParty("Northern Mutual Cyber", PartyRole::Insurer);
    BOOST_TEST(effectiveShares(b.build()).empty());
}

BOOST_AUTO_TEST_CASE(leftoverCentsGoToTheLargestRemaindersSoThePartsAddUp) {
    // 183,333 × 0.3334 = 61,123.22; × 0.3333 = 61,104.89 twice: 61,331 given,
    // the two cents left go to the .89 remainders, not to the first party.
    const std::vector<FeeShare> shares{{1, 3334}, {2, 3333}, {3, 3333}};
    BOOST_TEST(cents(splitAmount(usd(183333), shares)) == (std::vector<std::int64_t>{61123, 61105, 61105}),
               boost::test_tools::per_element());
    BOOST_TEST(cents(splitAmount(usd(1), shares)) == (std::vector<std::int64_t>{1, 0, 0}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(equalRemaindersFavourTheEarlierShare) {
    BOOST_TEST(cents(splitAmount(usd(101), {{1, 5000}, {2, 5000}})) == (std::vector<std::int64_t>{51, 50}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(splittingBySharesThatDoNotMakeAWholeIsRefused) {
    try {
        splitAmount(usd(10000), {{1, 6000}, {2, 3000}});
        BOOST_FAIL("a 90 % split was used");
    } catch (const ValidationError& e) {
        BOOST_TEST(std::string(e.what()) == "the fee split adds up to 90 %, not 100 %; the amount cannot be divided by it");
    }
}

BOOST_AUTO_TEST_CASE(aSplitOfNinetyPercentIsRefusedByValidation) {
    const CaseRecord record = threePayers().build();
    FeeArrangement fees;
    fees.shares = {{1, 6000}, {3, 3000}};
    BOOST_TEST(validationMessage(fees, record) == "the fee split adds up to 90 %, not 100 %");
    fees.shares = {{1, 3334}, {2, 3333}, {3, 3334}};
    BOOST_TEST(validationMessage(fees, record) == "the fee split adds up to 100.01 %, not 100 %");
    fees.shares = {{1, 5000}, {9, 5000}};
    BOOST_TEST(validationMessage(fees, record) == "fee split: party 9 is not in this case");
    fees.shares = {{1, 5000}, {1, 5000}};
    BOOST_TEST(validationMessage(fees, record) == "fee split: party 1 is named twice");
    fees.shares = {{1, 10000}, {2, 0}};
    BOOST_TEST(validationMessage(fees, record) == "fee split: party 2's share must be more than 0 % and at most 100 %");
    fees.shares = {{1, 6000}, {4, 4000}};
    BOOST_TEST(validationMessage(fees, record) == "");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(PartyInvoices)

BOOST_AUTO_TEST_CASE(billableTimeIsChargedAtTheRateAndSplitLineByLine) {
    const PartyInvoice invoice = invoiceFor(billedCase(), 1, Date(2026, 3, 31));
    BOOST_TEST(invoice.number == "CG-2026-0001-1");
    BOOST_TEST(invoice.partyName == "Zahnarztpraxis Müller");
    BOOST_TEST((invoice.issuedOn == Date(2026, 3, 31)));
    BOOST_TEST_REQUIRE(invoice.fees.size() == 2u);  // the unbillable preparation is left out
    const InvoiceLine& session = invoice.fees[0];
    BOOST_TEST((session.date == Date(2026, 3, 2)));
    BOOST_TEST(session.description == "Joint session (session 1)");
    BOOST_TEST(session.quantity == "7.33 h");
    BOOST_TEST(session.caseAmount.display() == "USD 1,833.33");
    BOOST_TEST(session.basisPoints == 3334);
    BOOST_TEST(session.partyAmount.display() == "USD 611.23");
    BOOST_TEST(invoice.fees[1].description == "Drafting");
    BOOST_TEST(invoice.fees[1].quantity == "2.00 h");
    BOOST_TEST(invoice.fees[1].partyAmount.display() == "USD 166.70");
    BOOST_TEST(invoice.feesTotal.display() == "USD 777.93");
}

BOOST_AUTO_TEST_CASE(sharedExpensesAreSplitAndAChargedOneGoesWhollyToItsParty) {
    const CaseRecord record = billedCase();
    const PartyInvoice first = invoiceFor(record, 1, Date(2026, 3, 31));
    BOOST_TEST_REQUIRE(first.expenses.size() == 1u);  // travel is charged to party 3
    BOOST_TEST(first.expenses[0].description == "Room hire");
    BOOST_TEST(first.expenses[0].quantity == "");
    BOOST_TEST(first.expenses[0].partyAmount.display() == "USD 100.02");

    const PartyInvoice respondent = invoiceFor(record, 3, Date(2026, 3, 31));
    BOOST_TEST_REQUIRE(respondent.expenses.size() == 2u);
    BOOST_TEST(respondent.expenses[0].partyAmount.display() == "USD 99.99");
    BOOST_TEST(respondent.expenses[1].description == "Travel");
    BOOST_TEST(respondent.expenses[1].basisPoints == 10000);
    BOOST_TEST(respondent.expenses[1].partyAmount.display() == "USD 120.00");
    BOOST_TEST(respondent.expensesTotal.display() == "USD 219.99");
}

BOOST_AUTO_TEST_CASE(totalsSubtractOnlyThisPartysPayments) {
    const CaseRecord record = billedCase();
    const PartyInvoice first = invoiceFor(record, 1, Date(2026, 3, 31));
    BOOST_TEST_REQUIRE(first.payments.size() == 1u);
    BOOST_TEST(first.invoiced.display() == "USD 877.95");
    BOOST_TEST(first.paid.display() == "USD 500.00");
    BOOST_TEST(first.balance.display() == "USD 377.95");

    const PartyInvoice second = invoiceFor(record, 2, Date(2026, 3, 31));
    BOOST_TEST(second.payments.empty());
    BOOST_TEST(second.invoiced.display() == "USD 877.69");
    BOOST_TEST(second.balance.display() == "USD 877.69");

    const PartyInvoice third = invoiceFor(record, 3, Date(2026, 3, 31));
    BOOST_TEST(third.invoiced.display() == "USD 997.69");
    BOOST_TEST(third.balance.display() == "USD 797.69");
}

BOOST_AUTO_TEST_CASE(anOverpaymentIsACreditNotANegativeBalance) {
    CaseRecord record = billedCase();
    addPayment(record, 2, Date(2026, 3, 20), usd(900'00));  // invoiced 877.69
    const PartyInvoice second = invoiceFor(record, 2, Date(2026, 3, 31));
    BOOST_TEST(second.paid.display() == "USD 900.00");
    BOOST_TEST(second.balance.isZero());
    BOOST_TEST(second.credit.display() == "USD 22.31");
    const auto accounts = partyAccounts(record);
    BOOST_TEST(accounts[1].credit.display() == "USD 22.31");
    BOOST_TEST(accounts[0].credit.isZero());
}

BOOST_AUTO_TEST_CASE(thePartiesInvoicesAddUpToEverythingBilled) {
    // Fees 1,833.33 + 500.00, expenses 300.00 + 120.00: 2,753.33.
    std::int64_t invoiced = 0;
    for (const PartyAccount& a : partyAccounts(billedCase())) invoiced += a.invoiced.minorUnits();
    BOOST_TEST(invoiced == 275333);
}

BOOST_AUTO_TEST_CASE(accountsListEveryPayingPartyWithItsBalance) {
    const auto accounts = partyAccounts(billedCase());
    BOOST_TEST_REQUIRE(accounts.size() == 3u);
    BOOST_TEST(accounts[0].partyNo == 1);
    BOOST_TEST(accounts[0].basisPoints == 3334);
    BOOST_TEST(accounts[0].balance.display() == "USD 377.95");
    BOOST_TEST(accounts[2].partyNo == 3);
    BOOST_TEST(accounts[2].paid.display() == "USD 200.00");
    BOOST_TEST(accounts[2].balance.display() == "USD 797.69");
}

BOOST_AUTO_TEST_CASE(aFixedFeeIsOneLineSplitByTheCaseShares) {
    CaseRecord record = billedCase();
    record.head.fees.basis = FeeBasis::Fixed;
    record.head.fees.fixedFee = usd(400000);
    record.head.fees.shares = {{1, 6000}, {3, 4000}};
    const PartyInvoice invoice = invoiceFor(record, 3, Date(2026, 3, 31));
    BOOST_TEST_REQUIRE(invoice.fees.size() == 1u);  // time entries are not billed on a fixed fee
    BOOST_TEST(invoice.fees[0].quantity == "fixed fee");
    BOOST_TEST((invoice.fees[0].date == Date(2026, 1, 15)));
    BOOST_TEST(invoice.fees[0].caseAmount.display() == "USD 4,000.00");
    BOOST_TEST(invoice.fees[0].partyAmount.display() == "USD 1,600.00");
    // Room hire 300.00 × 40 % and the travel charged to this party.
    BOOST_TEST(invoice.expensesTotal.display() == "USD 240.00");
    BOOST_TEST(invoice.balance.display() == "USD 1,640.00");
}

BOOST_AUTO_TEST_CASE(aPartyOfAnotherCaseIsNotFound) {
    try {
        invoiceFor(billedCase(), 9, Date(2026, 3, 31));
        BOOST_FAIL("an invoice was made out to party 9");
    } catch (const NotFound& e) {
        BOOST_TEST(std::string(e.what()) == "case CG-2026-0001 has no party 9");
    }
}

BOOST_AUTO_TEST_CASE(aPartyWithoutAShareIsToldHowToGetOne) {
    try {
        invoiceFor(billedCase(), 4, Date(2026, 3, 31));
        BOOST_FAIL("the insurer was invoiced");
    } catch (const ValidationError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "party 4 (Northern Mutual Cyber) pays no part of the fees; give it a share in the fee split");
        BOOST_TEST(e.recordKind() == "party");
        BOOST_TEST(e.recordNo() == 4);
    }
}

BOOST_AUTO_TEST_CASE(aBrokenSplitStopsTheInvoice) {
    CaseRecord record = billedCase();
    record.head.fees.shares = {{1, 6000}, {3, 3000}};
    try {
        invoiceFor(record, 1, Date(2026, 3, 31));
        BOOST_FAIL("an invoice was made on a 90 % split");
    } catch (const ValidationError& e) {
        BOOST_TEST(std::string(e.what()) == "the fee split adds up to 90 %, not 100 %");
    }
}

BOOST_AUTO_TEST_CASE(anExpenseInAnotherCurrencyIsRefused) {
    CaseRecord record = billedCase();
    addExpense(record, Date(2026, 3, 3), "Interpreter", Money(9000, "EUR"));
    try {
        invoiceFor(record, 1, Date(2026, 3, 31));
        BOOST_FAIL("a EUR expense went onto a USD invoice");
    } catch (const ValidationError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "expense 3 is in EUR, but case CG-2026-0001 is invoiced in USD; record it in USD");
    }
}

BOOST_AUTO_TEST_SUITE_END()
