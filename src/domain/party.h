#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

struct InsuranceCover {
    CoverKind kind = CoverKind::Cyber;
    std::string insurer;
    std::string policyNumber;
    Money limit;
    Money deductible;
};

struct Party {
    RecordNo no = 0;
    std::string name;
    PartyKind kind = PartyKind::Organisation;
    PartyRole role = PartyRole::Claimant;
    std::string sector;
    std::string representative;
    std::string counsel;
    // Who signs the settlement for the party, and as what ("Managing
    // Director"); a draft's pre-flight check lists a signing party without one.
    std::string signatoryName;
    std::string signatoryTitle;
    std::string address;  // for notices under the agreement
    // When the party signed the agreement to mediate; absent until it has.
    // The workspace warns before a session with a party that has not.
    std::optional<Date> agreementSignedOn;
    std::vector<InsuranceCover> covers;
};

}  // namespace cg::domain
