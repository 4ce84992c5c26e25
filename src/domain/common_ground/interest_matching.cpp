#include "domain/common_ground/interest_matching.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <iterator>
#include <optional>
#include <unordered_map>

namespace cg::domain {

namespace {

// English function words, the generic verbs of interest descriptions
// ("wants", "keep") and the "Mediator's reading:" that opens a mediator's own
// note: none says anything about what is at stake.
constexpr std::array<std::string_view, 100> kStopWords{
    "about", "after", "again", "all", "also", "and", "any", "are", "because", "been", "before", "being",
    "both", "but", "can", "could", "did", "does", "each", "either", "for", "from", "further", "get", "had",
    "has", "have", "her", "here", "him", "his", "how", "into", "its", "itself", "just", "keep", "may", "mediator",
    "might", "more", "most", "much", "must", "needs", "neither", "nor", "not", "now", "off", "once", "only",
    "other", "our", "out", "over", "own", "per", "reading", "same", "she", "should", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "too", "under",
    "until", "very", "via", "want", "wants", "was", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your"};

bool isStopWord(std::string_view word) {
    return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

bool isWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

std::size_t characters(const std::string& word) {
    return static_cast<std::size_t>(
        std::count_if(word.begin(), word.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void addWord(std::string word, std::set<std::string>& words) {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    // Bare numbers ("000" of "$100,000") say nothing about what a party needs.
    const bool number = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (number || characters(word) < 3 || isStopWord(word)) return;
    words.insert(std::move(word));
}

}  // namespace

std::set<std::string> contentWords(std::string_view text) {
    std::set<std::string> words;
    std::string current;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (isWordByte(c)) {
            current += c < 0x80 ? static_cast<char>(std::tolower(c)) : ch;
        } else if (!current.empty()) {
            addWord(std::move(current), words);
            current.clear();
        }
    }
    if (!current.empty()) addWord(std::move(current), words);
    return words;
}

namespace {

std::optional<InterestMatch> matchWords(const Interest& first, const std::set<std::string>& a, const Interest& second,
                                        const std::set<std::string>& b) {
    if (first.partyNo == second.partyNo || first.category != second.category) return std::nullopt;
    InterestMatch match{first.no, second.no, {}, 0};
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(match.commonWords));
    if (match.commonWords.size() < kMinCommonWords) return std::nullopt;
    const std::size_t either = a.size() + b.size() - match.commonWords.size();
    match.scorePercent = static_cast<int>(match.commonWords.size() * 100 / either);
    return match;
}

}  // namespace

std::optional<InterestMatch> matchInterests(const Interest& first, const Interest& second) {
    return matchWords(first, contentWords(first.description), second, contentWords(second.description));
}

InterestMatcher::InterestMatcher(const std::vector<Interest>& interests) {
    std::unordered_map<std::string, int> ids;
    for (const auto& interest : interests) {
        Entry entry{&interest, {}};
        for (const auto& word : contentWords(interest.description)) {
            auto [it, added] = ids.try_emplace(word, static_cast<int>(m_words.size()));
            if (added) m_words.push_back(word);
            entry.words.push_back(it->second);
        }
        std::sort(entry.words.begin(), entry.words.end());
        m_byParty[interest.partyNo].push_back(std::move(entry));
    }
}

std::vector<InterestMatcher::Candidate> InterestMatcher::between(RecordNo firstPartyNo, RecordNo secondPartyNo) const {
    std::vector<Candidate> matches;
    const auto firsts = m_byParty.find(firstPartyNo);
    const auto seconds = m_byParty.find(secondPartyNo);
    if (firstPartyNo == secondPartyNo || firsts == m_byParty.end() || seconds == m_byParty.end()) return matches;
    std::vector<int> common;
    for (const Entry& a : firsts->second)
        for (const Entry& b : seconds->second) {
            if (a.interest->category != b.interest->category) continue;
            common.clear();
            std::set_intersection(a.words.begin(), a.words.end(), b.words.begin(), b.words.end(),
                                  std::back_inserter(common));
            if (common.size() < kMinCommonWords) continue;
            const std::size_t either = a.words.size() + b.words.size() - common.size();
            matches.push_back({a.interest->no, b.interest->no, static_cast<int>(common.size() * 100 / either), common});
        }
    std::sort(matches.begin(), matches.end(), [](const Candidate& x, const Candidate& y) {
        if (x.scorePercent != y.scorePercent) return x.scorePercent > y.scorePercent;
        return std::pair(x.firstNo, x.secondNo) < std::pair(y.firstNo, y.secondNo);
    });
    return matches;
}

InterestMatch InterestMatcher::spell(const Candidate& candidate) const {
    InterestMatch match{candidate.firstNo, candidate.secondNo, {}, candidate.scorePercent};
    for (int id : candidate.wordIds) match.commonWords.push_back(m_words[static_cast<std::size_t>(id)]);
    std::sort(match.commonWords.begin(), match.commonWords.end());
    return match;
}

}  // namespace cg::domain
