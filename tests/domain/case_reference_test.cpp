#include <boost/test/unit_test.hpp>

#include "domain/case_reference.h"
#include "domain/errors.h"

using cg::domain::CaseReference;

BOOST_AUTO_TEST_SUITE(CaseReferences)

BOOST_AUTO_TEST_CASE(readsPrefixYearAndNumber) {
    const auto ref = CaseReference::parse("MED-2026-0042");
    BOOST_TEST(ref.prefix == "MED");
    BOOST_TEST(ref.year == 2026);
    BOOST_TEST(ref.number == 42);
    BOOST_TEST(ref.toString() == "MED-2026-0042");
}

BOOST_AUTO_TEST_CASE(refusesMalformedReferences) {
    BOOST_TEST(!CaseReference::isWellFormed("cg-2026-0001"));
    BOOST_TEST(!CaseReference::isWellFormed("CG-26-0001"));
    BOOST_TEST(!CaseReference::isWellFormed("CG-2026-0000"));
    BOOST_TEST(!CaseReference::isWellFormed("CG2026"));
}

BOOST_AUTO_TEST_SUITE_END()
