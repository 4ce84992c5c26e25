#pragma once
// A real, fresh database of the engine under test (test_engine.h) — an
// SQLite file in a temporary directory, or a new database on the test
// server — opened as the mediator "Ingrid"; reopen() closes and opens it
// again, as a restart would.
#include <memory>
#include <string>

#include "domain/party.h"
#include "store/database.h"
#include "support/temp_dir.h"
#include "test_engine.h"

namespace cg::testing {

struct StoreFixture {
    ScopedTempDir dir;
    std::string connection = freshDatabase(dir.path().string());
    std::string path = connection;  // the SQLite file; SQLite-only tests use it
    std::unique_ptr<store::Database> db = store::Database::open(connection, "Ingrid");

    void reopen() {
        db.reset();
        db = store::Database::open(connection, "Ingrid", store::Database::OpenMode::MustExist);
    }

    // A second mediator working on the same database at the same time.
    std::unique_ptr<store::Database> openAs(const std::string& actor) const {
        return store::Database::open(connection, actor, store::Database::OpenMode::MustExist);
    }

    std::unique_ptr<RawDatabase> bypass() const { return rawAccess(connection); }
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

// A third party with only a name, for tests about who may save what.
inline domain::Party partyNamed(const std::string& name) {
    domain::Party party;
    party.name = name;
    party.role = domain::PartyRole::ThirdParty;
    return party;
}

}  // namespace cg::testing
