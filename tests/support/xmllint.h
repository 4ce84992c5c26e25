#pragma once
// Checks a file against data/schema/cgcase.xsd with the real xmllint, as a
// user or a CI script would. Tests that need it are skipped, with a message,
// only when xmllint is not installed (Debian package libxml2-utils).
#include <boost/test/unit_test.hpp>
#include <string>

#include "support/process.h"

namespace cg::testing {

inline const std::string kCaseFileSchema = std::string(CG_SOURCE_DIR) + "/data/schema/cgcase.xsd";

inline bool xmllintInstalled() {
    static const bool installed = runProcess({"sh", "-c", "command -v xmllint"}).exitCode == 0;
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

struct XmllintResult {
    int exitCode = -1;
    std::string output;  // what xmllint printed, errors included
};

// xmllint --noout --schema cgcase.xsd path: exit code 0 when the file is valid.
inline XmllintResult checkAgainstSchema(const std::string& path) {
    const ProcessResult r = runProcess({"xmllint", "--noout", "--schema", kCaseFileSchema, path});
    return {r.exitCode, r.err + r.out};
}

}  // namespace cg::testing
