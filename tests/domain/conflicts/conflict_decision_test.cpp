#include "domain/conflicts/conflict_decision.h"

#include <boost/test/unit_test.hpp>

#include "domain/errors.h"

using namespace cg::domain;
using namespace cg::domain::conflicts;

BOOST_AUTO_TEST_SUITE(ConflictDecisionRules)

BOOST_AUTO_TEST_CASE(decisionsAreNamedAsOnTheCommandLine) {
    for (ConflictVerdict verdict : {ConflictVerdict::NoConflict,
                                    ConflictVerdict::DisclosedAndWaived, ConflictVerdict::Declined})
        BOOST_TEST((verdictNamed(toString(verdict)) == verdict));
    BOOST_TEST(toString(ConflictVerdict::DisclosedAndWaived) == "waived");
    BOOST_TEST(!verdictNamed("maybe").has_value());
}

BOOST_AUTO_TEST_CASE(aWaiverOrARefusalNeedsAReasonAndNoConflictDoesNot) {
    ConflictDecision decision;
    decision.checkedName = "Kessler IT Services GmbH";
    BOOST_CHECK_NO_THROW(validate(decision));
    decision.verdict = ConflictVerdict::Declined;
    decision.reason = " \n";
    try {
        validate(decision);
        BOOST_FAIL("a refusal without a reason was accepted");
    } catch (const ValidationError& error) {
        BOOST_TEST(std::string(error.what()) ==
                   "a conflict decision 'declined' for Kessler IT Services GmbH needs a reason "
                   "(what was disclosed to whom, or why the case is declined)");
    }
    decision.reason = "Advised Kessler IT in 2025";
    BOOST_CHECK_NO_THROW(validate(decision));
}

BOOST_AUTO_TEST_SUITE_END()
