#pragma once
// A party's best and worst alternative to a negotiated agreement (BATNA,
// WATNA; Fisher & Ury, "Getting to Yes"): what it will do if the mediation
// fails, what that is worth to it and how likely it is. The mediator uses
// them to reality-test positions; they belong to the party's preparation
// sheet and are never shown to the other side.
#include <optional>
#include <string>

#include "domain/money.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

struct Alternative {
    RecordNo no = 0;
    RecordNo partyNo = 0;
    AlternativeKind kind = AlternativeKind::Batna;
    std::string description;  // "sue the MSP in state court", "absorb the loss"
    // What the alternative is worth in money: for a claimant usually what it
    // would recover, for a respondent what it would pay (a judgment, legal
    // fees). Money is never negative, so the description says which.
    std::optional<Money> value;
    int likelihoodPercent = 50;  // 0..100, the party's (or mediator's) estimate
    // Everyone is not allowed: an alternative is the party's own (with the
    // mediator) or the mediator's estimate alone.
    Visibility visibility = Visibility::PartyAndMediator;
};

}  // namespace cg::domain
