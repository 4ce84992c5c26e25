#pragma once
// A name as it stands in some case of the database, and a hit of the
// conflict-of-interest check on it.
#include <optional>
#include <string>
#include <string_view>

#include "domain/calendar.h"
#include "domain/vocabulary.h"

namespace cg::domain::conflicts {

// The capacity in which a name appears in a case. An insurer is named in a
// party's insurance cover or attends as a participant for one.
enum class ConflictRole {
    Party,
    Representative,
    Counsel,
    Signatory,
    Participant,
    Mediator,
    Insurer
};

std::string_view toString(ConflictRole role);

struct ConflictEntry {
    std::string name;  // as recorded: "Dr. Jürgen Müller, DDS, managing member"
    ConflictRole role = ConflictRole::Party;
    std::string caseReference;
    std::string caseTitle;
    CaseStatus caseStatus = CaseStatus::Intake;
    Date openedOn;
    std::optional<Date> closedOn;
};

// How a hit's name relates to the name searched for, strongest first.
enum class MatchKind {
    Exact,      // the same words in the same order once case, accents, script,
                // punctuation, legal forms and titles are set aside
    WordOrder,  // the same words in another order ("Müller, Anna" / "Anna Müller")
    Spelling,   // the same words, one letter off in some of the longer ones,
                // or spaced differently ("Mueler", "Nimbus Core")
    Partial,    // every word of the shorter name appears in the longer one
                // ("Müller" / "Anna Müller"), with no word contradicting it
};

std::string_view toString(MatchKind kind);

struct ConflictHit {
    const ConflictEntry* entry = nullptr;  // owned by the ConflictIndex searched
    MatchKind kind = MatchKind::Exact;
    // The part of the recorded text that matched, when only a part did
    // ("Rebecca Lowenstein" out of "Rebecca Lowenstein, Lowenstein Ferraro
    // LLP", "Aikaterini Papadopoulou" out of "Αικατερίνη Παπαδοπούλου
    // (Aikaterini Papadopoulou)"); empty when the whole text matched.
    std::string matchedName;
};

}  // namespace cg::domain::conflicts
