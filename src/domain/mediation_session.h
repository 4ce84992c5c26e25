#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

struct SessionNote {
    RecordNo no = 0;  // within its session
    Instant writtenAt;
    // Caucus notes default to PartyAndMediator: confidential to the caucus
    // party and the mediator (Uniform Mediation Act s.4; caucus rule).
    Visibility visibility = Visibility::Everyone;
    std::string text;
};

// A joint session with all parties, or a private caucus with one.
struct MediationSession {
    RecordNo no = 0;
    SessionKind kind = SessionKind::Joint;
    OptionalNo caucusPartyNo;  // required for a caucus, absent for a joint session
    Instant startedAt;  // when it starts (or started): sessions are booked ahead
    std::optional<Instant> endedAt;
    std::optional<int> plannedMinutes;  // booked length, 1 .. 24 * 60
    std::string location;   // room and address; may be empty for a video session
    std::string videoLink;  // https:// link for a video session; may be empty
    std::vector<std::string> participants;
    std::vector<SessionNote> notes;
};

}  // namespace cg::domain
