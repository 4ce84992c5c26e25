#include "store/connection_string.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "store/database.h"
#include "store/store_error.h"
#include "store_fixture.h"

using namespace cg::store;
using cg::testing::messageOf;

namespace {

// Sets an environment variable for one test and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~ScopedEnv() {
        if (m_old)
            setenv(m_name, m_old->c_str(), 1);
        else
            unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(ConnectionString)

BOOST_AUTO_TEST_CASE(everySqliteSpellingNamesTheSameFile) {
    BOOST_TEST(parseConnection("sqlite:/srv/cases.db").location == "/srv/cases.db");
    BOOST_TEST(parseConnection("sqlite:///srv/cases.db").location == "/srv/cases.db");
    BOOST_TEST(parseConnection("/srv/cases.db").location == "/srv/cases.db");
    BOOST_TEST((parseConnection("/srv/cases.db").backend == ConnectionTarget::Backend::Sqlite));
}

BOOST_AUTO_TEST_CASE(aRelativePathIsTakenFromTheWorkingDirectory) {
    const auto expected = (std::filesystem::current_path() / "cases.db").string();
    BOOST_TEST(parseConnection("cases.db").location == expected);
    BOOST_TEST(parseConnection("sqlite:cases.db").location == expected);
}

BOOST_AUTO_TEST_CASE(aTildeIsTheHomeDirectory) {
    ScopedEnv home("HOME", "/home/ingrid");
    BOOST_TEST(parseConnection("~/cases.db").location == "/home/ingrid/cases.db");
}

BOOST_AUTO_TEST_CASE(postgresqlIsRecognisedButNotAvailableYet) {
    BOOST_TEST((parseConnection("postgresql://ingrid@db.example:5432/cases").backend ==
                ConnectionTarget::Backend::PostgreSql));
    BOOST_TEST(
        messageOf<StoreError>(
            [] { Database::open("postgresql://ingrid@db.example:5432/cases", "Ingrid"); }) ==
        "PostgreSQL support is not available yet. Use an SQLite file for now: give a path, or "
        "sqlite:/path/to/file.db.");
}

BOOST_AUTO_TEST_CASE(anUnknownKindOfDatabaseIsRefused) {
    BOOST_TEST(messageOf<StoreError>([] { parseConnection("mysql://ingrid@db/cases"); }) ==
               "'mysql://ingrid@db/cases' names a mysql database, which CommonGround does not "
               "support; give an SQLite file path (or sqlite:/path/to/file.db)");
    BOOST_TEST(messageOf<StoreError>([] { parseConnection(""); }) ==
               "no database was named; give a file path or sqlite:/path/to/file.db");
}

BOOST_AUTO_TEST_CASE(theDbOptionWinsOverTheEnvironmentWhichWinsOverTheDefault) {
    ScopedEnv data("XDG_DATA_HOME", "/data/ingrid");
    {
        ScopedEnv env(kDatabaseEnvVar, "/env/cases.db");
        BOOST_TEST(resolveConnection(std::string("/option/cases.db")) == "/option/cases.db");
        BOOST_TEST(resolveConnection(std::nullopt) == "/env/cases.db");
    }
    ScopedEnv noEnv(kDatabaseEnvVar, nullptr);
    BOOST_TEST(resolveConnection(std::nullopt) == "/data/ingrid/commonground/commonground.db");
}

BOOST_AUTO_TEST_CASE(theDefaultFileLivesUnderXdgDataHomeOrTheHomeDirectory) {
    ScopedEnv home("HOME", "/home/ingrid");
    {
        ScopedEnv data("XDG_DATA_HOME", "/data/ingrid");
        BOOST_TEST(defaultSqlitePath() == "/data/ingrid/commonground/commonground.db");
    }
    {
        ScopedEnv data("XDG_DATA_HOME", nullptr);
        BOOST_TEST(defaultSqlitePath() == "/home/ingrid/.local/share/commonground/commonground.db");
    }
    {
        // The XDG specification says a relative value is invalid and ignored.
        ScopedEnv data("XDG_DATA_HOME", "relative/data");
        BOOST_TEST(defaultSqlitePath() == "/home/ingrid/.local/share/commonground/commonground.db");
    }
}

BOOST_AUTO_TEST_SUITE_END()
