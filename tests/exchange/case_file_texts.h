#pragma once
// Reads a broken variant of the shared valid case file and gives back the
// error it causes.
#include <string>

#include "support/case_file_texts.h"

#include "exchange/case_file.h"
#include "exchange/import_error.h"

namespace cg::testing {

// "line:column: problem" of the ImportError that reading xml throws, or
// "no error" when it reads fine.
inline std::string importProblem(const std::string& xml) {
    try {
        exchange::readCaseFileText(xml, "case.cgcase");
    } catch (const exchange::ImportError& e) {
        return std::to_string(e.line()) + ":" + std::to_string(e.column()) + ": " + e.problem();
    }
    return "no error";
}

}  // namespace cg::testing
