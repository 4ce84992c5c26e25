// The printout draws the very pages the PDF is written from: one printed page
// per laid-out page, text where the layout put it, on a memory DC as the
// print preview uses.
#include <cmath>

#include <boost/test/unit_test.hpp>
#include <wx/dcmemory.h>
#include <wx/image.h>

#include "app/document_rendering.h"
#include "app/laid_out_printout.h"
#include "drafts_fixture.h"

using namespace cg;

namespace {

// A page at 1 pixel per point (the memory DC of a 72-dpi preview).
struct PagePicture {
    wxBitmap bitmap;
    bool drawn = false;

    PagePicture(app::LaidOutPrintout& printout, int page, int width, int height) : bitmap(width, height, 24) {
        wxMemoryDC dc(bitmap);
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        printout.SetDC(&dc);
        printout.SetPPIScreen(72, 72);
        printout.SetPPIPrinter(72, 72);
        printout.SetPageSizePixels(width, height);
        printout.SetPaperRectPixels(wxRect(0, 0, width, height));
        drawn = printout.OnPrintPage(page);
        printout.SetDC(nullptr);
    }

    // Pixels darker than mid-grey in the rectangle.
    int darkPixels(int x0, int y0, int x1, int y1) const {
        const wxImage image = bitmap.ConvertToImage();
        int dark = 0;
        for (int y = std::max(0, y0); y < std::min(image.GetHeight(), y1); ++y)
            for (int x = std::max(0, x0); x < std::min(image.GetWidth(), x1); ++x)
                if (image.GetRed(x, y) + image.GetGreen(x, y) + image.GetBlue(x, y) < 3 * 128) ++dark;
        return dark;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(LaidOutPrintout)

BOOST_FIXTURE_TEST_CASE(printsOnePagePerLaidOutPageWithTheTextWhereTheLayoutPutIt,
                        cg::testing::DentalCaseFixture) {
    const auto draft = app::prepareNextDraft(frame->workspace().record(), std::nullopt);
    const auto rendered = app::renderDocumentPdf(draft.evaluated.document);
    const report::LaidOutDocument& layout = rendered.layout;
    BOOST_TEST_REQUIRE(layout.pages.size() > 1u);

    app::LaidOutPrintout printout(layout, "draft");
    int minPage = 0, maxPage = 0, from = 0, to = 0;
    printout.GetPageInfo(&minPage, &maxPage, &from, &to);
    BOOST_TEST(minPage == 1);
    BOOST_TEST(maxPage == static_cast<int>(layout.pages.size()));
    BOOST_TEST(printout.HasPage(maxPage));
    BOOST_TEST(!printout.HasPage(maxPage + 1));

    const int width = static_cast<int>(std::ceil(layout.widthPt));
    const int height = static_cast<int>(std::ceil(layout.heightPt));
    PagePicture first(printout, 1, width, height);
    BOOST_TEST_REQUIRE(first.drawn);
    // For looking at it beside the PDF: CG_KEEP_PRINTOUT=/tmp/page1 keeps both.
    if (const char* keep = std::getenv("CG_KEEP_PRINTOUT")) {
        first.bitmap.SaveFile(wxString(keep) + ".png", wxBITMAP_TYPE_PNG);
        drafting::savePdf(rendered, std::string(keep) + ".pdf");
    }
    const report::TextItem* text = nullptr;
    for (const auto& item : layout.pages[0].items)
        if (const auto* t = std::get_if<report::TextItem>(&item);
            t && t->angleDeg == 0 && t->text.size() > 3 && t->sizePt >= 9 && t->colour == report::Colour{}) {
            text = t;
            break;
        }
    BOOST_TEST_REQUIRE(text != nullptr);
    // Ink just above the first line's baseline, where its letters stand …
    const int x = static_cast<int>(text->x), y = static_cast<int>(text->baselineY);
    BOOST_TEST(first.darkPixels(x, y - static_cast<int>(text->sizePt), x + 4 * static_cast<int>(text->sizePt), y + 1) > 10);
    // … and none in the corner the page margin keeps clear.
    BOOST_TEST(first.darkPixels(0, 0, 20, 20) == 0);
    BOOST_TEST(!PagePicture(printout, maxPage + 1, width, height).drawn);
}

BOOST_AUTO_TEST_SUITE_END()
