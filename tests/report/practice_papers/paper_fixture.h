#pragma once
// What the practice-paper tests share: the sample cases read from
// data/samples, the shipped templates, and a PDF read back as a reader
// would see it (pdftotext, white space squeezed).
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "drafting/document_library.h"
#include "exchange/case_file.h"
#include "report/pdf_tools.h"

namespace cg::testing {

inline domain::CaseRecord sampleCase(const std::string& file) {
    return exchange::readCaseFile(std::string(CG_SOURCE_DIR) + "/data/samples/" + file);
}

inline drafting::DocumentLibrary shippedLibrary() {
    return drafting::DocumentLibrary(std::string(CG_SOURCE_DIR) + "/reports");
}

// The whole text of the document's PDF on one line.
inline std::string readableText(const domain::documents::Document& document) {
    return squeezed(WrittenPdf(document).text());
}

inline const domain::documents::Table* tableWithCaption(const domain::documents::Document& document,
                                                        const std::string& caption) {
    for (const auto& block : document.blocks)
        if (const auto* t = std::get_if<domain::documents::Table>(&block))
            if (t->caption == caption) return t;
    return nullptr;
}

}  // namespace cg::testing
