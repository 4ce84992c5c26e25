#pragma once
// Each test gets its own database file in a scratch directory and runs the
// real commonground-cli against it as a separate process.
#include <string>
#include <vector>

#include "support/process.h"
#include "support/temp_dir.h"

namespace cg::testing {

struct CliFixture {
    ScopedTempDir dir;
    std::string db = dir.file("cases.db");

    ProcessResult cli(std::vector<std::string> args) const {
        args.insert(args.begin(), {CG_CLI_PATH, "--db", db});
        return runProcess(args, {"COMMONGROUND_USER=test-mediator"});
    }
    static ProcessResult cliWithoutDb(std::vector<std::string> args) {
        args.insert(args.begin(), CG_CLI_PATH);
        return runProcess(args);
    }
    // The database as SQL text: equal dumps mean nothing was stored or lost.
    std::string dump() const { return runProcess({"sqlite3", db, ".dump"}).out; }

    static std::string sample(const std::string& name) {
        return std::string(CG_SOURCE_DIR) + "/data/samples/" + name;
    }
};

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace cg::testing
