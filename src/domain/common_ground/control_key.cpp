#include "domain/common_ground/control_key.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace cg::domain {

namespace {

std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

bool namesIdentifier(const std::string& word) {
    return std::any_of(word.begin(), word.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; });
}

}  // namespace

ControlKey ControlKey::parse(std::string_view text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const std::size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        if (i > start) words.emplace_back(text.substr(start, i - start));
    }

    ControlKey result;
    for (std::size_t i = 0; i < words.size(); ++i) {
        // NIST numbers its publications inside the framework's name ("NIST SP
        // 800-171 3.1.1"): the number after "SP" names the publication, and
        // the control's identifier is the word after it.
        const bool publicationNumber = i > 0 && upper(words[i - 1]) == "SP";
        if (!namesIdentifier(words[i]) || publicationNumber) continue;
        std::string framework;
        for (std::size_t j = 0; j < i; ++j) framework += (j ? " " : "") + words[j];
        std::string id = words[i];
        while (!id.empty() && (id.back() == '.' || id.back() == ',' || id.back() == ':')) id.pop_back();
        result.framework = upper(framework);
        result.identifier = upper(id);
        return result;
    }
    std::string whole;
    for (std::size_t j = 0; j < words.size(); ++j) whole += (j ? " " : "") + words[j];
    result.identifier = upper(whole);
    return result;
}

std::string ControlKey::key() const {
    return framework.empty() ? identifier : framework + " " + identifier;
}

bool ControlKey::covers(const ControlKey& other) const {
    if (framework != other.framework || identifier.empty()) return false;
    if (identifier == other.identifier) return true;
    return other.identifier.size() > identifier.size() && other.identifier.starts_with(identifier) &&
           other.identifier[identifier.size()] == '.';
}

}  // namespace cg::domain
