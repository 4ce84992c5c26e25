#pragma once
// Suggested shared interests: two parties' interests of the same category
// whose descriptions share words. A suggestion is a prompt for the mediator,
// never a finding: the worksheet marks it "suggested" until the mediator
// confirms it by linking both interests to the claim.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/interest.h"
#include "domain/record_no.h"

namespace cg::domain {

// The content words of a text: lower-cased (ASCII letters; other UTF-8
// characters kept as they are), split at anything that is not a letter or a
// digit, stop words, bare numbers and words shorter than three characters
// dropped, a plural "s" removed ("backups" and "backup" match).
std::set<std::string> contentWords(std::string_view text);

struct InterestMatch {
    RecordNo firstNo = 0;
    RecordNo secondNo = 0;
    std::vector<std::string> commonWords;  // sorted
    // Overlap in per cent: common words / words in either description
    // (Jaccard index), rounded down; 0..100.
    int scorePercent = 0;
};

// One shared word ("practice", "public") is too weak a sign: two interests
// match when they share at least this many content words.
inline constexpr std::size_t kMinCommonWords = 2;

// first and second belong to different parties, share a category and at
// least kMinCommonWords content words; nullopt otherwise.
std::optional<InterestMatch> matchInterests(const Interest& first, const Interest& second);

// Matches between two parties' interests over a whole case. Each
// description is split into words once and every word is numbered, so
// comparing thousands of interests compares short lists of integers.
class InterestMatcher {
public:
    struct Candidate {
        RecordNo firstNo = 0;
        RecordNo secondNo = 0;
        int scorePercent = 0;
        std::vector<int> wordIds;
    };

    explicit InterestMatcher(const std::vector<Interest>& interests);
    // Every match between the two parties' interests (rules as for
    // matchInterests), strongest first, then by interest numbers.
    std::vector<Candidate> between(RecordNo firstPartyNo, RecordNo secondPartyNo) const;
    // The candidate with its common words spelled out, sorted.
    InterestMatch spell(const Candidate& candidate) const;

private:
    struct Entry {
        const Interest* interest;
        std::vector<int> words;  // ascending ids
    };
    std::unordered_map<RecordNo, std::vector<Entry>> m_byParty;
    std::vector<std::string> m_words;  // by id
};

}  // namespace cg::domain
