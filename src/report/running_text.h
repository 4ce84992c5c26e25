#pragma once
// What goes on every page once the page count is known: the running header
// (case reference left, title right, a rule under them), the footer (its
// text left, "Page x of y" right) and the optional watermark behind it all.
#include "report/font_book.h"
#include "report/page_flow.h"

namespace cg::report {

void addRunningText(std::vector<LaidOutPage>& pages, const domain::documents::Document& document,
                    const PageFlow& flow, const FontBook& fonts);

// "Page {page} of {pages}" with the numbers filled in.
std::string pageLabel(const std::string& pattern, std::size_t page, std::size_t pages);

}  // namespace cg::report
