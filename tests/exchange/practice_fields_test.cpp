// The records of running a mediation (issue 7): fee arrangement and outcome
// of the case, agreement-to-mediate dates, session bookings, participants,
// time, expenses and payments (exhibits: exhibits_test.cpp). Optional in
// format version 1, written when present, and refused at their own line
// and column when wrong.
#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "exchange/case_file.h"
#include "exchange_case.h"
#include "practice_case.h"
#include "practice_file_texts.h"
#include "support/case_builder.h"
#include "support/case_differences.h"

using cg::testing::importProblem;
using cg::testing::kValidCaseFile;
using cg::testing::replaced;
using cg::testing::withSections;
using namespace cg;

namespace {

// The reference file with <fees> in the case head, at line 5.
std::string withFees(const std::string& fees) {
    return replaced(kValidCaseFile, "    <title>Müller v. Kessler IT</title>\n",
                    "    <title>Müller v. Kessler IT</title>\n    " + fees + "\n");
}

std::string listed(const std::vector<std::string>& differences) {
    std::string text;
    for (const auto& d : differences) text += "\n  " + d;
    return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFilePracticeFields)

BOOST_AUTO_TEST_CASE(everyPracticeFieldSurvivesWriteAndRead) {
    const domain::CaseRecord original = testing::fullCaseInEveryScript();
    const domain::CaseRecord back =
        exchange::readCaseFileText(exchange::writeCaseFileText(original), "practice.cgcase");
    const auto differences = testing::practiceDifferences(original, back);
    BOOST_TEST(differences.empty(), "fields that changed:" << listed(differences));
    BOOST_TEST(testing::caseDifferences(original, back).empty());
    BOOST_TEST(back.exhibits.at(1).content->size() == 256u);
}

BOOST_AUTO_TEST_CASE(theWriterPutsThePracticeFieldsWhereTheFormatSays) {
    const std::string text = exchange::writeCaseFileText(testing::fullPracticeCase());
    BOOST_TEST(text.find("opened-on=\"2026-01-15\" closed-on=\"2026-06-30\" outcome=\"settled-in-part\">\n") !=
               std::string::npos);
    BOOST_TEST(text.find("    <summary>Ransomware at a dental practice;\nthe MSP had recommended MFA.</summary>\n"
                         "    <fees basis=\"hourly\" hourly-rate=\"350.00\" currency=\"EUR\">\n"
                         "      <share party=\"party-1\" percent=\"60\"/>\n"
                         "      <share party=\"party-2\" percent=\"33.33\"/>\n"
                         "      <share party=\"party-3\" percent=\"6.67\"/>\n"
                         "    </fees>\n  </case>\n") != std::string::npos);
    BOOST_TEST(text.find("<party id=\"party-1\" kind=\"organisation\" role=\"claimant\" "
                         "agreement-signed-on=\"2026-01-20\">") != std::string::npos);
    BOOST_TEST(text.find("ended-at=\"2026-02-10T16:30:00Z\" planned-minutes=\"150\">\n"
                         "      <location>Besprechungsraum 2\nMarienplatz 1, 80331 München</location>\n"
                         "      <participant>Dr. Anna Müller</participant>\n") != std::string::npos);
    BOOST_TEST(text.find("started-at=\"2026-02-10T17:00:00Z\">\n"
                         "      <video-link>https://meet.example.org/cg-2026?room=caucus&amp;pwd=a,b;c</video-link>\n") !=
               std::string::npos);
    BOOST_TEST(text.find("  </drafts>\n  <participants>\n"
                         "    <participant id=\"participant-1\" role=\"counsel\" party=\"party-1\">\n"
                         "      <name>Dr. Katrin Weber</name>\n"
                         "      <organisation>Kanzlei Weber</organisation>\n"
                         "      <email>weber@kanzlei-weber.example</email>\n"
                         "    </participant>\n"
                         "    <participant id=\"participant-2\" role=\"co-mediator\">\n") != std::string::npos);
    BOOST_TEST(text.find("    <exhibit id=\"exhibit-1\" file-name=\"mfa-decline.eml\" media-type=\"message/rfc822\" "
                         "size=\"68\" sha256=\"") != std::string::npos);
    BOOST_TEST(text.find("attached-at=\"2026-02-01T08:15:00Z\" visibility=\"party-and-mediator\" "
                         "submitted-by=\"party-2\">\n"
                         "      <title>E-mail declining MFA, 1 September 2025</title>\n"
                         "      <description>Forwarded by the MSP;\nheaders intact.</description>\n"
                         "      <fact-ref ref=\"fact-2\"/>\n"
                         "      <claim-ref ref=\"claim-2\"/>\n"
                         "      <claim-ref ref=\"claim-1\"/>\n"
                         "      <content>RnJvbTogS2FpIEtlc3NsZXINClN1YmplY3Q6IE1GQQ0KDQpQcmF4aXMgbGVobnQgTUZBIGFiIOKAlCAz"
                         "LjkuMjAyNQo=</content>\n") != std::string::npos);
    BOOST_TEST(text.find("  <time-entries>\n"
                         "    <time-entry id=\"time-entry-1\" worked-on=\"2026-02-10\" minutes=\"150\" "
                         "activity=\"session\" session=\"session-1\"/>\n"
                         "    <time-entry id=\"time-entry-2\" worked-on=\"2026-02-09\" minutes=\"90\" "
                         "activity=\"preparation\">\n"
                         "      <mediator>Dr. Ingrid Størseth</mediator>\n"
                         "      <description>Read the SRA &amp; the MSA</description>\n"
                         "    </time-entry>\n"
                         "    <time-entry id=\"time-entry-3\" worked-on=\"2026-03-01\" minutes=\"45\" "
                         "activity=\"drafting\" billable=\"false\"/>\n") != std::string::npos);
    BOOST_TEST(text.find("    <expense id=\"expense-2\" incurred-on=\"2026-02-12\" amount=\"612.50\" currency=\"EUR\" "
                         "charged-to=\"party-3\">\n      <description>Interpreter (Greek)</description>\n") !=
               std::string::npos);
    BOOST_TEST(text.find("    <payment id=\"payment-1\" party=\"party-1\" received-on=\"2026-03-05\" "
                         "amount=\"2000.00\" currency=\"EUR\">\n"
                         "      <reference>RF18 5390 0754 7034</reference>\n    </payment>\n"
                         "    <payment id=\"payment-2\" party=\"party-2\" received-on=\"2026-03-09\" "
                         "amount=\"1111.00\" currency=\"EUR\"/>\n  </payments>\n  <alternatives>\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(aCaseWithoutPracticeRecordsIsWrittenAsBefore) {
    // No <fees>, no new sections: files of cases that do not use them are
    // byte for byte what earlier versions wrote.
    const std::string text = exchange::writeCaseFileText(testing::CaseBuilder().build());
    for (const char* absent : {"<fees", "<participants", "<exhibits", "<time-entries", "<expenses", "<payments"})
        BOOST_TEST(text.find(absent) == std::string::npos, absent);
}

BOOST_AUTO_TEST_CASE(aFileWithoutThePracticeFieldsStillImports) {
    const auto record = exchange::readCaseFileText(kValidCaseFile, "case.cgcase");
    BOOST_TEST(!record.head.outcome.has_value());
    BOOST_TEST((record.head.fees.basis == domain::FeeBasis::Hourly));
    BOOST_TEST(record.head.fees.hourlyRate.display() == "USD 0.00");
    BOOST_TEST(record.head.fees.shares.empty());
    BOOST_TEST(!record.parties.at(0).agreementSignedOn.has_value());
    BOOST_TEST(record.participants.empty());
    BOOST_TEST(record.exhibits.empty());
}

BOOST_AUTO_TEST_CASE(feesAreReadWithTheirSplit) {
    const auto record = exchange::readCaseFileText(
        withFees("<fees basis=\"fixed\" fixed-fee=\"9500.00\" currency=\"USD\">"
                 "<share party=\"party-1\" percent=\"60\"/><share party=\"party-2\" percent=\"40.00\"/></fees>"),
        "case.cgcase");
    const domain::FeeArrangement& fees = record.head.fees;
    BOOST_TEST((fees.basis == domain::FeeBasis::Fixed));
    BOOST_TEST(fees.fixedFee.display() == "USD 9,500.00");
    BOOST_TEST(fees.hourlyRate.display() == "USD 0.00");
    BOOST_TEST_REQUIRE(fees.shares.size() == 2u);
    BOOST_TEST(fees.shares[0].partyNo == 1);
    BOOST_TEST(fees.shares[0].basisPoints == 6000);
    BOOST_TEST(fees.shares[1].basisPoints == 4000);
}

BOOST_AUTO_TEST_CASE(aSplitThatDoesNotAddUpIsRefusedAtTheFees) {
    const std::string xml = withFees("<fees basis=\"hourly\"><share party=\"party-1\" percent=\"50\"/>"
                                     "<share party=\"party-2\" percent=\"39.5\"/></fees>");
    BOOST_TEST(importProblem(xml) == "5:5: the fee split adds up to 89.5 %, not 100 %");
}

BOOST_AUTO_TEST_CASE(aZeroShareIsRefusedAtTheFees) {
    const std::string xml = withFees("<fees basis=\"hourly\"><share party=\"party-1\" percent=\"100\"/>"
                                     "<share party=\"party-2\" percent=\"0\"/></fees>");
    BOOST_TEST(importProblem(xml) == "5:5: fee split: party 2's share must be more than 0 % and at most 100 %");
}

BOOST_AUTO_TEST_CASE(aPartyNamedTwiceInTheSplitIsRefused) {
    const std::string xml = withFees("<fees basis=\"hourly\"><share party=\"party-1\" percent=\"50\"/>"
                                     "<share party=\"party-1\" percent=\"50\"/></fees>");
    BOOST_TEST(importProblem(xml) == "5:5: fee split: party 1 is named twice");
}

BOOST_AUTO_TEST_CASE(aPercentWithThreeDecimalsIsRefusedAtItsAttribute) {
    const std::string xml = withFees("<fees basis=\"hourly\"><share party=\"party-1\" percent=\"33.333\"/></fees>");
    BOOST_TEST(importProblem(xml) ==
               "5:49: <fees> <share> 1: percent '33.333' has more than two decimals; write it like 33.33");
}

BOOST_AUTO_TEST_CASE(aPercentThatIsNoNumberIsRefused) {
    const std::string xml = withFees("<fees basis=\"hourly\"><share party=\"party-1\" percent=\"60%\"/></fees>");
    BOOST_TEST(importProblem(xml) ==
               "5:49: <fees> <share> 1: percent '60%' is not a percentage; write it like 60 or 33.33");
}

BOOST_AUTO_TEST_CASE(aPercentAboveAHundredIsRefused) {
    const std::string xml = withFees("<fees basis=\"hourly\"><share party=\"party-1\" percent=\"100.01\"/></fees>");
    BOOST_TEST(importProblem(xml) == "5:49: <fees> <share> 1: percent '100.01' is more than 100");
}

BOOST_AUTO_TEST_CASE(aShareOfAMissingPartyIsReportedAtTheLink) {
    const std::string xml = withFees("<fees basis=\"hourly\"><share party=\"party-3\" percent=\"100\"/></fees>");
    BOOST_TEST(importProblem(xml) == "5:33: <fees> <share> 1: party 'party-3' names no party in this file");
}

BOOST_AUTO_TEST_CASE(feesInAnotherCurrencyAreRefused) {
    const std::string xml = withFees("<fees basis=\"hourly\" hourly-rate=\"300.00\" currency=\"EUR\"/>");
    BOOST_TEST(importProblem(xml) ==
               "5:47: <fees>: currency EUR is not the case currency USD; fees are charged in the case currency");
}

BOOST_AUTO_TEST_CASE(aRateWithoutCurrencyIsRefused) {
    const std::string xml = withFees("<fees basis=\"hourly\" hourly-rate=\"300.00\"/>");
    BOOST_TEST(importProblem(xml) == "5:5: <fees>: attribute 'currency' is required with hourly-rate");
}

BOOST_AUTO_TEST_CASE(anUnknownFeeBasisIsRefused) {
    const std::string xml = withFees("<fees basis=\"contingency\"/>");
    BOOST_TEST(importProblem(xml) ==
               "5:11: <fees>: unknown fee basis 'contingency' (expected one of: hourly, fixed)");
}

BOOST_AUTO_TEST_CASE(theWriterRefusesFeesInAnotherCurrency) {
    domain::CaseRecord record = testing::fullPracticeCase();
    record.head.fees.hourlyRate = domain::Money(350'00, "USD");
    BOOST_TEST(testing::writeProblem(record) == "case: <fees>: the hourly rate is in USD, not the case currency EUR");
}

BOOST_AUTO_TEST_CASE(anUnknownOutcomeIsRefused) {
    const std::string xml =
        replaced(kValidCaseFile, "opened-on=\"2026-01-15\"", "opened-on=\"2026-01-15\" outcome=\"won\"");
    BOOST_TEST(importProblem(xml) == "3:88: <case>: unknown case outcome 'won' (expected one of: settled-in-full, "
                                     "settled-in-part, impasse, withdrawn)");
}

BOOST_AUTO_TEST_CASE(anOutcomeWithoutClosingDateIsRefusedAtTheCase) {
    const std::string xml =
        replaced(kValidCaseFile, "opened-on=\"2026-01-15\"", "opened-on=\"2026-01-15\" outcome=\"impasse\"");
    BOOST_TEST(importProblem(xml) ==
               "3:3: case CG-2026-0001: an outcome is recorded when the case closes; give the closing date too");
}

BOOST_AUTO_TEST_CASE(anAgreementDateNotOnTheCalendarIsRefused) {
    const std::string xml = replaced(kValidCaseFile, "role=\"respondent\"",
                                     "role=\"respondent\" agreement-signed-on=\"2026-02-30\"");
    BOOST_TEST(importProblem(xml) ==
               "10:63: party-2: agreement-signed-on '2026-02-30' is not a date on the calendar");
}

BOOST_AUTO_TEST_CASE(aSessionBookingIsRead) {
    const std::string xml = replaced(
        kValidCaseFile, "  <sessions/>\n",
        "  <sessions>\n"
        "    <session id=\"session-1\" kind=\"joint\" started-at=\"2026-12-09T14:00:00Z\" planned-minutes=\"180\">\n"
        "      <location>Room 4, 1450 Broadway</location>\n"
        "      <video-link>https://meet.example.org/cg-1</video-link>\n"
        "    </session>\n"
        "  </sessions>\n");
    const auto record = exchange::readCaseFileText(xml, "case.cgcase");
    const domain::MediationSession& session = record.sessions.at(0);
    BOOST_TEST(session.plannedMinutes.value_or(0) == 180);
    BOOST_TEST(session.location == "Room 4, 1450 Broadway");
    BOOST_TEST(session.videoLink == "https://meet.example.org/cg-1");
    BOOST_TEST(!session.endedAt.has_value());
}

BOOST_AUTO_TEST_CASE(aSessionBookedForMoreThanADayIsRefusedAtTheSession) {
    const std::string xml = replaced(kValidCaseFile, "  <sessions/>\n",
                                     "  <sessions>\n"
                                     "    <session id=\"session-1\" kind=\"joint\" "
                                     "started-at=\"2026-12-09T14:00:00Z\" planned-minutes=\"1441\"/>\n"
                                     "  </sessions>\n");
    BOOST_TEST(importProblem(xml) == "33:5: session 1: a session is booked for between 1 minute and 24 hours");
}

BOOST_AUTO_TEST_CASE(anUnknownParticipantRoleIsRefused) {
    const std::string xml = withSections("  <participants>\n"
                                         "    <participant id=\"participant-1\" role=\"witness\">\n"
                                         "      <name>Ana Costa</name>\n"
                                         "    </participant>\n"
                                         "  </participants>\n");
    BOOST_TEST(importProblem(xml) ==
               "37:37: participant-1: unknown participant role 'witness' (expected one of: counsel, insurer, expert, "
               "observer, interpreter, co-mediator, other)");
}

BOOST_AUTO_TEST_CASE(aCoMediatorForAPartyIsRefusedAtTheParticipant) {
    const std::string xml = withSections("  <participants>\n"
                                         "    <participant id=\"participant-1\" role=\"co-mediator\" party=\"party-1\">\n"
                                         "      <name>Ana Costa</name>\n"
                                         "    </participant>\n"
                                         "  </participants>\n");
    BOOST_TEST(importProblem(xml) == "37:5: participant 1: a co-mediator is neutral and attends for no party");
}

BOOST_AUTO_TEST_CASE(anUnknownTimeActivityIsRefused) {
    const std::string xml = withSections("  <time-entries>\n"
                                         "    <time-entry id=\"time-entry-1\" worked-on=\"2026-02-10\" minutes=\"60\" "
                                         "activity=\"lunch\"/>\n"
                                         "  </time-entries>\n");
    BOOST_TEST(importProblem(xml) ==
               "37:71: time-entry-1: unknown time activity 'lunch' (expected one of: session, preparation, drafting, "
               "travel, administration)");
}

BOOST_AUTO_TEST_CASE(aTimeEntryBreakingItsRulesIsRefusedAtItsElement) {
    const std::string xml = withSections("  <time-entries>\n"
                                         "    <time-entry id=\"time-entry-1\" worked-on=\"2026-02-10\" minutes=\"60\" "
                                         "activity=\"session\"/>\n"
                                         "    <time-entry id=\"time-entry-2\" worked-on=\"2026-02-10\" minutes=\"0\" "
                                         "activity=\"drafting\"/>\n"
                                         "  </time-entries>\n");
    BOOST_TEST(importProblem(xml) ==
               "38:5: time entry 2: time is between 1 minute and 24 hours, not 0 minutes");
}

BOOST_AUTO_TEST_CASE(aTimeEntryForAMissingSessionIsReportedAtTheLink) {
    const std::string xml = withSections("  <time-entries>\n"
                                         "    <time-entry id=\"time-entry-1\" worked-on=\"2026-02-10\" minutes=\"60\" "
                                         "activity=\"session\" session=\"session-2\"/>\n"
                                         "  </time-entries>\n");
    BOOST_TEST(importProblem(xml) == "37:90: time-entry-1: session 'session-2' names no session in this file");
}

BOOST_AUTO_TEST_CASE(aPaymentFromAMissingPartyIsReportedAtTheLink) {
    const std::string xml = withSections("  <payments>\n"
                                         "    <payment id=\"payment-1\" party=\"party-5\" received-on=\"2026-03-05\" "
                                         "amount=\"100.00\" currency=\"USD\"/>\n"
                                         "  </payments>\n");
    BOOST_TEST(importProblem(xml) == "37:29: payment-1: party 'party-5' names no party in this file");
}

BOOST_AUTO_TEST_CASE(anExpenseOfNothingIsRefusedAtTheExpense) {
    const std::string xml = withSections("  <expenses>\n"
                                         "    <expense id=\"expense-1\" incurred-on=\"2026-02-10\" amount=\"0.00\" "
                                         "currency=\"USD\">\n"
                                         "      <description>Room hire</description>\n"
                                         "    </expense>\n"
                                         "  </expenses>\n");
    BOOST_TEST(importProblem(xml) == "37:5: expense 1: the amount must be more than zero");
}

BOOST_AUTO_TEST_CASE(theNewSectionsComeInTheirOrder) {
    const std::string xml = withSections("  <payments>\n"
                                         "    <payment id=\"payment-1\" party=\"party-1\" received-on=\"2026-03-05\" "
                                         "amount=\"100.00\" currency=\"USD\"/>\n"
                                         "  </payments>\n"
                                         "  <participants>\n"
                                         "    <participant id=\"participant-1\" role=\"counsel\">\n"
                                         "      <name>Ana Costa</name>\n"
                                         "    </participant>\n"
                                         "  </participants>\n");
    BOOST_TEST(importProblem(xml) == "39:3: <case-file>: <participants> must come before <payments>");
}

BOOST_AUTO_TEST_SUITE_END()
