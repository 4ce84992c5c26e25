// libFuzzer target: any bytes read as a document template (reports/*.xml),
// with <include>s resolved against the shipped clause library, either give a
// template or are refused with an ImportError.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "domain/errors.h"
#include "exchange/templates/document_template_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path clauses = std::filesystem::path(CG_SOURCE_DIR) / "reports" / "clauses";
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        cg::exchange::readDocumentTemplateText(text, "fuzz-template.xml", clauses);
    } catch (const cg::domain::Error&) {
        // Refused with a message: the expected outcome for almost every input.
    }
    return 0;
}
