#pragma once
// The conflict-of-interest check: every name of every case, indexed so that
// a new party, counsel or participant can be looked up at intake in well
// under the 100 ms the issue allows against 10,000 cases.
//
// Each recorded name is split into the names it stands for
// (recorded_name.h), normalised (normalised_name.h) and entered under each
// spelling of each of its words. A search looks up the searched words, and
// for words that may be misspelt (name_similarity.h) also every indexed
// word one edit away, through the words' one-letter deletions (an indexed
// word and a searched word within one edit share a deletion, or one is a
// deletion of the other). Only names that share enough words with the
// search are then compared in full; nothing is scanned entry by entry.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/conflicts/conflict_entry.h"
#include "domain/conflicts/normalised_name.h"

namespace cg::domain::conflicts {

class NamePrefilter;

class ConflictIndex {
public:
    explicit ConflictIndex(std::vector<ConflictEntry> entries);
    // An index for searching only the names given, as a command that checks
    // one or a few names needs: texts that cannot match any of them
    // (name_prefilter.h) are not normalised or indexed, which is most of the
    // time an index of every name takes. Their searches find exactly what
    // the full index finds; searching any other name throws
    // std::logic_error. Throws ValidationError when a name has no letters or
    // digits.
    ConflictIndex(std::vector<ConflictEntry> entries, const std::vector<std::string>& onlyFor);
    ConflictIndex(const ConflictIndex&) = delete;  // hits point into the entries
    ConflictIndex& operator=(const ConflictIndex&) = delete;

    // Every entry whose name is the same as or similar to name, the
    // strongest matches first, then by case reference and role; one hit per
    // entry. Throws ValidationError when name has no letters or digits.
    std::vector<ConflictHit> search(std::string_view name) const;

    const std::vector<ConflictEntry>& entries() const { return m_entries; }
    std::size_t caseCount() const;

private:
    using Id = std::uint32_t;
    // Where a normalised name occurs: in which entry, as which part of its
    // recorded text.
    struct Occurrence {
        Id entry;
        Id text;         // the part of the recorded text it came from, in m_texts
        bool wholeText;  // the recorded text itself (less bracketed remarks)
    };
    // Each normalised name is indexed and compared once, however many
    // entries carry it (a mediator appears in hundreds of cases).
    struct IndexedName {
        NormalisedName name;
        std::vector<Occurrence> occurrences;
    };

    void indexEntries(const NamePrefilter* filter);
    Id nameId(NormalisedName name);
    Id spellingId(std::string_view spelling);
    void indexNearWords();
    // The ids of indexed spellings that are the same as or near word.
    std::vector<Id> spellingsMatching(const NameWord& word) const;

    std::vector<ConflictEntry> m_entries;
    // For an index limited to some names, their keys (see nameKey).
    bool m_limited = false;
    std::vector<std::string> m_onlyFor;
    std::vector<std::string> m_texts;
    std::vector<IndexedName> m_names;
    std::unordered_map<std::string, Id> m_nameIds;  // by the words' spellings
    std::unordered_map<std::string, Id> m_spellingIds;
    std::vector<std::string> m_spellings;
    std::vector<std::vector<Id>> m_namesBySpelling;
    // One-letter deletions (and the word itself) of every spelling that
    // mayBeMisspelt → those spellings.
    std::unordered_map<std::string, std::vector<Id>> m_spellingsByDeletion;
    std::unordered_map<std::string, std::vector<Id>> m_namesByJoined;
};

}  // namespace cg::domain::conflicts
