#include "domain/documents/handouts/document_frame.h"

#include <chrono>

namespace cg::domain::documents {

Document framedDocument(const CaseRecord& record, const DocumentFrame& frame) {
    Document document;
    document.info.title = frame.title + " — " + record.head.reference;
    document.info.author = record.head.mediator;
    document.info.subject = frame.subject;
    document.info.keywords = frame.keywords;
    // The paper is dated, not timed: midnight UTC of its date keeps two
    // renderings of the same day identical.
    document.info.createdAt = Instant(std::chrono::sys_seconds(frame.date.days()));
    document.page.paper = frame.paper;
    document.running.headerLeft = record.head.reference;
    document.running.headerRight = record.head.title;
    document.running.footer = frame.footer;
    document.watermark = frame.watermark;
    return document;
}

std::string partyFooter(const std::string& recipient) {
    return "Prepared for " + recipient + " — confidential to the mediation";
}

Document mediatorPaper(const CaseRecord& visible, std::string title, std::string subject, const std::string& what,
                       Date date, PaperSize paper) {
    DocumentFrame frame;
    frame.title = std::move(title);
    frame.subject = std::move(subject);
    frame.keywords = what + "; confidential; " + visible.head.reference;
    frame.footer = kMediatorFooter;
    frame.watermark = kMediatorWatermark;
    frame.date = date;
    frame.paper = paper;
    return framedDocument(visible, frame);
}

}  // namespace cg::domain::documents
