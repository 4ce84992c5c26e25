// Time, expenses, payments, the fee arrangement and the invoices through
// the real commonground-cli. The figures: 2.5 billable hours at 400.00 and a
// shared room hire of 300.00 split 60/40, a 50.00 courier charged to party
// 2 alone, 500.00 paid by party 1.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "practice_case.h"
#include "support/pdf_text.h"

using namespace cg::testing;

namespace {

struct CaseWithAccounts : PracticeCase {
    void recordTheWork() const {
        ok({"fees", "set", ref, "--hourly", "400", "--split", "1=60,2=40"});
        ok({"time", "add", ref, "--hours", "2.5", "--on", "2026-02-10", "--activity", "session"});
        ok({"time", "add", ref, "--minutes", "30", "--on", "2026-02-11", "--activity",
            "administration", "--not-billable"});
        ok({"expense", "add", ref, "--amount", "300", "--on", "2026-02-10", "--description",
            "Room hire"});
        ok({"expense", "add", ref, "--amount", "50", "--on", "2026-02-12", "--description",
            "Courier", "--party", "2"});
        ok({"payment", "add", ref, "--party", "1", "--amount", "500", "--on", "2026-02-20",
            "--reference", "SEPA 4711"});
    }
    // The table row that names text, or "" when there is none.
    static std::string rowWith(const std::string& out, const std::string& text) {
        const auto at = out.find(text);
        if (at == std::string::npos) return {};
        const auto start = out.rfind('\n', at) + 1;
        return out.substr(start, out.find('\n', at) - start);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(TimeAndFees, CaseWithAccounts)

BOOST_AUTO_TEST_CASE(timeIsRecordedInHoursOrMinutesAndTotalled) {
    BOOST_TEST(ok({"time", "add", ref, "--hours", "2.5", "--on", "2026-02-10", "--description",
                   "Joint session"}) == "Added time entry 1 (2:30 h, session) to CG-2026-0001.\n");
    BOOST_TEST(ok({"time", "add", ref, "--minutes", "45", "--activity", "preparation",
                   "--not-billable"}) ==
               "Added time entry 2 (0:45 h, preparation, not billable) to CG-2026-0001.\n");
    const std::string list = ok({"time", "list", ref});
    BOOST_TEST(contains(rowWith(list, "Joint session"), "2026-02-10"), list);
    BOOST_TEST(contains(list, "Total 3:15 h, billable 2:30 h\n"), list);
    BOOST_TEST(ok({"time", "remove", ref, "2"}) == "Removed time entry 2 from CG-2026-0001.\n");
    BOOST_TEST(contains(ok({"time", "list", ref}), "Total 2:30 h, billable 2:30 h\n"));
}

BOOST_AUTO_TEST_CASE(badTimeIsRefusedWithTheOptionNamed) {
    refused({"time", "add", ref}, 2, "--minutes or --hours is required");
    refused({"time", "add", ref, "--minutes", "30", "--hours", "1"}, 2,
            "give the time once: --minutes or --hours");
    refused({"time", "add", ref, "--hours", "1.234"}, 2,
            "--hours: '1.234' is not a number of hours like 1.5");
    refused({"time", "add", ref, "--hours", "25"}, 2, "--hours: 25 is outside 0.01 to 24 hours");
    refused({"time", "add", ref, "--minutes", "0"}, 2, "--minutes: 0 is outside 1 to 1440");
    refused({"time", "add", ref, "--minutes", "30", "--activity", "golf"}, 2,
            "--activity: unknown time activity");
    refused({"time", "add", ref, "--minutes", "30", "--session", "9"}, 1,
            "refers to session 9, which is not in this case");
}

BOOST_AUTO_TEST_CASE(expensesAndPaymentsAreListed) {
    recordTheWork();
    const std::string expenses = ok({"expense", "list", ref});
    BOOST_TEST(contains(rowWith(expenses, "Room hire"), "shared"), expenses);
    BOOST_TEST(contains(rowWith(expenses, "Courier"), "party 2"), expenses);
    BOOST_TEST(contains(rowWith(expenses, "Room hire"), "USD 300.00"), expenses);
    const std::string payments = ok({"payment", "list", ref});
    BOOST_TEST(contains(rowWith(payments, "SEPA 4711"), "USD 500.00"), payments);
    BOOST_TEST(ok({"payment", "remove", ref, "1"}) == "Removed payment 1 from CG-2026-0001.\n");
    BOOST_TEST(ok({"expense", "remove", ref, "expense-2"}) ==
               "Removed expense 2 from CG-2026-0001.\n");
}

BOOST_AUTO_TEST_CASE(badExpensesAndPaymentsAreRefused) {
    refused({"expense", "add", ref, "--amount", "-3", "--description", "Room hire"}, 2,
            "--amount: amount '-3' is negative");
    refused({"expense", "add", ref, "--amount", "0", "--description", "Room hire"}, 1,
            "the amount must be more than zero");
    refused({"expense", "add", ref, "--amount", "30", "--description", "Taxi", "--party", "5"}, 1,
            "refers to party 5, which is not in this case");
    refused({"payment", "add", ref, "--amount", "30"}, 2, "--party is required");
    refused({"payment", "add", ref, "--party", "1", "--amount", "lots"}, 2, "--amount: ");
}

BOOST_AUTO_TEST_CASE(feesShowGivesEachPartysInvoicedPaidAndBalance) {
    recordTheWork();
    const std::string out = ok({"fees", "show", ref});
    BOOST_TEST(contains(out, "Fees of CG-2026-0001: hourly, USD 400.00 an hour\n"), out);
    BOOST_TEST(contains(out, "Split: party 1 60 %, party 2 40 %\n"), out);
    const std::string first = rowWith(out, "Zahnarztpraxis Müller");
    BOOST_TEST(contains(first, "60 %"), out);
    BOOST_TEST(contains(first, "USD 780.00"), out);  // 600.00 fees + 180.00 room
    BOOST_TEST(contains(first, "USD 500.00"), out);
    BOOST_TEST(contains(first, "USD 280.00"), out);
    const std::string second = rowWith(out, "Kessler IT GmbH");
    BOOST_TEST(contains(second, "USD 570.00"), out);  // 400.00 fees + 120.00 room + 50.00 courier
}

BOOST_AUTO_TEST_CASE(aPartyThatPaidMoreIsShownInCredit) {
    recordTheWork();
    ok({"payment", "add", ref, "--party", "2", "--amount", "600", "--on", "2026-02-21"});
    const std::string out = ok({"fees", "show", ref});
    BOOST_TEST(contains(rowWith(out, "Kessler IT GmbH"), "in credit USD 30.00"), out);
    const auto pdf = dir.file("invoice-2.pdf");
    const std::string said = ok({"invoice", ref, "--party", "2", "--out", pdf, "--date", "2026-03-01"});
    BOOST_TEST(contains(said, "in credit USD 30.00"), said);
    BOOST_TEST(contains(squeezed(pdfText(pdf)), "In credit: USD 30.00"));
}

BOOST_AUTO_TEST_CASE(withoutASplitClaimantAndRespondentPayHalfEach) {
    BOOST_TEST(
        ok({"fees", "set", ref, "--fixed", "6000"}) ==
        "Fees of CG-2026-0001: fixed fee of USD 6,000.00; split equally between the claimants and "
        "respondents.\n");
    const std::string out = ok({"fees", "show", ref});
    BOOST_TEST(contains(out, "Split: equal between the claimants and respondents (none set)"), out);
    BOOST_TEST(contains(rowWith(out, "Kessler IT GmbH"), "USD 3,000.00"), out);

    ok({"fees", "set", ref, "--split", "1=70", "--split", "2=30"});
    ok({"fees", "set", ref, "--split", "equal"});
    BOOST_TEST(contains(ok({"fees", "show", ref}), "(none set)"));
}

BOOST_AUTO_TEST_CASE(aSplitThatDoesNotAddUpToAHundredIsRefusedAndNothingChanges) {
    ok({"fees", "set", ref, "--hourly", "400"});
    refused({"fees", "set", ref, "--hourly", "500", "--split", "1=60,2=30"}, 1,
            "commonground-cli: error: the fee split adds up to 90 %, not 100 %\n");
    refused({"fees", "set", ref, "--split", "1=33.33,2=33.33"}, 1,
            "the fee split adds up to 66.66 %, not 100 %");
    refused({"fees", "set", ref, "--split", "1=50,5=50"}, 1,
            "fee split: party 5 is not in this case");
    refused({"fees", "set", ref, "--split", "1=60.125,2=39.875"}, 2,
            "--split: in '1=60.125', '60.125' has more than two decimals");
    refused({"fees", "set", ref, "--split", "1:60"}, 2,
            "--split: '1:60' is not PARTY=PERCENT, like 1=60");
    refused({"fees", "set", ref, "--hourly", "400", "--fixed", "5000"}, 2,
            "give one basis: --hourly or --fixed");
    refused({"fees", "set", ref}, 2, "give --hourly, --fixed or --split");
}

BOOST_AUTO_TEST_CASE(anInvoiceIsWrittenAsPdfWithTheBalance) {
    recordTheWork();
    const std::string pdf = dir.file("invoice.pdf");
    const std::string out =
        ok({"invoice", ref, "--party", "1", "--out", pdf, "--date", "2026-03-01"});
    BOOST_TEST(contains(out, "Wrote invoice CG-2026-0001-1 for Zahnarztpraxis Müller to " + pdf),
               out);
    BOOST_TEST(contains(out, "Invoiced USD 780.00, paid USD 500.00, balance due USD 280.00"), out);
    BOOST_TEST(runProcess({"qpdf", "--check", pdf}).exitCode == 0);
    const std::string text = squeezed(pdfText(pdf));
    BOOST_TEST(contains(text, "CG-2026-0001-1"), text);
    BOOST_TEST(contains(text, "Zahnarztpraxis Müller"), text);
    BOOST_TEST(contains(text, "280.00"), text);
}

BOOST_AUTO_TEST_CASE(anInvoiceForAPartyWithNoShareIsRefused) {
    ok({"party", "add", ref, "--name", "Hiscox SE", "--role", "insurer"});
    const std::string pdf = dir.file("invoice.pdf");
    refused({"invoice", ref, "--party", "3", "--out", pdf}, 1,
            "party 3 (Hiscox SE) pays no part of the fees; give it a share in the fee split");
    refused({"invoice", ref, "--party", "9", "--out", pdf}, 1, "party 9");
    refused({"invoice", ref, "--party", "1", "--out", dir.file("invoice.txt")}, 2,
            "must end in .pdf");
    BOOST_TEST(!std::filesystem::exists(pdf));
}

BOOST_AUTO_TEST_SUITE_END()
