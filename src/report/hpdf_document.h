#pragma once
// A libharu document handle that turns libharu's error callback into C++
// exceptions. Private to src/report: no public header includes hpdf.h.
#include <hpdf.h>

#include <string>

#include "report/pdf_error.h"

namespace cg::report {

class HpdfDocument {
public:
    HpdfDocument();
    ~HpdfDocument();
    HpdfDocument(const HpdfDocument&) = delete;
    HpdfDocument& operator=(const HpdfDocument&) = delete;

    HPDF_Doc handle() const { return m_doc; }
    // Throws PdfError if libharu reported an error since the last check;
    // `doing` says what we were attempting ("loading font /x/y.ttf").
    void check(const std::string& doing) const;
    // Forgets an error libharu raised for something that is not one (the end
    // of its output stream).
    void clearError();

private:
    static void HPDF_STDCALL onError(HPDF_STATUS error, HPDF_STATUS detail, void* self);

    HPDF_Doc m_doc = nullptr;
    HPDF_STATUS m_error = HPDF_OK;
    HPDF_STATUS m_detail = 0;
};

// A sentence for a libharu error code.
std::string describeHpdfError(HPDF_STATUS error, HPDF_STATUS detail);

}  // namespace cg::report
