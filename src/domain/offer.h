#pragma once
#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

struct Offer {
    RecordNo no = 0;
    RecordNo fromPartyNo = 0;
    RecordNo toPartyNo = 0;
    Instant madeAt;
    OptionalNo sessionNo;
    OptionalNo respondsToOfferNo;  // a counter-offer names the offer it answers
    std::optional<Money> amount;
    std::string terms;
    OfferStatus status = OfferStatus::Open;
};

}  // namespace cg::domain
