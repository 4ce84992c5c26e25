#pragma once
// The case-file format (.cgcase): one whole case as namespaced XML, format
// version 1, described by data/schema/cgcase.xsd.
#include <string>

#include "domain/case_record.h"

namespace cg::exchange {

inline constexpr const char* kCaseFileNamespace = "urn:commonground:case-file:1";
inline constexpr int kCaseFileFormatVersion = 1;

// Reads and checks a whole case file: well-formed XML, root and namespace,
// format version, required fields, values in range, unique ids, links that
// resolve, and every rule of domain::validate. Throws ImportError with
// file:line:column on the first problem. Stores nothing.
domain::CaseRecord readCaseFile(const std::string& path);
domain::CaseRecord readCaseFileText(const std::string& xml, const std::string& displayName);

// Writes the case deterministically (records ordered by number, fixed
// attribute order, UTF-8, two-space indent), so export → import → export
// gives identical bytes. writeCaseFile writes to a temporary file beside
// `path` and renames it into place. Throws domain::Error if it cannot.
std::string writeCaseFileText(const domain::CaseRecord& record);
void writeCaseFile(const domain::CaseRecord& record, const std::string& path);

}  // namespace cg::exchange
