#pragma once
// Checks a file against data/schema/cgcase.xsd with the real xmllint, as a
// user or a CI script would. Tests that need it are skipped, with a message,
// only when xmllint is not installed (Debian package libxml2-utils).
#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <string>

namespace cg::testing {

inline const std::string kCaseFileSchema = std::string(CG_SOURCE_DIR) + "/data/schema/cgcase.xsd";

struct XmllintResult {
    int exitCode = -1;
    std::string output;  // what xmllint printed, errors included
};

inline std::string quotedForShell(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

inline XmllintResult runShell(const std::string& command) {
    XmllintResult result;
    std::FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) result.output.append(buffer, got);
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline bool xmllintInstalled() {
    static const bool installed = runShell("command -v xmllint").exitCode == 0;
    return installed;
}

// Decorator: *boost::unit_test::precondition(XmllintInstalled())
struct XmllintInstalled {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
        boost::test_tools::assertion_result result(xmllintInstalled());
        result.message() << "xmllint is not installed (apt-get install libxml2-utils); schema check skipped";
        return result;
    }
};

// xmllint --noout --schema cgcase.xsd path: exit code 0 when the file is valid.
inline XmllintResult checkAgainstSchema(const std::string& path) {
    return runShell("xmllint --noout --schema " + quotedForShell(kCaseFileSchema) + " " + quotedForShell(path) +
                    " </dev/null");
}

}  // namespace cg::testing
