#include "store/schema_migrations.h"

namespace cg::store {

const Migration& schemaVersion7() {
    static const Migration migration{
        7,
        "each party's alternatives (BATNA, WATNA) and confidential bottom lines",
        {},
    };
    return migration;
}

}  // namespace cg::store
