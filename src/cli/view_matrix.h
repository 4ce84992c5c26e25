#pragma once
// The responsibility matrix and the negligence elements per claim, as text
// and CSV. The record passed in has already been through visibleTo().
#include <iosfwd>
#include <vector>

#include "domain/common_ground/audience.h"
#include "domain/common_ground/negligence_elements.h"
#include "domain/common_ground/responsibility_matrix.h"

namespace cg::cli {

struct MatrixView {
    domain::ResponsibilityMatrix matrix;
    std::vector<domain::NegligenceElements> elements;
};

MatrixView buildMatrixView(const domain::CaseRecord& visible);

void printMatrixText(std::ostream& out, const domain::CaseRecord& visible, const domain::Audience& audience,
                     const MatrixView& view);
void printMatrixCsv(std::ostream& out, const MatrixView& view);

}  // namespace cg::cli
