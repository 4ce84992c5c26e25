#pragma once
// Runs a program as a separate process and captures what a user would see:
// its exit code, standard output and standard error.
#include <sys/wait.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace cg::testing {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string shellQuote(const std::string& arg) {
    std::string quoted = "'";
    for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// environment: "NAME=value" assignments put before the command.
inline ProcessResult runProcess(const std::vector<std::string>& argv, const std::vector<std::string>& environment = {}) {
    ScopedTempDir capture;
    std::string command;
    for (const auto& assignment : environment) command += assignment + " ";
    for (const auto& arg : argv) command += shellQuote(arg) + " ";
    command += "</dev/null >" + shellQuote(capture.file("out")) + " 2>" + shellQuote(capture.file("err"));
    const int status = std::system(command.c_str());
    ProcessResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readBytes(capture.file("out"));
    result.err = readBytes(capture.file("err"));
    return result;
}

}  // namespace cg::testing
