#pragma once
// The PDF back end: draws a laid-out document with libharu, embedding the
// DejaVu fonts, with metadata, bookmarks and optional encryption. Returns the
// bytes; the caller writes the file (atomically) and hashes it.
#include <optional>
#include <string>
#include <vector>

#include "report/font_book.h"
#include "report/laid_out_document.h"
#include "report/pdf_error.h"

namespace cg::report {

struct PdfOptions {
    // Either password turns on 128-bit RC4 encryption (PDF 1.4, revision 3).
    // With only a user password, the owner password is made up at random so
    // nobody can lift the restrictions.
    std::optional<std::string> userPassword;
    std::optional<std::string> ownerPassword;
};

// Throws PdfError with a readable message on failure.
std::vector<unsigned char> writePdf(const LaidOutDocument& document, const FontBook& fonts,
                                    const PdfOptions& options = {});

}  // namespace cg::report
