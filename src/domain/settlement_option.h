#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// One payment of a term paid in instalments.
struct Instalment {
    Date dueOn;
    Money amount;

    bool operator==(const Instalment&) const = default;
};

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
    // When the term must be performed (a payment in one sum, remediation
    // completed, notices sent); a draft checks it against the deadlines.
    std::optional<Date> dueOn;
    // A payment in instalments; when present they add up to `amount`.
    std::vector<Instalment> instalments;
};

}  // namespace cg::domain
