#include <boost/test/unit_test.hpp>

#include "domain/common_ground/interest_matching.h"

using namespace cg::domain;

namespace {

Interest interest(RecordNo no, RecordNo party, InterestCategory category, std::string description) {
    return {no, party, category, 3, Visibility::Everyone, std::move(description)};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InterestMatching)

BOOST_AUTO_TEST_CASE(contentWordsAreLowerCasedWithoutStopWordsOrPlurals) {
    const auto words = contentWords("Keep the practice's backups WORKING, and Müller's trust");
    BOOST_TEST((words == std::set<std::string>{"practice", "backup", "working", "müller", "trust"}));
}

BOOST_AUTO_TEST_CASE(sameCategoryAndSharedWordsMatchWithAJaccardScore) {
    // {restore, patient, trust, quickly} and {restore, client, trust}: two
    // words in common out of five in either → 40 %.
    const auto m = matchInterests(interest(1, 1, InterestCategory::Reputational, "Restore patient trust quickly"),
                                  interest(2, 2, InterestCategory::Reputational, "Restore client trust"));
    BOOST_REQUIRE(m.has_value());
    BOOST_TEST(m->scorePercent == 40);
    BOOST_TEST((m->commonWords == std::vector<std::string>{"restore", "trust"}));
}

BOOST_AUTO_TEST_CASE(differentCategoriesOrTheSamePartyNeverMatch) {
    BOOST_TEST(!matchInterests(interest(1, 1, InterestCategory::Reputational, "restore trust"),
                               interest(2, 2, InterestCategory::Financial, "restore trust"))
                    .has_value());
    BOOST_TEST(!matchInterests(interest(1, 1, InterestCategory::Reputational, "restore trust"),
                               interest(2, 1, InterestCategory::Reputational, "restore trust"))
                    .has_value());
    BOOST_TEST(!matchInterests(interest(1, 1, InterestCategory::Reputational, "the quiet exit"),
                               interest(2, 2, InterestCategory::Reputational, "no public fight"))
                    .has_value());
}

BOOST_AUTO_TEST_CASE(oneSharedWordIsNotEnough) {
    BOOST_TEST(!matchInterests(interest(1, 1, InterestCategory::Financial, "keep the practice solvent"),
                               interest(2, 2, InterestCategory::Financial, "be paid by the practice"))
                    .has_value());
}

BOOST_AUTO_TEST_CASE(theMediatorsOwnWordsDoNotMakeAMatch) {
    BOOST_TEST(!matchInterests(interest(1, 1, InterestCategory::Financial, "Mediator's reading: bank renewal"),
                               interest(2, 2, InterestCategory::Financial, "Mediator's reading: policy renewal"))
                    .has_value());
}

BOOST_AUTO_TEST_CASE(theMatcherRanksTheStrongestFirst) {
    const std::vector<Interest> interests = {
        interest(1, 1, InterestCategory::Regulatory, "close the OCR review with a corrective plan"),
        interest(2, 1, InterestCategory::Regulatory, "answer the regulator"),
        interest(3, 2, InterestCategory::Regulatory, "close the OCR review"),
        interest(4, 2, InterestCategory::Regulatory, "answer the regulator quickly"),
    };
    const auto matches = InterestMatcher(interests).between(1, 2);
    BOOST_REQUIRE_EQUAL(matches.size(), 2u);
    // {answer, regulator} vs {answer, regulator, quickly}: 2/3 → 66 %.
    BOOST_TEST(matches[0].firstNo == 2);
    BOOST_TEST(matches[0].secondNo == 4);
    BOOST_TEST(matches[0].scorePercent == 66);
    // {close, ocr, review, corrective, plan} vs {close, ocr, review}: 3/5 → 60 %.
    BOOST_TEST(matches[1].firstNo == 1);
    BOOST_TEST(matches[1].scorePercent == 60);
}

BOOST_AUTO_TEST_SUITE_END()
