#pragma once
// Matching the catalog's evidence and sector phrases against free text
// (notification-fact descriptions, party sectors). ASCII case is ignored; a
// term "a + b" needs every part ("Attorney + General + Texas" also finds
// "the Attorneys General of California and Texas").
#include <string>
#include <vector>

namespace cg::domain {

std::string lowerAscii(std::string text);

// The terms of one recipient, split and lowered once: a large case has
// hundreds of notices to hold against dozens of recipients.
class TermMatcher {
public:
    explicit TermMatcher(const std::vector<std::string>& terms);
    // lowerText must already be lower case (lowerAscii). False when there are no terms.
    bool matches(const std::string& lowerText) const;

private:
    std::vector<std::vector<std::string>> m_terms;  // each term: parts that must all appear
};

}  // namespace cg::domain
