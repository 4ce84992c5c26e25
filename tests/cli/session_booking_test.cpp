// Booking sessions and the agreement to mediate: who has signed, the
// warning when a session is booked with a party that has not, the booked
// length, place and video link; closing a case with its outcome.
#include <boost/test/unit_test.hpp>

#include "practice_case.h"

using namespace cg::testing;

BOOST_FIXTURE_TEST_SUITE(SessionBooking, PracticeCase)

BOOST_AUTO_TEST_CASE(caseShowListsThePartiesThatHaveNotSigned) {
    std::string show = ok({"case", "show", ref});
    BOOST_TEST(contains(show,
                        "Not yet signed the agreement to mediate: Zahnarztpraxis Müller (party 1), "
                        "Kessler IT GmbH (party 2)\n"),
               show);

    BOOST_TEST(ok({"party", "signed", ref, "1", "--on", "2026-01-12"}) ==
               "Zahnarztpraxis Müller signed the agreement to mediate on 2026-01-12.\n");
    show = ok({"case", "show", ref});
    BOOST_TEST(contains(show, "   Agreement to mediate signed on 2026-01-12\n"), show);
    BOOST_TEST(
        contains(show, "Not yet signed the agreement to mediate: Kessler IT GmbH (party 2)\n"),
        show);

    ok({"party", "edit", ref, "2", "--signed", "2026-01-14"});
    show = ok({"case", "show", ref});
    BOOST_TEST(!contains(show, "Not yet signed"), show);
    BOOST_TEST(contains(ok({"party", "list", ref}), "signed 2026-01-14"));

    ok({"party", "edit", ref, "2", "--signed", ""});
    BOOST_TEST(contains(ok({"case", "show", ref}),
                        "Not yet signed the agreement to mediate: Kessler IT GmbH"));
}

BOOST_AUTO_TEST_CASE(aPartyCanBeAddedAsHavingSigned) {
    ok({"party", "add", ref, "--name", "Hiscox SE", "--role", "insurer", "--signed", "2026-01-11"});
    const std::string show = ok({"case", "show", ref});
    BOOST_TEST(contains(show,
                        "Not yet signed the agreement to mediate: Zahnarztpraxis Müller (party 1), "
                        "Kessler IT GmbH (party 2)\n"),
               show);
}

BOOST_AUTO_TEST_CASE(aJointSessionWithAPartyThatHasNotSignedIsAddedWithAWarning) {
    ok({"party", "signed", ref, "1", "--on", "2026-01-12"});
    const std::string out =
        ok({"session", "add", ref, "--started-at", "2026-03-03T09:00:00Z", "--length", "180",
            "--location", "Room 4, Schloßstraße 12, München"});
    BOOST_TEST(contains(out, "Added session 1 (session-1) to CG-2026-0001.\n"), out);
    BOOST_TEST(
        contains(out,
                 "Warning: not yet signed the agreement to mediate: Kessler IT GmbH (party 2).\n"),
        out);
    BOOST_TEST(!contains(out, "Zahnarztpraxis"), out);
    BOOST_TEST(contains(out, "commonground-cli party signed CG-2026-0001 PARTY --on DATE"), out);
    // Added all the same.
    BOOST_TEST(contains(ok({"session", "list", ref}), "180 min"));
}

BOOST_AUTO_TEST_CASE(aCaucusWarnsOnlyAboutItsOwnParty) {
    ok({"party", "signed", ref, "1", "--on", "2026-01-12"});
    const std::string signedParty =
        ok({"session", "add", ref, "--kind", "caucus", "--caucus-party", "1"});
    BOOST_TEST(!contains(signedParty, "Warning"), signedParty);
    const std::string otherParty =
        ok({"session", "add", ref, "--kind", "caucus", "--caucus-party", "2"});
    BOOST_TEST(
        contains(otherParty,
                 "Warning: not yet signed the agreement to mediate: Kessler IT GmbH (party 2)."),
        otherParty);
}

BOOST_AUTO_TEST_CASE(noWarningOnceEveryoneHasSigned) {
    ok({"party", "signed", ref, "1", "--on", "2026-01-12"});
    ok({"party", "signed", ref, "2", "--on", "2026-01-13"});
    const std::string out = ok({"session", "add", ref, "--started-at", "2026-03-03T09:00:00Z"});
    BOOST_TEST(out == "Added session 1 (session-1) to CG-2026-0001.\n");
}

BOOST_AUTO_TEST_CASE(aSessionsBookingIsEdited) {
    ok({"session", "add", ref, "--started-at", "2026-03-03T09:00:00Z"});
    BOOST_TEST(ok({"session", "edit", ref, "1", "--started-at", "2026-03-04T13:00:00Z", "--length",
                   "90", "--video-link", "https://meet.example.com/cg-2026-0001", "--participant",
                   "Dr. Anna Weber"}) == "Saved session 1 of CG-2026-0001.\n");
    const std::string show = ok({"case", "show", ref});
    BOOST_TEST(contains(show, "1. Joint session, 2026-03-04T13:00:00Z, booked for 90 minutes\n"),
               show);
    BOOST_TEST(contains(show, "   Video link: https://meet.example.com/cg-2026-0001\n"), show);
    BOOST_TEST(contains(show, "Dr. Anna Weber"), show);

    ok({"session", "edit", ref, "1", "--length", ""});
    BOOST_TEST(contains(ok({"case", "show", ref}), "1. Joint session, 2026-03-04T13:00:00Z\n"));
}

BOOST_AUTO_TEST_CASE(aVideoLinkThatIsNotAWebAddressIsRefused) {
    ok({"session", "add", ref, "--started-at", "2026-03-03T09:00:00Z"});
    refused({"session", "edit", ref, "1", "--video-link", "meet.example.com/x"}, 1,
            "the video link must be a web address starting with https://");
    refused({"session", "add", ref, "--video-link", "zoom:123"}, 1,
            "the video link must be a web address starting with https://");
}

BOOST_AUTO_TEST_CASE(aLengthOverADayIsAUsageError) {
    refused({"session", "add", ref, "--length", "1500"}, 2, "--length: 1500 is outside 1 to 1440");
    refused({"session", "add", ref, "--length", "two hours"}, 2,
            "--length: 'two hours' is not a whole number");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(CaseClosing, PracticeCase)

BOOST_AUTO_TEST_CASE(aSettledCaseShowsItsOutcomeAndDaysToClose) {
    BOOST_TEST(ok({"case", "close", ref, "--outcome", "settled-in-full", "--on", "2026-03-01"}) ==
               "Closed CG-2026-0001 on 2026-03-01: settled-in-full (status settled), 50 days after "
               "intake.\n");
    const std::string show = ok({"case", "show", ref});
    BOOST_TEST(contains(show,
                        "Status: settled    Opened: 2026-01-10    Closed: 2026-03-01    Outcome: "
                        "settled-in-full (50 days from intake to close)\n"),
               show);
    BOOST_TEST(contains(ok({"case", "list"}), "settled"));
}

BOOST_AUTO_TEST_CASE(eachOutcomeSetsItsStatus) {
    ok({"case", "close", ref, "--outcome", "settled-in-part", "--on", "2026-02-01"});
    BOOST_TEST(contains(ok({"case", "show", ref}), "Status: settled"));
    ok({"case", "close", ref, "--outcome", "impasse", "--on", "2026-02-01"});
    BOOST_TEST(contains(ok({"case", "show", ref}), "Status: impasse"));
    ok({"case", "close", ref, "--outcome", "withdrawn", "--on", "2026-02-01"});
    BOOST_TEST(contains(ok({"case", "show", ref}), "Status: closed"));
}

BOOST_AUTO_TEST_CASE(anUnknownOutcomeIsAUsageErrorAndNothingChanges) {
    refused({"case", "close", ref, "--outcome", "won"}, 2,
            "--outcome: unknown case outcome 'won' (expected one of: settled-in-full, "
            "settled-in-part, impasse, "
            "withdrawn)");
    refused({"case", "close", ref}, 2, "--outcome is required");
}

BOOST_AUTO_TEST_CASE(closingBeforeTheCaseWasOpenedIsRefused) {
    refused({"case", "close", ref, "--outcome", "impasse", "--on", "2026-01-09"}, 1,
            "closed before it was opened");
}

BOOST_AUTO_TEST_SUITE_END()
