#include "exchange/case_file_reading.h"

#include <charconv>
#include <set>

namespace cg::exchange {

namespace {

const ElementShape& refShape() {
    static const ElementShape shape{{{"ref", true}}, {}, Content::Nothing};
    return shape;
}

}  // namespace

std::optional<domain::RecordNo> parseRecordId(std::string_view id, std::string_view kind) {
    if (id.size() <= kind.size() + 1 || !id.starts_with(kind) || id[kind.size()] != '-') return std::nullopt;
    const std::string_view number = id.substr(kind.size() + 1);
    // No leading zeros: "party-01" would be a second spelling of party-1.
    if (number[0] < '1' || number[0] > '9') return std::nullopt;
    domain::RecordNo no = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), no);
    if (error != std::errc{} || end != number.data() + number.size()) return std::nullopt;
    return no;
}

RecordElement CaseFileReading::record(pugi::xml_node node, std::string_view kind, const ElementShape& shape) {
    const std::string element = "<" + std::string(kind) + ">";
    const pugi::xml_attribute idAttribute = node.attribute("id");
    if (!idAttribute) m_source.fail(m_source.offsetOf(node), element + ": attribute 'id' is required");
    const std::string_view id = idAttribute.value();
    const std::size_t idOffset = m_source.offsetOf(idAttribute, node);
    const auto no = parseRecordId(id, kind);
    if (!no)
        m_source.fail(idOffset, element + ": id '" + std::string(id) + "' is not of the form " + std::string(kind) +
                                    "-N (N = 1, 2, 3...)");
    const auto [existing, inserted] = m_records.try_emplace({std::string(kind), *no}, m_source.offsetOf(node));
    if (!inserted)
        m_source.fail(idOffset, "duplicate id '" + std::string(id) + "' (first used at line " +
                                    std::to_string(m_source.positionOf(existing->second).line) + ")");
    return RecordElement{*no, ElementReader(node, shape, m_source, std::string(id))};
}

domain::RecordNo CaseFileReading::parseLink(const ElementReader& from, std::string_view field, std::string_view id,
                                            std::string_view kind, std::size_t offset) {
    const auto no = parseRecordId(id, kind);
    if (!no)
        m_source.fail(offset, from.subject() + ": " + std::string(field) + " '" + std::string(id) +
                                  "' is not of the form " + std::string(kind) + "-N");
    m_links.push_back({std::string(kind), *no, std::string(id), from.subject(), std::string(field), offset});
    return *no;
}

domain::RecordNo CaseFileReading::link(const ElementReader& from, std::string_view attribute, std::string_view kind) {
    return parseLink(from, attribute, from.attribute(attribute), kind, from.offsetOf(attribute));
}

domain::OptionalNo CaseFileReading::optionalLink(const ElementReader& from, std::string_view attribute,
                                                 std::string_view kind) {
    if (!from.has(attribute)) return std::nullopt;
    return link(from, attribute, kind);
}

domain::RecordNos CaseFileReading::refs(const ElementReader& from, std::string_view child, std::string_view kind) {
    domain::RecordNos nos;
    std::set<domain::RecordNo> seen;  // a set: a hostile file may hold a million links
    for (pugi::xml_node node : from.children(child)) {
        const ElementReader ref(node, refShape(), m_source, from.subject() + " <" + std::string(child) + ">");
        const domain::RecordNo no = parseLink(from, child, ref.attribute("ref"), kind, ref.offsetOf("ref"));
        // The case record refuses a repeated link too; saying so here points at the line.
        if (!seen.insert(no).second)
            m_source.fail(ref.offset(), from.subject() + ": " + std::string(child) + " '" +
                                            std::string(ref.attribute("ref")) + "' appears twice");
        nos.push_back(no);
    }
    return nos;
}

void CaseFileReading::resolveLinks() const {
    for (const PendingLink& link : m_links)
        if (m_records.find(std::pair{link.kind, link.no}) == m_records.end())
            m_source.fail(link.offset, link.subject + ": " + link.field + " '" + link.id + "' names no " + link.kind +
                                           " in this file");
}

std::optional<std::size_t> CaseFileReading::offsetOfRecord(std::string_view kind, domain::RecordNo no) const {
    const auto found = m_records.find(std::pair{std::string(kind), no});
    if (found == m_records.end()) return std::nullopt;
    return found->second;
}

}  // namespace cg::exchange
