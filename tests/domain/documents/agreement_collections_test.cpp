// The records each collection of a template draws on.
#include <boost/test/unit_test.hpp>

#include "domain/documents/agreement_collections.h"
#include "draft_cases.h"

using namespace cg::testing;
using namespace cg::domain;
using namespace cg::domain::documents;

namespace {

template <typename T>
RecordNos numbers(const std::vector<const T*>& records) {
    RecordNos result;
    for (const T* r : records) result.push_back(r->no);
    return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(AgreementCollections)

BOOST_AUTO_TEST_CASE(thirdPartiesInsurersAndRegulatorsNoTermNamesDoNotSign) {
    auto record = settlementCase();
    const auto add = [&](RecordNo no, std::string name, PartyRole role) {
        Party p;
        p.no = no;
        p.name = std::move(name);
        p.role = role;
        record.parties.push_back(p);
    };
    add(4, "State Attorney General", PartyRole::Regulator);
    add(5, "Backup Vendor Inc.", PartyRole::ThirdParty);
    add(6, "Second Clinic LLC", PartyRole::Claimant);
    BOOST_TEST(numbers(signingParties(record)) == (RecordNos{1, 2, 6}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(aPartyAnAcceptedTermNamesSignsUnlessItIsARegulator) {
    auto record = settlementCase();
    Party insurer;
    insurer.no = 4;
    insurer.name = "Empire Harbor Specialty Insurance Company";
    insurer.role = PartyRole::Insurer;
    Party regulator;
    regulator.no = 5;
    regulator.name = "State Attorney General";
    regulator.role = PartyRole::Regulator;
    record.parties.push_back(insurer);
    record.parties.push_back(regulator);
    SettlementOption release;
    release.no = nextNo(record.options);
    release.kind = OptionKind::InsuranceClaimCooperation;
    release.status = OptionStatus::Accepted;
    release.payerNo = 2;
    release.payeeNo = 4;
    SettlementOption fine = release;
    fine.no = release.no + 1;
    fine.payeeNo = 5;
    SettlementOption proposed = release;
    proposed.no = release.no + 2;
    proposed.status = OptionStatus::Proposed;
    record.options.insert(record.options.end(), {release, fine, proposed});
    BOOST_TEST(numbers(signingParties(record)) == (RecordNos{1, 2, 4}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(confirmedSharedInterestsComeFromTheWorksheetsConfirmedPairsOnly) {
    auto record = settlementCase();
    BOOST_TEST(confirmedSharedInterestNos(record) == (RecordNos{4, 5}), boost::test_tools::per_element());
    record.claims[0].interestNos = {4};  // one side only: no confirmed pair
    BOOST_TEST(confirmedSharedInterestNos(record).empty());
}

BOOST_AUTO_TEST_CASE(sharedInterestsFollowTheAcceptedTermsNotTheProposedOnes) {
    auto record = settlementCase();
    BOOST_TEST(numbers(sharedInterests(record)) == (RecordNos{1, 4, 5}), boost::test_tools::per_element());
    record.options[2].status = OptionStatus::Accepted;  // the acknowledgment serves interest 2
    BOOST_TEST(numbers(sharedInterests(record)) == (RecordNos{1, 2, 4, 5}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(agreedFactsOfTheSameDayKeepRecordOrder) {
    auto record = settlementCase();
    record.facts[2].occurredOn = record.facts[0].occurredOn;
    BOOST_TEST(numbers(agreedFacts(record)) == (RecordNos{1, 3}), boost::test_tools::per_element());
    BOOST_TEST(numbers(disputedFacts(record)) == (RecordNos{2}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
