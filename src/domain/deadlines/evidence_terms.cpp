#include "domain/deadlines/evidence_terms.h"

#include <algorithm>
#include <cctype>

namespace cg::domain {

std::string lowerAscii(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

TermMatcher::TermMatcher(const std::vector<std::string>& terms) {
    for (const std::string& term : terms) {
        std::vector<std::string> parts;
        for (std::size_t pos = 0; pos <= term.size();) {
            const std::size_t plus = std::min(term.find(" + ", pos), term.size());
            if (std::string part = lowerAscii(term.substr(pos, plus - pos)); !part.empty())
                parts.push_back(std::move(part));
            pos = plus + 3;
        }
        if (!parts.empty()) m_terms.push_back(std::move(parts));
    }
}

bool TermMatcher::matches(const std::string& lowerText) const {
    return std::any_of(m_terms.begin(), m_terms.end(), [&](const std::vector<std::string>& parts) {
        return std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
            return lowerText.find(part) != std::string::npos;
        });
    });
}

}  // namespace cg::domain
