#pragma once
// Reads a document template (reports/settlement-agreement.xml …) in the
// format urn:commonground:document-template:1, with its <include>s from the
// clause library inlined. Every field, repetition and condition is checked
// against the field catalogue while reading, so a template that loads can be
// evaluated against any case. The first problem throws ImportError with the
// file (the clause file, for a problem inside an included clause), line and
// column; nothing half-read is returned.
#include <filesystem>
#include <string>

#include "domain/documents/document_template.h"

namespace cg::exchange {

inline constexpr const char* kDocumentTemplateNamespace = "urn:commonground:document-template:1";

// clauseLibraryDir holds one <name>.xml per clause that <include clause="name"/> may pull in.
domain::documents::DocumentTemplate readDocumentTemplate(const std::filesystem::path& templateFile,
                                                         const std::filesystem::path& clauseLibraryDir);

// The same from text; displayName is what error messages call the file.
domain::documents::DocumentTemplate readDocumentTemplateText(const std::string& xml, const std::string& displayName,
                                                             const std::filesystem::path& clauseLibraryDir);

}  // namespace cg::exchange
