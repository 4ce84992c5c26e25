#include "app/document_printing.h"

#include <cmath>
#include <memory>

#include <wx/print.h>
#include <wx/printdlg.h>

#include "app/laid_out_printout.h"
#include "app/prompts.h"

namespace cg::app {

namespace {

// Letter is 612 points wide, A4 595: the printer gets the paper the
// document was laid out for, so nothing is scaled to fit another size.
wxPrintDialogData dialogDataFor(const report::LaidOutDocument& layout, const wxPrintData& printData) {
    wxPrintData data(printData);
    data.SetPaperId(std::abs(layout.widthPt - 612) < 2 ? wxPAPER_LETTER : wxPAPER_A4);
    return wxPrintDialogData(data);
}

}  // namespace

void previewDocument(wxWindow* parent, const report::LaidOutDocument& layout, const wxString& title,
                     wxPrintData& printData) {
    wxPrintDialogData data = dialogDataFor(layout, printData);
    wxPrintPreview* preview = nullptr;
    try {
        preview = new wxPrintPreview(new LaidOutPrintout(layout, title), new LaidOutPrintout(layout, title), &data);
    } catch (const std::exception&) {
        reportCurrentError(parent, wxString::Format(_("Could not preview %s."), title));
        return;
    }
    if (!preview->IsOk()) {
        delete preview;
        prompts().showError(parent, {_("The print preview could not start."),
                                     _("No printer set-up is available to lay the pages out on."),
                                     _("Open the PDF instead, or set up a printer and try again.")});
        return;
    }
    auto* frame = new wxPreviewFrame(preview, wxGetTopLevelParent(parent), title, wxDefaultPosition,
                                     parent->FromDIP(wxSize(760, 900)));
    frame->Initialize();
    frame->Show();
}

bool printDocument(wxWindow* parent, const report::LaidOutDocument& layout, const wxString& title,
                   wxPrintData& printData) {
    wxPrintDialogData data = dialogDataFor(layout, printData);
    wxPrinter printer(&data);
    std::unique_ptr<LaidOutPrintout> printout;
    try {
        printout = std::make_unique<LaidOutPrintout>(layout, title);
    } catch (const std::exception&) {
        reportCurrentError(parent, wxString::Format(_("Could not print %s."), title));
        return false;
    }
    if (printer.Print(parent, printout.get(), true)) {
        printData = printer.GetPrintDialogData().GetPrintData();
        return true;
    }
    if (wxPrinter::GetLastError() == wxPRINTER_ERROR)
        prompts().showError(parent, {wxString::Format(_("Could not print %s."), title),
                                     _("The printer reported an error."),
                                     _("Check the printer, or open the PDF and print it from the PDF viewer.")});
    return false;
}

}  // namespace cg::app
