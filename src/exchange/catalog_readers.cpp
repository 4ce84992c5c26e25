// Readers for the control catalog, the failure map, fault regimes and
// interest categories. Notification rules have their own file
// (notification_rule_reader.cpp).
#include "exchange/catalog_readers.h"

#include <algorithm>

namespace cg::exchange {

namespace {

const ElementShape kControlShape{{{"framework", true},
                                  {"id", true},
                                  {"name", true},
                                  {"parent", false},
                                  {"verified", false},
                                  {"source", true},
                                  {"as-of", true}},
                                 {},
                                 Content::Nothing};
const ElementShape kFailureShape{{{"id", true}, {"name", true}, {"source", true}, {"as-of", true}},
                                 {{"control", Occurs::Many}}};
const ElementShape kFailureControlShape{
    {{"framework", true}, {"id", true}, {"verified", false}}, {}, Content::Nothing};
const ElementShape kRegimeShape{{{"id", true},
                                 {"name", true},
                                 {"bar-comparator", false},
                                 {"bar-percent", false},
                                 {"reduces-by-fault", false},
                                 {"example-states", true},
                                 {"note", false},
                                 {"source", true},
                                 {"as-of", true}},
                                {},
                                Content::Nothing};
const ElementShape kCategoryShape{
    {{"id", true}, {"name", true}, {"description", true}, {"source", true}, {"as-of", true}},
    {},
    Content::Nothing};

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string trimmed(std::string_view text) {
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return "";
    return std::string(text.substr(start, text.find_last_not_of(" \t\r\n") - start + 1));
}

// An id may appear once over all catalog files of the folder.
template <typename Entry, typename Same>
void requireNew(const ElementReader& el, const std::vector<Entry>& existing, Same same,
                const std::string& what) {
    if (std::any_of(existing.begin(), existing.end(), same))
        el.failAt(
            "id",
            what + " is already defined (in this file or another catalog file of the folder)");
}

}  // namespace

std::vector<std::string> splitWords(std::string_view text) {
    std::vector<std::string> words;
    std::size_t pos = 0;
    while ((pos = text.find_first_not_of(" \t\r\n", pos)) != std::string_view::npos) {
        const std::size_t end = std::min(text.find_first_of(" \t\r\n", pos), text.size());
        words.emplace_back(text.substr(pos, end - pos));
        pos = end;
    }
    return words;
}

std::vector<std::string> splitTerms(std::string_view text) {
    std::vector<std::string> terms;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t end = std::min(text.find(';', pos), text.size());
        if (std::string term = trimmed(text.substr(pos, end - pos)); !term.empty())
            terms.push_back(std::move(term));
        pos = end + 1;
    }
    return terms;
}

bool verifiedFlag(const ElementReader& el) { return !el.has("verified") || el.flag("verified"); }

std::string requiredText(const ElementReader& el, std::string_view name) {
    const std::string_view text = el.attribute(name);
    if (isBlank(text)) el.failAt(name, "attribute '" + std::string(name) + "' is empty");
    return std::string(text);
}

void readControlCatalog(const ElementReader& root, domain::ReferenceCatalogs& into) {
    for (pugi::xml_node node : root.children("control")) {
        const ElementReader el(node, kControlShape, root.source(),
                               "control '" + std::string(node.attribute("id").value()) + "'");
        domain::ControlEntry c;
        c.framework = requiredText(el, "framework");
        c.id = requiredText(el, "id");
        c.name = requiredText(el, "name");
        c.parent = std::string(el.attribute("parent"));
        c.verified = verifiedFlag(el);
        c.source = requiredText(el, "source");
        c.asOf = el.date("as-of");
        requireNew(
            el, into.controls,
            [&](const domain::ControlEntry& e) {
                return e.framework == c.framework && e.id == c.id;
            },
            c.framework + " " + c.id);
        if (!c.parent.empty() && std::none_of(into.controls.begin(), into.controls.end(),
                                              [&](const domain::ControlEntry& e) {
                                                  return e.framework == c.framework &&
                                                         e.id == c.parent;
                                              }))
            el.failAt("parent", "parent '" + c.parent + "' is not a " + c.framework +
                                    " control listed before it");
        into.controls.push_back(std::move(c));
    }
}

void readFailureMap(const ElementReader& root, domain::ReferenceCatalogs& into) {
    for (pugi::xml_node node : root.children("failure")) {
        const ElementReader el(node, kFailureShape, root.source(),
                               "failure '" + std::string(node.attribute("id").value()) + "'");
        domain::FailureMapping f;
        f.id = requiredText(el, "id");
        f.failure = requiredText(el, "name");
        f.source = requiredText(el, "source");
        f.asOf = el.date("as-of");
        requireNew(
            el, into.failures, [&](const domain::FailureMapping& e) { return e.id == f.id; },
            "failure '" + f.id + "'");
        for (pugi::xml_node child : el.children("control")) {
            const ElementReader ref(child, kFailureControlShape, root.source(), el.subject());
            f.controls.push_back(
                {requiredText(ref, "framework"), requiredText(ref, "id"), verifiedFlag(ref)});
        }
        if (f.controls.empty()) el.fail("a failure needs at least one <control>");
        into.failures.push_back(std::move(f));
    }
}

void readFaultRegimes(const ElementReader& root, domain::ReferenceCatalogs& into) {
    for (pugi::xml_node node : root.children("regime")) {
        const ElementReader el(node, kRegimeShape, root.source(),
                               "regime '" + std::string(node.attribute("id").value()) + "'");
        domain::FaultRegime r;
        r.id = requiredText(el, "id");
        r.name = requiredText(el, "name");
        requireNew(
            el, into.faultRegimes, [&](const domain::FaultRegime& e) { return e.id == r.id; },
            "regime '" + r.id + "'");
        // The bar is threshold + comparator together, or absent (pure comparative).
        if (el.has("bar-comparator") != el.has("bar-percent"))
            el.fail(
                "bar-comparator and bar-percent go together: give both, or neither for a regime "
                "with no bar");
        if (el.has("bar-percent")) {
            domain::Threshold bar;
            bar.comparator = el.enumValue<domain::Comparator>("bar-comparator");
            bar.value = el.wholeNumber("bar-percent");
            if (bar.value < 0 || bar.value > 100)
                el.failAt("bar-percent",
                          "bar-percent " + std::to_string(bar.value) + " is not between 0 and 100");
            r.bar = bar;
        }
        r.reducesByFault = !el.has("reduces-by-fault") || el.flag("reduces-by-fault");
        r.exampleStates = splitWords(el.attribute("example-states"));
        r.note = std::string(el.attribute("note"));
        r.source = requiredText(el, "source");
        r.asOf = el.date("as-of");
        into.faultRegimes.push_back(std::move(r));
    }
}

void readInterestCategories(const ElementReader& root, domain::ReferenceCatalogs& into) {
    for (pugi::xml_node node : root.children("category")) {
        const ElementReader el(node, kCategoryShape, root.source(),
                               "category '" + std::string(node.attribute("id").value()) + "'");
        domain::InterestCategoryEntry c;
        // Ids are the case-file vocabulary, so a catalog cannot invent a category no case can hold.
        c.id = std::string(domain::toString(el.enumValue<domain::InterestCategory>("id")));
        c.name = requiredText(el, "name");
        c.description = requiredText(el, "description");
        c.source = requiredText(el, "source");
        c.asOf = el.date("as-of");
        requireNew(
            el, into.interestCategories,
            [&](const domain::InterestCategoryEntry& e) { return e.id == c.id; },
            "category '" + c.id + "'");
        into.interestCategories.push_back(std::move(c));
    }
}

}  // namespace cg::exchange
