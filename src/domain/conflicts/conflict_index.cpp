#include "domain/conflicts/conflict_index.h"

#include <algorithm>
#include <bit>
#include <unordered_set>
#include <stdexcept>
#include <tuple>

#include "domain/conflicts/name_prefilter.h"
#include "domain/conflicts/name_similarity.h"
#include "domain/conflicts/recorded_name.h"
#include "domain/errors.h"

namespace cg::domain::conflicts {

namespace {

// Bit i of a name's mask: searched word i is among its words. The top bit
// marks a name written as the searched one with other spacing.
constexpr std::size_t kCountedWords = 63;
constexpr std::uint64_t kSameLettersBit = std::uint64_t{1} << 63;

// The word itself and the word with each one letter left out.
std::vector<std::string> deletionKeys(std::string_view spelling) {
    std::vector<std::string> keys{std::string(spelling)};
    for (std::size_t i = 0; i < spelling.size(); ++i) {
        std::string key(spelling.substr(0, i));
        key += spelling.substr(i + 1);
        if (key != keys.back()) keys.push_back(std::move(key));  // "anna" drops one n once
    }
    return keys;
}

// Names with the same key are the same to every comparison: the same words
// in the same order with the same spellings ("Muller" is not "Müller", which
// is also "Mueller").
std::string nameKey(const NormalisedName& name) {
    std::string key;
    for (const auto& word : name.words()) key += word.spelling + '/' + word.alternative + ' ';
    return key;
}

// The searched name normalised; throws when there is nothing to search for.
NormalisedName searchedName(std::string_view text) {
    NormalisedName searched = NormalisedName::of(text);
    if (searched.empty())
        throw ValidationError(
            "'" + std::string(text) +
            "' has no letters or digits to search for; give the name of a person or an "
            "organisation");
    return searched;
}

}  // namespace

ConflictIndex::ConflictIndex(std::vector<ConflictEntry> entries) : m_entries(std::move(entries)) {
    indexEntries(nullptr);
}

ConflictIndex::ConflictIndex(std::vector<ConflictEntry> entries,
                             const std::vector<std::string>& onlyFor)
    : m_entries(std::move(entries)), m_limited(true) {
    std::vector<NormalisedName> searched;
    for (const std::string& name : onlyFor) {
        searched.push_back(searchedName(name));
        m_onlyFor.push_back(nameKey(searched.back()));
    }
    const NamePrefilter filter(std::move(searched));
    indexEntries(&filter);
}

void ConflictIndex::indexEntries(const NamePrefilter* filter) {
    // The same text recurs (a mediator in every case, a representative who
    // is also the signatory and a participant): split and normalised once,
    // separately as a party's name and as a person's, which split differently.
    struct Part {
        Id name;
        Id text;
    };
    std::unordered_map<std::string_view, std::vector<Part>> partsOf[2];
    for (auto& parts : partsOf) parts.reserve(m_entries.size());
    for (Id e = 0; e < m_entries.size(); ++e) {
        const ConflictEntry& entry = m_entries[e];
        const bool party = entry.role == ConflictRole::Party;
        const auto [cached, added] = partsOf[party ? 1 : 0].try_emplace(entry.name);
        if (added && (!filter || filter->mayMatch(entry.name))) {
            for (auto& text : namesIn(
                     entry.name, party ? NameField::PartyName : NameField::PersonWithAdditions)) {
                NormalisedName name = NormalisedName::of(text);
                if (name.empty()) continue;
                cached->second.push_back({nameId(std::move(name)), static_cast<Id>(m_texts.size())});
                m_texts.push_back(std::move(text));
            }
        }
        for (std::size_t t = 0; t < cached->second.size(); ++t) {
            const Part& part = cached->second[t];
            auto& occurrences = m_names[part.name].occurrences;
            // "Marcus Delgado" is both the whole text and its first part: once.
            if (!occurrences.empty() && occurrences.back().entry == e) continue;
            occurrences.push_back({e, part.text, t == 0});
        }
    }
    indexNearWords();
}

ConflictIndex::Id ConflictIndex::nameId(NormalisedName name) {
    const auto [it, added] = m_nameIds.try_emplace(nameKey(name), static_cast<Id>(m_names.size()));
    if (!added) return it->second;
    const Id at = it->second;
    for (const auto& word : name.words())
        for (const auto spelling : word.spellings())
            m_namesBySpelling[spellingId(spelling)].push_back(at);
    m_namesByJoined[name.joined()].push_back(at);
    m_names.push_back({std::move(name), {}});
    return at;
}

ConflictIndex::Id ConflictIndex::spellingId(std::string_view spelling) {
    const auto [it, added] =
        m_spellingIds.try_emplace(std::string(spelling), static_cast<Id>(m_spellings.size()));
    if (added) {
        m_spellings.emplace_back(spelling);
        m_namesBySpelling.emplace_back();
    }
    return it->second;
}

void ConflictIndex::indexNearWords() {
    for (Id id = 0; id < m_spellings.size(); ++id) {
        if (!mayBeMisspelt(m_spellings[id])) continue;
        for (auto& key : deletionKeys(m_spellings[id]))
            m_spellingsByDeletion[std::move(key)].push_back(id);
    }
}

std::vector<ConflictIndex::Id> ConflictIndex::spellingsMatching(const NameWord& word) const {
    std::vector<Id> ids;
    for (const auto spelling : word.spellings()) {
        if (const auto it = m_spellingIds.find(std::string(spelling)); it != m_spellingIds.end())
            ids.push_back(it->second);
        if (!mayBeMisspelt(spelling)) continue;
        for (const auto& key : deletionKeys(spelling)) {
            const auto found = m_spellingsByDeletion.find(key);
            if (found == m_spellingsByDeletion.end()) continue;
            for (const Id id : found->second)
                if (withinOneEdit(spelling, m_spellings[id])) ids.push_back(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::vector<ConflictHit> ConflictIndex::search(std::string_view text) const {
    const NormalisedName searched = searchedName(text);
    if (m_limited &&
        std::find(m_onlyFor.begin(), m_onlyFor.end(), nameKey(searched)) == m_onlyFor.end())
        throw std::logic_error("ConflictIndex: '" + std::string(text) +
                               "' is not one of the names this index was built to search for");
    const std::size_t counted = std::min(searched.words().size(), kCountedWords);

    std::vector<std::uint64_t> wordsFound(m_names.size(), 0);
    std::vector<Id> candidates;
    const auto mark = [&](Id name, std::uint64_t bit) {
        if (wordsFound[name] == 0) candidates.push_back(name);
        wordsFound[name] |= bit;
    };
    for (std::size_t i = 0; i < counted; ++i)
        for (const Id spelling : spellingsMatching(searched.words()[i]))
            for (const Id name : m_namesBySpelling[spelling]) mark(name, std::uint64_t{1} << i);
    if (const auto it = m_namesByJoined.find(searched.joined()); it != m_namesByJoined.end())
        for (const Id name : it->second) mark(name, kSameLettersBit);

    // The best match of each entry: the strongest kind, and for equal kinds
    // the whole recorded text rather than a part of it.
    struct Best {
        MatchKind kind;
        const Occurrence* occurrence;
    };
    std::unordered_map<Id, Best> best;
    for (const Id name : candidates) {
        const std::uint64_t found = wordsFound[name];
        const std::size_t needed = std::min(counted, m_names[name].name.words().size());
        if (!(found & kSameLettersBit) && static_cast<std::size_t>(std::popcount(found)) < needed)
            continue;
        const auto kind = compareNames(searched, m_names[name].name);
        if (!kind) continue;
        for (const Occurrence& occurrence : m_names[name].occurrences) {
            const auto [it, added] = best.try_emplace(occurrence.entry, Best{*kind, &occurrence});
            const Best& held = it->second;
            if (!added && std::pair(*kind, !occurrence.wholeText) <
                              std::pair(held.kind, !held.occurrence->wholeText))
                it->second = {*kind, &occurrence};
        }
    }

    std::vector<ConflictHit> hits;
    hits.reserve(best.size());
    for (const auto& [entry, match] : best)
        hits.push_back({&m_entries[entry], match.kind,
                        match.occurrence->wholeText ? std::string() : m_texts[match.occurrence->text]});
    std::sort(hits.begin(), hits.end(), [](const ConflictHit& a, const ConflictHit& b) {
        return std::tie(a.kind, a.entry->caseReference, a.entry->role, a.entry->name) <
               std::tie(b.kind, b.entry->caseReference, b.entry->role, b.entry->name);
    });
    return hits;
}

std::size_t ConflictIndex::caseCount() const {
    // Hashed rather than ordered: counting 10,000 cases' 80,000 entries
    // through a std::set took as long as the search itself.
    std::unordered_set<std::string_view> references;
    references.reserve(m_entries.size() / 4);
    for (const auto& entry : m_entries) references.insert(entry.caseReference);
    return references.size();
}

}  // namespace cg::domain::conflicts
