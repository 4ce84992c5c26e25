#include "cli/document_output.h"

#include "domain/errors.h"
#include "report/font_book.h"

namespace cg::cli {

OptionSpec paperOption() { return {"paper", "SIZE", "a4 (default) or letter"}; }

domain::documents::PaperSize paperFrom(const ParsedArgs& args) {
    const std::string paper = args.valueOr("paper", "a4");
    if (paper == "a4" || paper == "A4") return domain::documents::PaperSize::A4;
    if (paper == "letter") return domain::documents::PaperSize::Letter;
    throw UsageError("--paper: '" + paper + "' is not a paper size (a4 or letter)");
}

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
