#pragma once
// The work behind the Drafts section and the Documents menu, free of any
// window so it can run on a worker thread: prepare the next settlement
// agreement draft as the CLI's "draft" command does (the shipped template,
// the catalogs' notification rules) and lay out and render a document.
#include <optional>
#include <string>

#include "domain/case_record.h"
#include "domain/documents/document.h"
#include "drafting/rendered_document.h"
#include "drafting/settlement_drafting.h"

namespace cg::app {

// Loads reports/settlement-agreement.xml and data/catalogs beside the
// program; throws resources::MissingResource or the loaders' errors, naming
// the file. Today's date; "changes since" the given version when set.
drafting::PreparedDraft prepareNextDraft(const domain::CaseRecord& record, std::optional<int> changesSince);

// Lays out and writes the PDF with a FontBook of the calling thread's own
// (FontBook is not thread-safe). A password encrypts the PDF.
drafting::RenderedDocument renderDocumentPdf(const domain::documents::Document& document,
                                             const std::optional<std::string>& password = std::nullopt);

}  // namespace cg::app
