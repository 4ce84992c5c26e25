#pragma once
// Showing and printing a laid-out document from any window: the print
// preview frame and the print dialog around a LaidOutPrintout, on paper of
// the document's own size (A4 or Letter). Problems are shown to the
// mediator here, at the UI edge.
#include <wx/string.h>

#include "report/laid_out_document.h"

class wxPrintData;
class wxWindow;

namespace cg::app {

// Opens a preview frame over `parent`'s window; `printData` keeps the
// mediator's printer choices between previews and printouts.
void previewDocument(wxWindow* parent, const report::LaidOutDocument& layout, const wxString& title,
                     wxPrintData& printData);

// Shows the print dialog and prints; true when the pages went to the printer.
bool printDocument(wxWindow* parent, const report::LaidOutDocument& layout, const wxString& title,
                   wxPrintData& printData);

}  // namespace cg::app
