#pragma once
// The reference case file (support/case_file_texts.h) with the sections of
// running a mediation added, and the error writing a case gives.
#include <string>

#include "case_file_texts.h"
#include "domain/case_record.h"
#include "domain/errors.h"
#include "exchange/case_file.h"

namespace cg::testing {

// The reference file with sections added after <drafts/>, from line 36.
inline std::string withSections(const std::string& sections) {
    return replaced(kValidCaseFile, "  <drafts/>\n", "  <drafts/>\n" + sections);
}

// The domain::Error writing record throws, or "no error".
inline std::string writeProblem(const domain::CaseRecord& record) {
    try {
        exchange::writeCaseFileText(record);
    } catch (const domain::Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace cg::testing
