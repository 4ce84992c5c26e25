#include "domain/conflicts/conflict_entry.h"

namespace cg::domain::conflicts {

std::string_view toString(ConflictRole role) {
    switch (role) {
        case ConflictRole::Party:
            return "party";
        case ConflictRole::Representative:
            return "representative";
        case ConflictRole::Counsel:
            return "counsel";
        case ConflictRole::Signatory:
            return "signatory";
        case ConflictRole::Participant:
            return "participant";
        case ConflictRole::Mediator:
            return "mediator";
        case ConflictRole::Insurer:
            return "insurer";
    }
    return "?";
}

std::string_view toString(MatchKind kind) {
    switch (kind) {
        case MatchKind::Exact:
            return "same name";
        case MatchKind::WordOrder:
            return "same words, other order";
        case MatchKind::Spelling:
            return "near spelling";
        case MatchKind::Partial:
            return "partial name";
    }
    return "?";
}

}  // namespace cg::domain::conflicts
