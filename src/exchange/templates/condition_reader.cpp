// Conditions are a short, named list rather than an expression language:
// a firm editing a template picks one of three questions about the case
// (is a term of this kind accepted, is this field filled, are there at least
// N of these), and anything else is refused with the choices spelt out.
#include <charconv>
#include <string>

#include "domain/documents/field_catalogue.h"
#include "domain/vocabulary.h"
#include "exchange/templates/template_element.h"
#include "exchange/templates/template_readers.h"

namespace cg::exchange::templates {

using domain::documents::Condition;

namespace {

constexpr int kMaxCount = 1000;  // no case has a thousand parties or terms

std::vector<domain::OptionKind> readTermKinds(pugi::xml_node node, const SourceText& source) {
    const std::string_view list = attributeOf(node, "accepted");
    std::vector<domain::OptionKind> kinds;
    std::size_t at = 0;
    while (at < list.size()) {
        const std::size_t start = list.find_first_not_of(" \t\r\n", at);
        if (start == std::string_view::npos) break;
        std::size_t end = list.find_first_of(" \t\r\n", start);
        if (end == std::string_view::npos) end = list.size();
        try {
            kinds.push_back(domain::parseEnum<domain::OptionKind>(list.substr(start, end - start)));
        } catch (const domain::ValidationError& e) {
            failAt(source, node, "accepted", tagOf(node) + ": " + e.what());
        }
        at = end;
    }
    if (kinds.empty())
        failAt(source, node, "accepted",
               tagOf(node) + ": accepted names no option kind; list one or more, separated by spaces");
    return kinds;
}

int readCount(pugi::xml_node node, const SourceText& source) {
    const std::string_view text = attributeOf(node, "at-least");
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    const bool whole = !text.empty() && error == std::errc{} && end == text.data() + text.size();
    if (!whole || value < 1 || value > kMaxCount)
        failAt(source, node, "at-least",
               tagOf(node) + ": at-least '" + std::string(text) + "' is not a positive whole number (1 to " +
                   std::to_string(kMaxCount) + ")");
    return value;
}

}  // namespace

Condition readCondition(pugi::xml_node node, const BlockContext& context) {
    const SourceText& source = *context.source;
    checkAttributes(source, node, {"accepted", "present", "count", "at-least"});
    const bool accepted = node.attribute("accepted"), present = node.attribute("present"),
               count = node.attribute("count");
    const int given = int(accepted) + int(present) + int(count);
    const std::string self = tagOf(node);
    if (given == 0)
        failAt(source, node, self + " needs a condition: accepted=\"payment …\", present=\"field\" or "
                                    "count=\"collection\" with at-least=\"N\"");
    if (given > 1)
        failAt(source, node, self + " states more than one condition (accepted, present, count); nest a second " +
                                 self + " instead");
    if (node.attribute("at-least") && !count)
        failAt(source, node, "at-least", self + ": at-least belongs with count=\"collection\"");

    Condition condition;
    condition.negated = std::string_view(node.name()) == "unless";
    condition.where = locationOf(source, node);
    if (accepted) {
        condition.kind = Condition::Kind::TermAccepted;
        condition.termKinds = readTermKinds(node, source);
    } else if (present) {
        condition.kind = Condition::Kind::FieldPresent;
        const std::string path(attributeOf(node, "present"));
        if (const std::string problem = domain::documents::checkField(path, context.repetitions); !problem.empty())
            failAt(source, node, "present", self + ": " + problem);
        condition.field = domain::documents::FieldRef{path, locationOf(source, node, "present"), std::nullopt};
    } else {
        condition.kind = Condition::Kind::CountAtLeast;
        const std::string_view name = attributeOf(node, "count");
        const auto collection = domain::documents::parseCollection(name);
        if (!collection) {
            std::string names;
            for (auto n : domain::documents::collectionNames()) names += (names.empty() ? "" : ", ") + std::string(n);
            failAt(source, node, "count",
                   self + ": unknown collection '" + std::string(name) + "' (expected one of: " + names + ")");
        }
        if (!node.attribute("at-least"))
            failAt(source, node, self + ": count=\"" + std::string(name) + "\" needs at-least=\"N\"");
        condition.collection = *collection;
        condition.count = readCount(node, source);
    }
    return condition;
}

}  // namespace cg::exchange::templates
