#pragma once
// What a reader gets out of a PDF: its text through poppler's pdftotext, and
// a form of it in which words can be found in order across line breaks.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "support/process.h"

namespace cg::testing {

// Collapses runs of white space to one space.
inline std::string squeezed(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// The text of one page (1-based), or of all pages when page is 0.
inline std::string pdfText(const std::string& path, int page = 0, bool layout = false) {
    std::vector<std::string> argv = {"pdftotext", "-enc", "UTF-8"};
    if (layout) argv.push_back("-layout");
    if (page > 0) argv.insert(argv.end(), {"-f", std::to_string(page), "-l", std::to_string(page)});
    argv.insert(argv.end(), {path, "-"});
    const auto result = runProcess(argv);
    BOOST_REQUIRE_MESSAGE(result.exitCode == 0, "pdftotext failed: " + result.err);
    return result.out;
}

// Finds each part after the previous one; says which is missing.
inline bool inOrder(const std::string& text, const std::vector<std::string>& parts) {
    std::size_t at = 0;
    for (const auto& part : parts) {
        at = text.find(part, at);
        if (at == std::string::npos) {
            BOOST_TEST_MESSAGE("not found in order: " << part);
            return false;
        }
        at += part.size();
    }
    return true;
}

}  // namespace cg::testing
