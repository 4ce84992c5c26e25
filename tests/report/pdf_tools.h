#pragma once
// Lays a document out, writes the PDF into a scoped temporary directory and
// asks the real poppler and qpdf tools what a reader would see.
#include <boost/test/unit_test.hpp>
#include <string>

#include "report/document_layout.h"
#include "report/pdf_writer.h"
#include "support/pdf_text.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace cg::testing {

inline const report::FontBook& testFonts() {
    static const report::FontBook fonts;
    return fonts;
}

class WrittenPdf {
public:
    explicit WrittenPdf(const domain::documents::Document& document, const report::PdfOptions& options = {})
        : m_laidOut(report::layOut(document, testFonts())) {
        const auto bytes = report::writePdf(m_laidOut, testFonts(), options);
        writeBytes(path(), std::string(bytes.begin(), bytes.end()));
    }

    std::string path() const { return m_dir.file("document.pdf"); }
    const report::LaidOutDocument& laidOut() const { return m_laidOut; }

    // Plain text of one page (1-based), or of all pages when page is 0.
    std::string text(int page = 0, bool layout = false) const { return pdfText(path(), page, layout); }

    std::string info(const std::vector<std::string>& extra = {}) const {
        std::vector<std::string> argv = {"pdfinfo"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        argv.push_back(path());
        const auto result = runProcess(argv);
        BOOST_REQUIRE_MESSAGE(result.exitCode == 0, "pdfinfo failed: " + result.err);
        return result.out;
    }

    int pageCount() const {
        const std::string out = info();
        const auto at = out.find("Pages:");
        BOOST_REQUIRE(at != std::string::npos);
        return std::stoi(out.substr(at + 6));
    }

private:
    ScopedTempDir m_dir;
    report::LaidOutDocument m_laidOut;
};

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace cg::testing
