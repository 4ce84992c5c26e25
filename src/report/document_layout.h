#pragma once
// The layout engine's entrance: a Document in, pages of positioned items out.
#include "domain/documents/document.h"
#include "report/font_book.h"
#include "report/laid_out_document.h"

namespace cg::report {

// Paginates the blocks in order, keeping headings (and paragraphs marked
// keepWithNext) with the start of what follows, then adds the running header,
// footer and watermark once the page count is known. Deterministic.
LaidOutDocument layOut(const domain::documents::Document& document, const FontBook& fonts);

}  // namespace cg::report
