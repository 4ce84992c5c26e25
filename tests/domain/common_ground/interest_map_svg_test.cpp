// The interest map as SVG: text escaped, accepted by xmllint, the audience in
// the title, nothing confidential in a party's copy, and the `map` command
// writing an owner-only file (PNG: tests/cli/interest_map_command_test.cpp).
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>

#include "cli/cli_fixture.h"
#include "domain/common_ground/interest_map.h"
#include "report/interest_map_svg.h"
#include "support/case_builder.h"
#include "support/xmllint.h"

using namespace cg;
using namespace cg::domain;
using namespace cg::testing;

namespace {

const char* kMediatorOnlyMarker = "MARKER-7f3c-mediator-only";

CaseRecord awkwardCase() {
    CaseBuilder builder("CG-2026-0042", "AT&T <Ops> v. Ελληνική Α.Ε.");
    builder.withParty("AT&T <Ops>")
        .withParty("Ελληνική Α.Ε. & «Рога и копыта»", PartyRole::Respondent);
    builder.withParty("Boutique Élégance USA, Inc.", PartyRole::ThirdParty);
    builder.withInterest(1, "Keep \"uptime\" > 99.9 % & <no> fines")
        .withInterest(2, "Сохранить клиента");
    builder.withInterest(1, kMediatorOnlyMarker, Visibility::MediatorOnly);
    builder.withClaim(1, 2, "breach").withClaim(2, 1, "declined MFA");
    return builder.build();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InterestMapSvg)

BOOST_AUTO_TEST_CASE(textIsEscapedAndNonLatinScriptsPassThrough) {
    const std::string svg = report::interestMapSvg(
        layoutInterestMap(awkwardCase(), Audience::mediator(), 1200, 900));
    BOOST_TEST(contains(svg, "AT&amp;T &lt;Ops&gt;"));
    BOOST_TEST(!contains(svg, "AT&T"));
    BOOST_TEST(!contains(svg, "<Ops>"));
    BOOST_TEST(contains(svg, "Keep &quot;uptime&quot; &gt; 99.9 % &amp; &lt;no&gt; fines"));
    BOOST_TEST(contains(svg, "Ελληνική Α.Ε. &amp; «Рога и копыта»"));
    BOOST_TEST(contains(svg, "Сохранить клиента"));
    BOOST_TEST(contains(svg, "Mediator — contains confidential material"));
}

BOOST_AUTO_TEST_CASE(shorteningCountsCharactersNotBytes) {
    BOOST_TEST(report::shortenText("Ελληνική", 8) == "Ελληνική");
    BOOST_TEST(report::shortenText("Ελληνική", 5) == "Ελλη…");
    BOOST_TEST(report::shortenText("abc", 0) == "");
    BOOST_TEST(report::xmlEscape(std::string("a\x01"
                                          "b'")) == "ab&apos;");
}

BOOST_AUTO_TEST_CASE(xmllintAcceptsTheMap, *boost::unit_test::precondition(XmllintInstalled())) {
    ScopedTempDir dir;
    const std::string path = dir.file("map.svg");
    writeBytes(path, report::interestMapSvg(
                         layoutInterestMap(awkwardCase(), Audience::mediator(), 1200, 900)));
    const ProcessResult r = runProcess({"xmllint", "--noout", path});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(r.err.empty());
}

BOOST_AUTO_TEST_CASE(aPartysCopyNeverHoldsMediatorOnlyText) {
    const CaseRecord record = awkwardCase();
    BOOST_TEST(contains(
        report::interestMapSvg(layoutInterestMap(record, Audience::mediator(), 1200, 900)),
        kMediatorOnlyMarker));
    for (const Audience& audience :
         {Audience::party(1), Audience::party(2), Audience::allParties()}) {
        const std::string svg =
            report::interestMapSvg(layoutInterestMap(record, audience, 1200, 900));
        BOOST_TEST(!contains(svg, kMediatorOnlyMarker));
    }
    const std::string forTheClaimant =
        report::interestMapSvg(layoutInterestMap(record, Audience::party(1), 1200, 900));
    BOOST_TEST(contains(forTheClaimant, "Prepared for: AT&amp;T &lt;Ops&gt;"));
}

struct RetailerCase : CliFixture {
    RetailerCase() {
        cli({"init"});
        const auto r = cli({"import", sample("online-retailer-cardholder-data.cgcase")});
        BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    }
};

BOOST_FIXTURE_TEST_CASE(theMapCommandWritesAnOwnerOnlySvgForTheAudience, RetailerCase) {
    const std::string out = dir.file("retailer.svg");
    const auto r = cli({"map", "CG-2026-0002", "--audience", "1", "--out", out});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(contains(r.out, "Wrote the interest map of CG-2026-0002"));
    struct stat info {};
    BOOST_REQUIRE(::stat(out.c_str(), &info) == 0);
    BOOST_TEST((info.st_mode & 0777) == 0600u);
    const std::string svg = readBytes(out);
    BOOST_TEST(contains(svg, "Prepared for: Boutique Élégance USA, Inc."));
    BOOST_TEST(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    if (xmllintInstalled()) BOOST_TEST(runProcess({"xmllint", "--noout", out}).exitCode == 0);
}

BOOST_AUTO_TEST_SUITE_END()
