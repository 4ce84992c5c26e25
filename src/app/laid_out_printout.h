#pragma once
// The second back end of "one layout, two back ends": a wxPrintout that draws
// the laid-out pages (report::LaidOutDocument) on the print preview's and the
// printer's DC, item by item as the PDF writer draws them, in the same DejaVu
// faces. What the mediator previews and prints is the document the parties
// receive as PDF.
#include <array>
#include <memory>

#include <wx/print.h>

#include "report/font_book.h"
#include "report/laid_out_document.h"

class wxGraphicsContext;

namespace cg::app {

// Makes the very TTF files the PDF embeds available to wx by file, so the
// preview does not depend on which DejaVu the system has installed. Call
// once at start-up, before the first window creates a font (wx activates
// private fonts only then); later calls do nothing.
void registerDocumentFonts(const report::FontBook& fonts);

class LaidOutPrintout : public wxPrintout {
public:
    // Measures each face in the document's FontBook (report::FontError when
    // a font file is missing: the layout could not have been made without).
    LaidOutPrintout(report::LaidOutDocument document, const wxString& title);

    int pageCount() const { return static_cast<int>(m_document.pages.size()); }
    const report::LaidOutDocument& document() const { return m_document; }

    bool HasPage(int page) override;
    void GetPageInfo(int* minPage, int* maxPage, int* selectedFrom, int* selectedTo) override;
    // Fits the page to the paper of the DC (preview bitmap or printer) and
    // draws every item of page `page` (1-based) in points.
    bool OnPrintPage(int page) override;

    // Draws page `index` (0-based) on a graphics context whose units are points.
    void drawPage(wxGraphicsContext& gc, std::size_t index) const;

private:
    // Each face's font size on this context that sets text as wide as the
    // layout measured it: wx and Pango round sizes and resolutions their own
    // way, and a line drawn wider or narrower than measured breaks the
    // justification the PDF has.
    std::array<double, report::kAllFontFaces.size()> sizeFactors(wxGraphicsContext& gc) const;

    report::LaidOutDocument m_document;
    std::array<double, report::kAllFontFaces.size()> m_layoutWidths{};  // of kSample at 100 pt
    // The PDF's own metrics, so every line can be drawn exactly as wide as
    // the layout measured it, whatever the screen's hinting does.
    std::unique_ptr<report::FontBook> m_fonts;
};

}  // namespace cg::app
