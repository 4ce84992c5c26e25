#include <boost/test/unit_test.hpp>

#include "domain/common_ground/control_key.h"

using cg::domain::ControlKey;

BOOST_AUTO_TEST_SUITE(ControlKeys)

BOOST_AUTO_TEST_CASE(theLeadingFrameworkAndIdentifierFormTheKey) {
    BOOST_TEST(ControlKey::parse("CIS 3.11 Encrypt Sensitive Data at Rest").key() == "CIS 3.11");
    BOOST_TEST(ControlKey::parse("CIS 3.11").key() == "CIS 3.11");
    BOOST_TEST(ControlKey::parse("cis 3.11 encrypt data at rest").key() == "CIS 3.11");
    BOOST_TEST(ControlKey::parse("PCI DSS 3.5.1 Render PAN Unreadable").key() == "PCI DSS 3.5.1");
    BOOST_TEST(ControlKey::parse("NIST PR.AA").key() == "NIST PR.AA");
    BOOST_TEST(ControlKey::parse("  no MFA on remote access ").key() == "NO MFA ON REMOTE ACCESS");
}

BOOST_AUTO_TEST_CASE(theSampleTextAndTheShortFormNameOneControl) {
    const auto full = ControlKey::parse("CIS 3.11 Encrypt Sensitive Data at Rest");
    BOOST_TEST(ControlKey::parse("CIS 3.11").covers(full));
    BOOST_TEST(full.covers(ControlKey::parse("CIS 3.11")));
}

BOOST_AUTO_TEST_CASE(aNistSpecialPublicationsNumberIsPartOfTheFramework) {
    const ControlKey key = ControlKey::parse("NIST SP 800-171 3.1.1 Limit system access");
    BOOST_TEST(key.framework == "NIST SP 800-171");
    BOOST_TEST(key.identifier == "3.1.1");
    BOOST_TEST(!(ControlKey::parse("NIST SP 800-171 3.1") == ControlKey::parse("NIST SP 800-171 3.5")));
}

BOOST_AUTO_TEST_CASE(aControlCoversItsSafeguardsButNotItsNeighbours) {
    const auto safeguard = ControlKey::parse("CIS 3.11");
    BOOST_TEST(ControlKey::parse("CIS 3").covers(safeguard));
    BOOST_TEST(!ControlKey::parse("CIS 3.1").covers(safeguard));
    BOOST_TEST(!safeguard.covers(ControlKey::parse("CIS 3")));
    BOOST_TEST(!ControlKey::parse("NIST 3").covers(safeguard));
}

BOOST_AUTO_TEST_SUITE_END()
