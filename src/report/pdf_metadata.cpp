#include "report/pdf_metadata.h"

#include <chrono>

namespace cg::report {

void setMetadata(HpdfDocument& doc, const domain::documents::DocumentInfo& info) {
    // libharu 2.3.0 writes info strings byte for byte (mojibake in any reader
    // for "Müller") unless the document's current encoder is set; with the
    // UTF-8 encoder current it writes them as UTF-16BE with a byte order
    // mark, which pdfinfo and every reader show correctly, Greek and
    // Cyrillic included. So no transliteration is needed.
    HPDF_SetCurrentEncoder(doc.handle(), "UTF-8");
    doc.check("selecting UTF-8 for the document information");
    const std::pair<HPDF_InfoType, const std::string*> texts[] = {
        {HPDF_INFO_TITLE, &info.title},
        {HPDF_INFO_AUTHOR, &info.author},
        {HPDF_INFO_SUBJECT, &info.subject},
        {HPDF_INFO_KEYWORDS, &info.keywords},
    };
    for (const auto& [type, text] : texts)
        if (!text->empty()) HPDF_SetInfoAttr(doc.handle(), type, text->c_str());
    HPDF_SetInfoAttr(doc.handle(), HPDF_INFO_CREATOR, "CommonGround");
    doc.check("setting the document information");

    if (info.createdAt == domain::Instant()) return;
    using namespace std::chrono;
    const sys_seconds at = info.createdAt.time();
    const auto day = floor<days>(at);
    const year_month_day date(day);
    const hh_mm_ss time(at - day);
    HPDF_Date pdfDate{};
    pdfDate.year = static_cast<int>(date.year());
    pdfDate.month = static_cast<int>(static_cast<unsigned>(date.month()));
    pdfDate.day = static_cast<int>(static_cast<unsigned>(date.day()));
    pdfDate.hour = static_cast<int>(time.hours().count());
    pdfDate.minutes = static_cast<int>(time.minutes().count());
    pdfDate.seconds = static_cast<int>(time.seconds().count());
    pdfDate.ind = 'Z';  // Instants are UTC
    HPDF_SetInfoDateAttr(doc.handle(), HPDF_INFO_CREATION_DATE, pdfDate);
    doc.check("setting the creation date");
}

}  // namespace cg::report
