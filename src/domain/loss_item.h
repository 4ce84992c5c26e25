#pragma once
#include <string>

#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// A cost borne by a party, estimated as a range.
struct LossItem {
    RecordNo no = 0;
    RecordNo partyNo = 0;
    LossCategory category = LossCategory::Other;
    std::string description;
    Money low;
    Money high;
    // Whether notification, forensics and the like count as direct damages
    // (recoverable under a cap) or consequential (often excluded) is a common
    // dispute, so each loss carries its own tag.
    DamagesType damages = DamagesType::Undetermined;
};

}  // namespace cg::domain
