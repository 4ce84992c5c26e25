#pragma once
#include <string>

#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// Someone other than a party who takes part in the mediation: counsel,
// a party's insurer, an expert, an interpreter, a co-mediator. Recorded at
// intake so that the conflict check sees them in every later case.
struct Participant {
    RecordNo no = 0;
    std::string name;          // a person or an organisation
    std::string organisation;  // the firm or insurer they come from; may be empty
    ParticipantRole role = ParticipantRole::Counsel;
    OptionalNo partyNo;        // the party they attend for; absent for a co-mediator or neutral expert
    std::string email;         // for invitations; may be empty
};

}  // namespace cg::domain
