#pragma once
// What every handout and paper has around its content: the metadata, the
// page set-up and the running header and footer. The header names the case
// on every page so a loose sheet can be put back; the footer says whom the
// paper is for, so a party's handout cannot pass for the mediator's copy.
#include <optional>
#include <string>

#include "domain/case_record.h"
#include "domain/documents/document.h"

namespace cg::domain::documents {

struct DocumentFrame {
    std::string title;    // "Interest map"
    std::string subject;  // "Interest map handout for Zahnarztpraxis Müller"
    std::string keywords;
    std::string footer;  // "Prepared for … — confidential to the mediation"
    std::optional<std::string> watermark;
    Date date;  // the day the paper is handed out
    PaperSize paper = PaperSize::A4;
};

// An empty document with the frame filled in from the case (reference and
// title in the header, the mediator as author).
Document framedDocument(const CaseRecord& record, const DocumentFrame& frame);

// The footer of a paper handed to `recipient` (a party's name, "all
// parties"): mediation communications are confidential (Uniform Mediation
// Act § 8), and the page should say so wherever it ends up.
std::string partyFooter(const std::string& recipient);
inline constexpr const char* kMediatorFooter =
    "Confidential — mediator's working paper — not for the parties";
inline constexpr const char* kMediatorWatermark = "CONFIDENTIAL";

// A mediator's working paper: the confidential footer and watermark, and the
// keywords "<what>; confidential; <reference>".
Document mediatorPaper(const CaseRecord& visible, std::string title, std::string subject, const std::string& what,
                       Date date, PaperSize paper);

}  // namespace cg::domain::documents
