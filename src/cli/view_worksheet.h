#pragma once
// The shared-interest worksheet and the parties' preparation sheets as text
// CSV and XML. The record passed in has already been through visibleTo().
#include <iosfwd>
#include <vector>

#include "domain/common_ground/audience.h"
#include "domain/common_ground/preparation_sheet.h"
#include "domain/common_ground/worksheet.h"

namespace cg::cli {

struct WorksheetView {
    domain::Worksheet worksheet;
    std::vector<domain::PreparationSheet> sheets;  // every party's, or the party audience's own
};

// Builds both from the case as the audience may see it.
WorksheetView buildWorksheetView(const domain::CaseRecord& visible, const domain::Audience& audience);

void printWorksheetText(std::ostream& out, const domain::CaseRecord& visible, const domain::Audience& audience,
                        const WorksheetView& view);
void printWorksheetCsv(std::ostream& out, const domain::CaseRecord& visible, const WorksheetView& view);
// view_worksheet_xml.cpp: <worksheet> with a <claim> per row and a
// <preparation-sheet> per party.
void printWorksheetXml(std::ostream& out, const domain::CaseRecord& visible, const domain::Audience& audience,
                       const WorksheetView& view);

}  // namespace cg::cli
