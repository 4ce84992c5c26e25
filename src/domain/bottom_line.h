#pragma once
// A confidential bottom line a party gives the mediator in caucus: the most
// it will pay or the least it will accept. Only the mediator ever sees the
// figures; common_ground/bottom_line.h tells the mediator whether two of
// them overlap and by how much.
#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

struct BottomLine {
    RecordNo no = 0;
    RecordNo partyNo = 0;
    BottomLineStance stance = BottomLineStance::PaysAtMost;
    Money amount;
    OptionalNo sessionNo;  // the caucus in which it was given
    Date givenOn;
    std::string note;  // conditions the party attached ("if paid in 30 days")
};

}  // namespace cg::domain
