#include "store/connection_string.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "store/store_error.h"
#include "store_fixture.h"
#include "support/scoped_env.h"

using namespace cg::store;
using cg::testing::messageOf;
using cg::testing::ScopedEnv;

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

BOOST_AUTO_TEST_CASE(aPostgresqlUrlNamesServerUserAndDatabase) {
    const ConnectionTarget target = parseConnection("postgresql://ingrid@db.example:6543/cases");
    BOOST_TEST((target.backend == ConnectionTarget::Backend::PostgreSql));
    BOOST_TEST(target.server.user == "ingrid");
    BOOST_TEST(target.server.password == "");
    BOOST_TEST(target.server.host == "db.example");
    BOOST_TEST(target.server.port == 6543);
    BOOST_TEST(target.server.database == "cases");
    BOOST_TEST(target.location == "postgresql://ingrid@db.example:6543/cases");
    BOOST_TEST(target.server.libpqConnectString() ==
               "application_name='CommonGround' client_encoding='UTF8' connect_timeout=10 "
               "host='db.example' port=6543 user='ingrid' dbname='cases'");
}

BOOST_AUTO_TEST_CASE(thePasswordGoesToLibpqButNeverIntoWhatIsShown) {
    const ConnectionTarget target =
        parseConnection("postgres://maria:s%40cr%27t@10.0.0.5/firm?sslmode=require");
    BOOST_TEST(target.server.password == "s@cr't");
    BOOST_TEST(target.location == "postgresql://maria@10.0.0.5:5432/firm");
    BOOST_TEST(target.server.libpqConnectString() ==
               "application_name='CommonGround' client_encoding='UTF8' connect_timeout=10 "
               "host='10.0.0.5' user='maria' password='s@cr\\'t' dbname='firm' sslmode=require");
}

BOOST_AUTO_TEST_CASE(partsLeftOutAreLeftToLibpqAndItsEnvironment) {
    const ConnectionTarget target = parseConnection("postgresql:///cases");
    BOOST_TEST(target.server.host == "");
    BOOST_TEST(target.server.port == 0);
    BOOST_TEST(target.location == "postgresql://localhost:5432/cases");
    BOOST_TEST(target.server.libpqConnectString() ==
               "application_name='CommonGround' client_encoding='UTF8' connect_timeout=10 "
               "dbname='cases'");
    BOOST_TEST(parseConnection("postgresql://[::1]:5433/cases").server.hostAndPort() ==
               "[::1]:5433");
}

BOOST_AUTO_TEST_CASE(aMistypedPostgresqlUrlSaysWhichPartIsWrong) {
    BOOST_TEST(messageOf<StoreError>([] { parseConnection("postgresql://db:54x2/cases"); }) ==
               "'postgresql://db:54x2/cases' is not a PostgreSQL address CommonGround can use: "
               "the port '54x2' is not a number from 1 to 65535. Write it as "
               "postgresql://user@host:port/dbname.");
    BOOST_TEST(messageOf<StoreError>([] { parseConnection("postgresql://db/cases?ssl=1"); }) ==
               "'postgresql://db/cases?ssl=1' is not a PostgreSQL address CommonGround can use: "
               "the option 'ssl' is not supported (only sslmode is). Write it as "
               "postgresql://user@host:port/dbname.");
    BOOST_TEST(messageOf<StoreError>([] { parseConnection("postgresql://a%2@db/cases"); }) ==
               "'postgresql://a%2@db/cases' is not a PostgreSQL address CommonGround can use: "
               "'%' must be followed by two hexadecimal digits. Write it as "
               "postgresql://user@host:port/dbname.");
}

BOOST_AUTO_TEST_CASE(anUnknownKindOfDatabaseIsRefused) {
    BOOST_TEST(messageOf<StoreError>([] { parseConnection("mysql://ingrid@db/cases"); }) ==
               "'mysql://ingrid@db/cases' names a mysql database, which CommonGround does not "
               "support; give an SQLite file path (or sqlite:/path/to/file.db) or a PostgreSQL "
               "server (postgresql://user@host:port/dbname)");
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
