#pragma once
// What the document commands share: --paper, the --out check, rendering
// with the DejaVu fonts and the one-line description of what was written.
#include <string>

#include "cli/command_line.h"
#include "domain/documents/document.h"
#include "drafting/rendered_document.h"

namespace cg::cli {

// --paper: a4 (the default) or letter.
OptionSpec paperOption();
domain::documents::PaperSize paperFrom(const ParsedArgs& args);

// --out, which must end in .pdf.
std::string pdfOutPath(const ParsedArgs& args);

// Lays out and writes the PDF with the DejaVu fonts (a missing font or a
// libharu failure is a domain::Error naming what to do).
drafting::RenderedDocument renderPdf(const domain::documents::Document& document,
                                     const report::PdfOptions& options = {});

// "12 pages"
std::string pageCount(const drafting::RenderedDocument& rendered);

}  // namespace cg::cli
