#pragma once
// How clause numbers are written (issue 5): sections 1, 2, 3; a clause in
// section 3 is 3.1; a clause in a clause (a), one deeper (i), then (A). The
// convention of English-language commercial agreements, so that "clause
// 3.1(a)(i)" names exactly one provision.
#include <string>

namespace cg::domain::documents {

// 1 → "a", 26 → "z", 27 → "aa" (the letters double rather than run out).
std::string letterNumber(int n, bool upperCase);
// 1 → "i", 4 → "iv", 14 → "xiv".
std::string romanNumber(int n);

// The number of the n-th clause (1-based) at `depth` clauses below the
// section or the top: depth 0 → "<section>.<n>" ("<n>" with no section),
// 1 → "(a)", 2 → "(i)", deeper → "(A)".
std::string clauseNumber(const std::string& sectionNumber, int depth, int n);

}  // namespace cg::domain::documents
