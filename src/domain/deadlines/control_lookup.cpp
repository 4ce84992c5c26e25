#include "domain/deadlines/control_lookup.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cg::domain {

namespace {

// Short names as people write them, longest first, with the framework
// name the catalog uses.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kFrameworkNames{{
    {"NIST SP 800-171 r2", "NIST SP 800-171 r2"},
    {"NIST SP 800-171", "NIST SP 800-171 r2"},
    {"800-171", "NIST SP 800-171 r2"},
    {"NIST CSF 2.0", "NIST CSF 2.0"},
    {"NIST CSF", "NIST CSF 2.0"},
    {"CSF", "NIST CSF 2.0"},
    {"CIS v8", "CIS v8"},
    {"CIS", "CIS v8"},
}};

std::string_view firstWord(std::string_view text) {
    const std::size_t start = text.find_first_not_of(' ');
    if (start == std::string_view::npos) return {};
    text.remove_prefix(start);
    return text.substr(0, text.find(' '));
}

}  // namespace

const ControlEntry* findCitedControl(const std::vector<ControlEntry>& controls,
                                     std::string_view citation) {
    for (const auto& [shortName, framework] : kFrameworkNames) {
        if (!citation.starts_with(shortName) ||
            (citation.size() > shortName.size() && citation[shortName.size()] != ' '))
            continue;
        const std::string_view id = firstWord(citation.substr(shortName.size()));
        const auto found = std::find_if(
            controls.begin(), controls.end(),
            [&](const ControlEntry& c) { return c.framework == framework && c.id == id; });
        return found == controls.end() ? nullptr : &*found;
    }
    return nullptr;
}

std::vector<const FailureMapping*> failuresCiting(const std::vector<FailureMapping>& failures,
                                                  const ControlEntry& control) {
    std::vector<const FailureMapping*> result;
    for (const FailureMapping& f : failures)
        if (std::any_of(f.controls.begin(), f.controls.end(), [&](const ControlReference& ref) {
                return ref.framework == control.framework &&
                       (ref.id == control.id ||
                        (!control.parent.empty() && ref.id == control.parent));
            }))
            result.push_back(&f);
    return result;
}

}  // namespace cg::domain
