#include "report/hpdf_document.h"

#include <cstdio>

namespace cg::report {

HpdfDocument::HpdfDocument() {
    m_doc = HPDF_New(&HpdfDocument::onError, this);
    if (!m_doc) throw PdfError("cannot create a PDF document: out of memory");
    // UTF-8 text needs libharu's UTF encoders, registered per document.
    HPDF_UseUTFEncodings(m_doc);
    check("registering the UTF-8 encoder");
}

HpdfDocument::~HpdfDocument() { HPDF_Free(m_doc); }

// libharu is C compiled without unwind tables: throwing from the callback
// would unwind through its frames. So the callback only records the error;
// callers check() after the calls that can fail.
void HPDF_STDCALL HpdfDocument::onError(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
    auto* doc = static_cast<HpdfDocument*>(self);
    if (doc->m_error == HPDF_OK) {
        doc->m_error = error;
        doc->m_detail = detail;
    }
}

void HpdfDocument::check(const std::string& doing) const {
    if (m_error == HPDF_OK) return;
    throw PdfError("PDF output failed while " + doing + ": " + describeHpdfError(m_error, m_detail));
}

void HpdfDocument::clearError() {
    HPDF_ResetError(m_doc);
    m_error = HPDF_OK;
    m_detail = 0;
}

std::string describeHpdfError(HPDF_STATUS error, HPDF_STATUS detail) {
    const char* what = nullptr;
    switch (error) {
        case HPDF_FAILD_TO_ALLOC_MEM:
            what = "out of memory";
            break;
        case HPDF_FILE_OPEN_ERROR:
            what = "a font file could not be opened";
            break;
        case HPDF_TTF_INVALID_FOMAT:
        case HPDF_TTF_MISSING_TABLE:
        case HPDF_TTF_INVALID_CMAP:
            what = "a font file is not a usable TrueType font";
            break;
        case HPDF_TTF_CANNOT_EMBEDDING_FONT:
            what = "the font's licence forbids embedding it";
            break;
        case HPDF_UNSUPPORTED_FONT_TYPE:
        case HPDF_INVALID_FONT:
            what = "the font is not supported";
            break;
        case HPDF_INVALID_ENCODER:
        case HPDF_INVALID_ENCODER_TYPE:
            what = "the text encoding is not available";
            break;
        case HPDF_ENCRYPT_INVALID_PASSWORD:
            what = "the passwords are not valid (the owner password must differ from the user password)";
            break;
        case HPDF_INVALID_DATE_TIME:
            what = "the creation date is not valid";
            break;
        case HPDF_PAGE_INVALID_SIZE:
            what = "the page size is not valid";
            break;
        case HPDF_STRING_OUT_OF_RANGE:
            what = "a text is too long for a PDF string";
            break;
        case HPDF_PAGE_INVALID_GMODE:
            what = "a drawing operation came in an order PDF does not allow (a bug in the PDF writer)";
            break;
        case HPDF_INVALID_PARAMETER:
            what = "an invalid value was passed to libharu";
            break;
        default:
            break;
    }
    char code[64];
    std::snprintf(code, sizeof code, " (libharu error 0x%04X, detail %u)", static_cast<unsigned>(error),
                  static_cast<unsigned>(detail));
    return (what ? std::string(what) : std::string("libharu reported an error")) + code;
}

}  // namespace cg::report
