#pragma once
// A document as plain HTML with the same text, numbering and tables: what a
// firm would otherwise hand to a word processor. The documents benchmark
// converts it with LibreOffice to compare against our own renderer.
#include <string>

#include "domain/documents/document.h"

namespace cg::cli {

std::string documentHtml(const domain::documents::Document& document);

}  // namespace cg::cli
