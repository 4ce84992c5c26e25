#pragma once
#include <optional>
#include <string>

#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// A possible settlement term and the interests it satisfies.
struct SettlementOption {
    RecordNo no = 0;
    OptionKind kind = OptionKind::Payment;
    std::string description;
    std::optional<Money> amount;
    OptionalNo payerNo;
    OptionalNo payeeNo;
    OptionStatus status = OptionStatus::Proposed;
    RecordNos interestNos;
};

}  // namespace cg::domain
