#pragma once
// A real SQLite database file in a temporary directory, opened as the
// mediator "Ingrid"; reopen() closes and opens it again, as a restart would.
#include <memory>
#include <string>

#include "store/database.h"
#include "support/temp_dir.h"

namespace cg::testing {

struct StoreFixture {
    ScopedTempDir dir;
    std::string path = dir.file("cases.db");
    std::unique_ptr<store::Database> db = store::Database::open(path, "Ingrid");

    void reopen() {
        db.reset();
        db = store::Database::open(path, "Ingrid", store::Database::OpenMode::MustExist);
    }
};

// What the call threw as an E, or "(nothing thrown)". Anything else thrown
// escapes and fails the test with its own message.
template <typename E, typename Fn>
std::string messageOf(Fn&& fn) {
    try {
        fn();
    } catch (const E& error) {
        return error.what();
    }
    return "(nothing thrown)";
}

}  // namespace cg::testing
