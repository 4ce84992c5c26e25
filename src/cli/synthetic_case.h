#pragma once
#include "domain/case_record.h"

namespace cg::cli {

struct SyntheticCaseSize {
    int parties = 20;
    int interests = 2000;
    int clauses = 1000;
    int facts = 5000;
    int claims = 1000;
};

// A large, valid case for benchmarks: every kind of record, links between
// them, accented names, all three visibilities. Deterministic for a size.
domain::CaseRecord makeSyntheticCase(const SyntheticCaseSize& size, const std::string& reference);

}  // namespace cg::cli
