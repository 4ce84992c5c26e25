#pragma once
// The PDF's document information: title, author, subject, keywords and
// creation date. Private to the PDF writer.
#include "domain/documents/document.h"
#include "report/hpdf_document.h"

namespace cg::report {

void setMetadata(HpdfDocument& doc, const domain::documents::DocumentInfo& info);

}  // namespace cg::report
