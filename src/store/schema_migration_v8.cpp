#include "store/schema_migrations.h"

namespace cg::store {

const Migration& schemaVersion8() {
    static const Migration migration{
        8,
        "record versions for optimistic concurrency, who changed a record and when; case-level access",
        {},
    };
    return migration;
}

}  // namespace cg::store
