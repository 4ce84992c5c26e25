// participant add / edit / list / remove through the real commonground-cli,
// with the conflict check they run on the names they store.
#include <boost/test/unit_test.hpp>

#include "practice_case.h"

using namespace cg::testing;

namespace {

// A second case in which a firm is a party, so that a participant from the
// same firm in the first case is a possible conflict.
struct TwoCases : PracticeCase {
    TwoCases() {
        ok({"case", "new", "--title", "Northwind v Bridgeview", "--opened-on", "2026-02-01"});
        ok({"party", "add", "CG-2026-0002", "--name", "Northwind Logistics Ltd"});
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(ParticipantCommands, TwoCases)

BOOST_AUTO_TEST_CASE(aParticipantIsAddedListedEditedAndRemoved) {
    BOOST_TEST(
        ok({"participant", "add", ref, "--name", "Dr. Anna Weber", "--role", "counsel",
            "--organisation", "Weber & Partner", "--party", "1", "--email", "weber@example.com"}) ==
        "Added participant 1 (participant-1) to CG-2026-0001.\n");
    ok({"participant", "add", ref, "--name", "Sofia Lindqvist", "--role", "co-mediator"});

    std::string list = ok({"participant", "list", ref});
    BOOST_TEST(contains(list, "Dr. Anna Weber"), list);
    BOOST_TEST(contains(list, "Weber & Partner"), list);
    BOOST_TEST(contains(list, "weber@example.com"), list);
    BOOST_TEST(contains(list, "co-mediator"), list);

    BOOST_TEST(ok({"participant", "edit", ref, "1", "--role", "expert", "--party", ""}) ==
               "Saved participant 1 (Dr. Anna Weber).\n");
    const std::string show = ok({"case", "show", ref});
    BOOST_TEST(contains(show, "Participants (2)"), show);
    BOOST_TEST(contains(show, "1. Dr. Anna Weber — expert, Weber & Partner <weber@example.com>\n"),
               show);

    BOOST_TEST(ok({"participant", "remove", ref, "participant-2"}) ==
               "Removed participant 2 from CG-2026-0001.\n");
    list = ok({"participant", "list", ref});
    BOOST_TEST(!contains(list, "Sofia Lindqvist"), list);
}

BOOST_AUTO_TEST_CASE(aParticipantFromAFirmThatIsAPartyElsewhereIsAPossibleConflict) {
    const std::string out = ok({"participant", "add", ref, "--name", "Mark Ellis", "--role",
                                "insurer", "--organisation", "Northwind Logistics"});
    BOOST_TEST(contains(out, "Added participant 1"), out);
    BOOST_TEST(contains(out, "Possible conflicts for Northwind Logistics: 1 entry in other cases."),
               out);
    BOOST_TEST(contains(out, "CG-2026-0002"), out);
    BOOST_TEST(
        contains(out,
                 "Record a decision with: commonground-cli conflicts 'Northwind Logistics' --case "
                 "CG-2026-0001 --decide no-conflict|waived|declined"),
        out);
    // Saved whatever the check found.
    BOOST_TEST(contains(ok({"participant", "list", ref}), "Mark Ellis"));
}

BOOST_AUTO_TEST_CASE(editingChecksOnlyTheNamesTheEditChanges) {
    ok({"participant", "add", ref, "--name", "Mark Ellis", "--organisation",
        "Northwind Logistics"});
    const std::string email =
        ok({"participant", "edit", ref, "1", "--email", "m.ellis@example.com"});
    BOOST_TEST(!contains(email, "Possible conflicts"), email);
    const std::string renamed =
        ok({"participant", "edit", ref, "1", "--name", "Northwind Logistics Ltd"});
    BOOST_TEST(contains(renamed, "Possible conflicts for Northwind Logistics Ltd:"), renamed);
}

BOOST_AUTO_TEST_CASE(anUnknownRoleIsAUsageErrorAndNothingIsStored) {
    refused({"participant", "add", ref, "--name", "Mark Ellis", "--role", "judge"}, 2,
            "--role: unknown participant role 'judge' (expected one of: counsel, insurer, expert, "
            "observer, interpreter, co-mediator, other)");
}

BOOST_AUTO_TEST_CASE(aCoMediatorAttendingForAPartyIsRefused) {
    refused({"participant", "add", ref, "--name", "Sofia Lindqvist", "--role", "co-mediator",
             "--party", "2"},
            1, "a co-mediator is neutral and attends for no party");
}

BOOST_AUTO_TEST_CASE(aParticipantForAPartyNotInTheCaseIsRefused) {
    refused({"participant", "add", ref, "--name", "Mark Ellis", "--party", "7"}, 1,
            "refers to party 7, which is not in this case");
}

BOOST_AUTO_TEST_CASE(anEmailWithoutAtIsRefused) {
    refused({"participant", "add", ref, "--name", "Mark Ellis", "--email", "mark.example.com"}, 1,
            "e-mail address 'mark.example.com' has no @");
}

BOOST_AUTO_TEST_SUITE_END()
