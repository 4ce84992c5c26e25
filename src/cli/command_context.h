#pragma once
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "store/database.h"

namespace cg::cli {

// What a command runs with: where output goes and the database it works on,
// opened on first use so that `--help` never touches a file.
class CommandContext {
public:
    CommandContext(std::optional<std::string> dbOption, std::ostream& out, std::ostream& err);
    ~CommandContext();

    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }

    // The connection string after --db / $COMMONGROUND_DB / the default.
    std::string connection() const;
    // Opens an existing database (commands other than `init` never create one,
    // so a mistyped --db path is an error rather than a new empty database).
    store::Database& database();
    store::Database& createDatabase();

    static std::string currentUser();

private:
    std::optional<std::string> m_dbOption;
    std::ostream& m_out;
    std::ostream& m_err;
    std::unique_ptr<store::Database> m_database;
};

}  // namespace cg::cli
