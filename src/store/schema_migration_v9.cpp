#include "store/schema_migrations.h"

namespace cg::store {

// Version 9: a legal hold on a case (legal_hold.h). While legal_hold_reason
// is set, the case cannot be purged; who set it and when are kept beside it
// so that the refusal can name them. NULL reason: no hold.
const Migration& schemaVersion9() {
    static const Migration migration{
        9,
        "legal hold on a case, which refuses its secure deletion",
        {
            "ALTER TABLE cases ADD COLUMN legal_hold_reason TEXT",
            "ALTER TABLE cases ADD COLUMN legal_hold_by TEXT",
            "ALTER TABLE cases ADD COLUMN legal_hold_since TEXT",
        },
    };
    return migration;
}

}  // namespace cg::store
