// A party's invoice for the dental sample, laid out and read back from the
// PDF. The figures are those of tests/domain/practice/fees_test.cpp: a third
// each, 7 h 20 min at 250.00 and 2 h drafting, room hire shared, travel
// charged to the provider, 500.00 paid by the practice.
#include <boost/test/unit_test.hpp>

#include "domain/documents/invoice_document.h"
#include "domain/practice/fees.h"
#include "paper_fixture.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

Money usd(std::int64_t cents) { return Money(cents, "USD"); }

CaseRecord billedDentalCase() {
    CaseRecord record = sampleCase("dental-practice-ransomware.cgcase");
    record.head.fees.basis = FeeBasis::Hourly;
    record.head.fees.hourlyRate = usd(250'00);
    record.head.fees.shares = {{1, 3334}, {2, 3333}, {3, 3333}};
    TimeEntry joint;
    joint.no = 1;
    joint.workedOn = Date(2026, 3, 17);
    joint.minutes = 440;
    joint.sessionNo = 1;
    TimeEntry drafting;
    drafting.no = 2;
    drafting.workedOn = Date(2026, 3, 20);
    drafting.minutes = 120;
    drafting.activity = TimeActivity::Drafting;
    drafting.description = "Term sheet";
    record.timeEntries = {joint, drafting};
    Expense room{1, Date(2026, 3, 17), "Room hire, 100 Broad Street", usd(300'00), {}};
    Expense travel{2, Date(2026, 3, 17), "Travel", usd(120'00), RecordNo{2}};
    record.expenses = {room, travel};
    record.payments = {Payment{1, 1, Date(2026, 3, 25), usd(500'00), "Wire 88213"}};
    return record;
}

struct PracticeInvoice {
    CaseRecord record = billedDentalCase();
    practice::PartyInvoice invoice = practice::invoiceFor(record, 1, Date(2026, 3, 31));
    Document document = invoiceDocument(record, invoice, PaperSize::Letter);
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(InvoiceDocument, PracticeInvoice)

BOOST_AUTO_TEST_CASE(theHeadNamesTheMediatorTheInvoiceAndWhomItIsBilledTo) {
    const std::string text = readableText(document);
    BOOST_TEST(inOrder(text, {"Helen Achterberg", "Mediator", "Invoice", "Invoice number: CG-2026-0001-1",
                              "Date: 31 March 2026", "Bill to", "Zahnarztpraxis Dr. Müller PLLC",
                              "212 East 71st Street, Suite 3B, New York, NY 10021"}));
    BOOST_TEST(document.info.title == "Invoice CG-2026-0001-1 — CG-2026-0001");
    BOOST_TEST(document.info.author == "Helen Achterberg");
    BOOST_TEST((document.page.paper == PaperSize::Letter));
}

BOOST_AUTO_TEST_CASE(feeLinesShowTheCaseAmountTheShareAndThePartysPart) {
    const Table* fees = nullptr;
    for (const auto& block : document.blocks)
        if (const auto* t = std::get_if<Table>(&block); t && t->columns.size() == 6 && !fees) fees = t;
    BOOST_TEST_REQUIRE(fees);
    BOOST_TEST_REQUIRE(fees->rows.size() == 2u);
    const std::vector<std::string> session{"2026-03-17", "Joint session (session 1)", "7.33 h",
                                           "USD 1,833.33", "33.34 %", "USD 611.23"};
    BOOST_TEST(fees->rows[0] == session, boost::test_tools::per_element());
    const std::string text = readableText(document);
    BOOST_TEST(inOrder(text, {"Fees", "Joint session (session 1)", "7.33 h", "USD 1,833.33", "33.34 %", "USD 611.23",
                              "Term sheet", "2.00 h", "USD 500.00", "USD 166.70"}));
}

BOOST_AUTO_TEST_CASE(onlyTheSharedExpensesAndThisPartysPaymentsAppear) {
    const std::string text = readableText(document);
    BOOST_TEST(inOrder(text, {"Expenses", "Room hire, 100 Broad Street", "USD 300.00", "33.34 %", "USD 100.02",
                              "Payments received", "Wire 88213", "USD 500.00"}));
    BOOST_TEST(!contains(text, "Travel"));  // charged to the provider
}

BOOST_AUTO_TEST_CASE(theBalanceDueIsTheLastFigureAndInBold) {
    const std::string text = readableText(document);
    BOOST_TEST(inOrder(text, {"Payments received", "Fees: USD 777.93", "Expenses: USD 100.02",
                              "Total invoiced: USD 877.95", "Paid: USD 500.00", "Balance due: USD 377.95"}));
    BOOST_TEST(WrittenPdf(document).pageCount() == 1);  // a short invoice is one sheet
    bool bold = false;
    for (const auto& block : document.blocks)
        if (const auto* p = std::get_if<Paragraph>(&block))
            for (const auto& run : p->text)
                if (run.text == "Balance due: USD 377.95") bold = run.style == TextStyle::Bold;
    BOOST_TEST(bold);
}

BOOST_AUTO_TEST_CASE(anInvoiceWithNothingPaidSaysSo) {
    const auto second = practice::invoiceFor(record, 2, Date(2026, 3, 31));
    const std::string text = readableText(invoiceDocument(record, second));
    BOOST_TEST(contains(text, "Bill to Bridgeview Managed IT Services, Inc."));
    BOOST_TEST(contains(text, "No payments received yet."));
    const Table* expenses = nullptr;
    const auto document = invoiceDocument(record, second);
    for (const auto& block : document.blocks)
        if (const auto* t = std::get_if<Table>(&block); t && t->columns.size() == 5) expenses = t;
    BOOST_TEST_REQUIRE(expenses);
    BOOST_TEST_REQUIRE(expenses->rows.size() == 2u);
    const std::vector<std::string> travel{"2026-03-17", "Travel", "USD 120.00", "100 %", "USD 120.00"};
    BOOST_TEST(expenses->rows[1] == travel, boost::test_tools::per_element());
    BOOST_TEST(contains(text, "Balance due: USD 997.69"));
}

BOOST_AUTO_TEST_SUITE_END()
