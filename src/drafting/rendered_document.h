#pragma once
// A document laid out and written as PDF, with the hash that identifies the
// very bytes the parties receive.
#include <string>
#include <string_view>
#include <vector>

#include "domain/documents/document.h"
#include "report/font_book.h"
#include "report/laid_out_document.h"
#include "report/pdf_writer.h"

namespace cg::drafting {

struct RenderedDocument {
    report::LaidOutDocument layout;  // what a preview or a printout draws
    std::vector<unsigned char> pdf;
    std::string sha256;  // of pdf, 64 lower-case hex digits

    std::string_view bytes() const {
        return {reinterpret_cast<const char*>(pdf.data()), pdf.size()};
    }
};

RenderedDocument renderDocument(const domain::documents::Document& document, const report::FontBook& fonts,
                                const report::PdfOptions& options = {});

// Writes the PDF atomically (a temporary file renamed into place), readable
// by its owner only: drafts and handouts are confidential to the mediation.
void savePdf(const RenderedDocument& rendered, const std::string& path);

}  // namespace cg::drafting
