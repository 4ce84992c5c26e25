// The pre-flight check: each finding on a case that has the problem, and
// none on a clean case.
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "domain/documents/preflight.h"
#include "draft_cases.h"
#include "template_builders.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;
using Severity = PreflightFinding::Severity;

namespace {

// The parties' names and addresses and each term: what every agreement prints.
DocumentTemplate agreement() {
    return templateOf({repeat(Collection::SigningParties, {para({fld("party.name"), lit(" of "), fld("party.address", 42)})}),
                       repeat(Collection::AcceptedTerms, {para({fld("term.description", 50)})})});
}

CaseRecord cleanCase() {
    auto record = settlementCase();
    record.facts[1].standing = FactStanding::Agreed;
    record.parties[1].address = "1 Acme Way, Buffalo NY";
    return record;
}

Deadline notice(std::string recipient, Date due, DeadlineStatus status = DeadlineStatus::DueIn) {
    Deadline d;
    d.ruleId = "us-hipaa";
    d.regime = "HIPAA Breach Notification Rule";
    d.citation = "45 CFR 164.404";
    d.recipient = std::move(recipient);
    d.due = due;
    d.status = status;
    return d;
}

std::vector<PreflightFinding> check(const CaseRecord& record, const std::vector<Deadline>& deadlines = {}) {
    return preflightDraft(record, evaluate(agreement(), record), deadlines, draftDay());
}

std::vector<std::string> messages(const std::vector<PreflightFinding>& findings) {
    std::vector<std::string> result;
    for (const auto& f : findings) result.push_back(std::string(severityName(f.severity)) + ": " + f.message);
    return result;
}

bool has(const std::vector<PreflightFinding>& findings, Severity severity, const std::string& message,
         const std::string& kind, RecordNo no) {
    return std::any_of(findings.begin(), findings.end(), [&](const PreflightFinding& f) {
        return f.severity == severity && f.message == message && f.recordKind == kind && f.recordNo == no;
    });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Preflight)

BOOST_AUTO_TEST_CASE(aCleanCaseHasNoFindingsEvenWithOpenDeadlinesItMeets) {
    const std::vector<Deadline> deadlines{notice("Affected individuals", Date(2026, 12, 10)),
                                          notice("HHS Secretary", Date(2026, 11, 1), DeadlineStatus::Met)};
    BOOST_TEST(messages(check(cleanCase(), deadlines)).empty(), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(anUnfilledFieldMustBeFixedAndNamesRecordAndTemplateLine) {
    auto record = cleanCase();
    record.parties[1].address.clear();
    const auto findings = check(record);
    BOOST_TEST(messages(findings) ==
                   std::vector<std::string>{"must fix: 'party.address' is blank for party 2 (Acme IT Services LLC) "
                                            "(agreement.xml line 42): fill it in the case or remove it from the template"},
               boost::test_tools::per_element());
    BOOST_TEST(findings[0].recordKind == "party");
    BOOST_TEST(findings[0].recordNo == 2);
}

BOOST_AUTO_TEST_CASE(aBlankPrintedInSeveralPlacesIsOneFindingNamingEachLine) {
    auto record = cleanCase();
    record.parties[1].address.clear();
    const auto t = templateOf({repeat(Collection::SigningParties, {para({fld("party.address", 42)})}),
                               repeat(Collection::SigningParties, {para({fld("party.address", 97)}),
                                                                   para({fld("party.address", 97)})})});
    BOOST_TEST(messages(preflightDraft(record, evaluate(t, record), {}, draftDay())) ==
                   std::vector<std::string>{"must fix: 'party.address' is blank for party 2 (Acme IT Services LLC) "
                                            "(agreement.xml line 42, agreement.xml line 97): fill it in the case or "
                                            "remove it from the template"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aSigningPartyWithoutSignatoryIsReportedOnceAndANonSigningOneNotAtAll) {
    auto record = cleanCase();
    record.parties[1].signatoryName.clear();
    const auto t = templateOf({repeat(Collection::SigningParties, {para({fld("party.signatoryName")})})});
    const auto findings = preflightDraft(record, evaluate(t, record), {}, draftDay());
    // The insurer (party 3) has no signatory either, but does not sign.
    BOOST_TEST(messages(findings) ==
                   std::vector<std::string>{"must fix: party 2 (Acme IT Services LLC) signs but has no signatory"},
               boost::test_tools::per_element());
    BOOST_TEST(findings[0].recordNo == 2);
}

BOOST_AUTO_TEST_CASE(paymentServiceCreditAndCreditMonitoringTermsNeedAnAmount) {
    auto record = cleanCase();
    record.options[0].amount.reset();
    record.options[0].instalments.clear();
    record.options[1].kind = OptionKind::CreditMonitoring;
    record.options[3].kind = OptionKind::ServiceCredit;
    const auto findings = check(record);
    BOOST_TEST(has(findings, Severity::MustFix,
                   "term 1 (payment: Acme pays the restoration costs) is accepted but has no amount", "term", 1));
    BOOST_TEST(has(findings, Severity::MustFix,
                   "term 2 (credit monitoring: Quarterly restore tests for two years) is accepted but has no amount",
                   "term", 2));
    BOOST_TEST(has(findings, Severity::MustFix,
                   "term 4 (service credit: Acme drafts the patient notices) is accepted but has no amount", "term", 4));
    BOOST_TEST(findings.size() == 3u);
}

BOOST_AUTO_TEST_CASE(instalmentsThatDoNotAddUpOrFallDueBeforeTheDraftMustBeFixed) {
    auto record = cleanCase();
    record.options[0].instalments[0].dueOn = Date(2026, 11, 1);
    record.options[0].instalments[1].amount = Money(20'000'00, "USD");
    const auto findings = check(record);
    BOOST_TEST(messages(findings) ==
                   (std::vector<std::string>{
                       "must fix: instalment 1 of term 1 (payment: Acme pays the restoration costs) is due on "
                       "1 November 2026, before the draft's date 23 November 2026",
                       "must fix: the instalments of term 1 (payment: Acme pays the restoration costs) add up to "
                       "USD 43,100.00, not the term's USD 46,200.00"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(instalmentsInAnotherCurrencyMustBeFixed) {
    auto record = cleanCase();
    record.options[0].instalments[1].amount = Money(23'100'00, "EUR");
    BOOST_TEST(has(check(record), Severity::MustFix,
                   "the instalments of term 1 (payment: Acme pays the restoration costs) are not all in USD, "
                   "the currency of its amount",
                   "term", 1));
}

BOOST_AUTO_TEST_CASE(aTermDueBeforeTheDraftDateMustBeFixed) {
    auto record = cleanCase();
    record.options[1].dueOn = Date(2026, 10, 1);
    BOOST_TEST(messages(check(record)) ==
                   std::vector<std::string>{"must fix: term 2 (security programme: Quarterly restore tests for two "
                                            "years) is due on 1 October 2026, before the draft's date 23 November 2026"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(notificationCooperationDueAfterTheEarliestOpenNoticeDeadlineMustBeFixed) {
    const std::vector<Deadline> deadlines{notice("Affected individuals", Date(2026, 12, 10)),
                                          notice("HHS Secretary", Date(2026, 11, 28)),
                                          notice("Media", Date(2026, 11, 25), DeadlineStatus::Met),
                                          notice("State AG", Date(2026, 11, 24), DeadlineStatus::NotRequired)};
    const auto findings = check(cleanCase(), deadlines);
    BOOST_TEST(messages(findings) ==
                   std::vector<std::string>{
                       "must fix: term 4 (notification cooperation: Acme drafts the patient notices) is due on "
                       "1 December 2026, after the notice to HHS Secretary under HIPAA Breach Notification Rule "
                       "(45 CFR 164.404), due 28 November 2026"},
               boost::test_tools::per_element());
    BOOST_TEST(findings[0].recordNo == kNotices);
}

BOOST_AUTO_TEST_CASE(anOverdueNoticeDeadlineIsNamedAsOverdue) {
    const std::vector<Deadline> deadlines{notice("HHS Secretary", Date(2026, 11, 2), DeadlineStatus::Overdue)};
    BOOST_TEST(messages(check(cleanCase(), deadlines)) ==
                   std::vector<std::string>{
                       "must fix: term 4 (notification cooperation: Acme drafts the patient notices) is due on "
                       "1 December 2026, after the notice to HHS Secretary under HIPAA Breach Notification Rule "
                       "(45 CFR 164.404), due 2 November 2026 and already overdue"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(notificationCooperationWithoutADueDateIsCheckedAgainstAnOpenDeadline) {
    auto record = cleanCase();
    record.options[3].dueOn.reset();
    const std::vector<Deadline> deadlines{notice("Affected individuals", Date(2026, 12, 10))};
    BOOST_TEST(has(check(record, deadlines), Severity::Check,
                   "term 4 (notification cooperation: Acme drafts the patient notices) has no due date, while the "
                   "notice to Affected individuals under HIPAA Breach Notification Rule (45 CFR 164.404), due "
                   "10 December 2026 is still open",
                   "term", 4));
    BOOST_TEST(check(record).empty());  // no deadline open: nothing to measure it against
}

BOOST_AUTO_TEST_CASE(creditMonitoringAfterTheNoticeToIndividualsIsChecked) {
    auto record = cleanCase();
    record.options[1].kind = OptionKind::CreditMonitoring;
    record.options[1].amount = Money(12'000'00, "USD");
    // A notice to the regulator falls earlier, but monitoring is offered to
    // the individuals, in their notice.
    const std::vector<Deadline> deadlines{notice("Affected Texas residents", Date(2027, 2, 1)),
                                          notice("Texas Attorney General", Date(2026, 12, 5))};
    const auto findings = check(record, deadlines);
    BOOST_TEST(messages(findings) ==
                   std::vector<std::string>{
                       "check: term 2 (credit monitoring: Quarterly restore tests for two years) is due on 1 March "
                       "2027, after the notice to Affected Texas residents under HIPAA Breach Notification Rule "
                       "(45 CFR 164.404), due 1 February 2027, which is where monitoring is offered"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aConfirmedSharedInterestNoAcceptedTermServesIsChecked) {
    auto record = cleanCase();
    record.options[1].interestNos = {3};
    const auto findings = check(record);
    BOOST_TEST(messages(findings) ==
                   (std::vector<std::string>{
                       "check: shared interest 4 (Stronger security going forward) of party 1 (Harbour Dental "
                       "Group LLC) is served by no accepted term",
                       "check: shared interest 5 (Keep a secure client relationship) of party 2 (Acme IT Services "
                       "LLC) is served by no accepted term"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(noAcceptedTermAtAllMustBeFixed) {
    auto record = cleanCase();
    for (auto& o : record.options) o.status = OptionStatus::Proposed;
    const auto findings = check(record);
    BOOST_TEST(has(findings, Severity::MustFix, "no settlement option is accepted, so the agreement has no terms",
                   "case", 0));
}

BOOST_AUTO_TEST_CASE(eachDisputedFactIsNotedAsLeftOutOfTheRecitals) {
    auto record = cleanCase();
    record.facts[1].standing = FactStanding::Disputed;
    record.facts[0].standing = FactStanding::Disputed;
    BOOST_TEST(messages(check(record)) ==
                   (std::vector<std::string>{
                       "note: fact 1 (Ransomware encrypted the file server) is disputed and left out of the recitals",
                       "note: fact 2 (MFA recommendation declined by email) is disputed and left out of the recitals"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(findingsComeMostSevereFirst) {
    auto record = settlementCase();  // fact 2 disputed, party 2 without address
    record.options[1].interestNos = {};
    const auto findings = check(record);
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    BOOST_TEST((findings[0].severity == Severity::MustFix));
    BOOST_TEST((findings[1].severity == Severity::Check));
    BOOST_TEST((findings[2].severity == Severity::Check));
    BOOST_TEST((findings[3].severity == Severity::Note));
}

BOOST_AUTO_TEST_SUITE_END()
