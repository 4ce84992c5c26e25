#include "cli/document_output.h"

#include "domain/errors.h"
#include "report/font_book.h"

namespace cg::cli {

std::string pdfOutPath(const ParsedArgs& args) {
    std::string out = args.value("out");
    if (!out.ends_with(".pdf") && !out.ends_with(".PDF")) throw UsageError("--out: '" + out + "' must end in .pdf");
    return out;
}

drafting::RenderedDocument renderPdf(const domain::documents::Document& document, const report::PdfOptions& options) {
    const report::FontBook fonts;
    return drafting::renderDocument(document, fonts, options);
}

std::string pageCount(const drafting::RenderedDocument& rendered) {
    const auto pages = rendered.layout.pages.size();
    return std::to_string(pages) + (pages == 1 ? " page" : " pages");
}

}  // namespace cg::cli
