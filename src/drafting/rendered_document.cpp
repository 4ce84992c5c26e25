#include "drafting/rendered_document.h"

#include "exchange/atomic_file_write.h"
#include "report/document_layout.h"
#include "domain/sha256.h"

namespace cg::drafting {

RenderedDocument renderDocument(const domain::documents::Document& document, const report::FontBook& fonts,
                                const report::PdfOptions& options) {
    RenderedDocument rendered;
    rendered.layout = report::layOut(document, fonts);
    rendered.pdf = report::writePdf(rendered.layout, fonts, options);
    rendered.sha256 = domain::sha256Hex(rendered.bytes());
    return rendered;
}

void savePdf(const RenderedDocument& rendered, const std::string& path) {
    exchange::writeFileAtomically(path, rendered.bytes());
}

}  // namespace cg::drafting
