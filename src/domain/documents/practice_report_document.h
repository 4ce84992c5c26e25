#pragma once
// The practice report (issue 7) as a document: the period, the practice's
// totals, a table for each mediator, the outcomes side by side and the
// cases that count in the period. The figures come from
// practice::practiceReport; nothing is worked out here. It names cases and
// mediators, so it is marked as the practice's internal paper.
#include "domain/documents/document.h"
#include "domain/practice/statistics.h"

namespace cg::domain::documents {

inline constexpr const char* kPracticeReportFooter = "Confidential — practice statistics — not for the parties";

Document practiceReportDocument(const practice::PracticeReport& report, PaperSize paper = PaperSize::A4);

}  // namespace cg::domain::documents
