#pragma once
// The state of reading one case file: which record ids exist and where, and
// the links still to be checked. Records refer to each other by id
// ("fact-ref ref='fact-1'"), possibly to records further down the file, so
// links are collected while reading and resolved once everything is read.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "domain/record_no.h"
#include "exchange/element_reader.h"
#include "exchange/source_text.h"

namespace cg::exchange {

struct RecordElement {
    domain::RecordNo no;
    ElementReader element;  // subject "party-3"
};

class CaseFileReading {
public:
    explicit CaseFileReading(const SourceText& source) : m_source(source) {}

    const SourceText& source() const { return m_source; }

    // A record element of `kind` ("party"): reads and checks its id (form
    // KIND-N, not used before), then its shape.
    RecordElement record(pugi::xml_node node, std::string_view kind, const ElementShape& shape);

    // A link attribute such as accuser="party-1"; checked once the file is read.
    domain::RecordNo link(const ElementReader& from, std::string_view attribute, std::string_view kind);
    domain::OptionalNo optionalLink(const ElementReader& from, std::string_view attribute, std::string_view kind);
    // Link elements such as <fact-ref ref="fact-1"/>, in file order.
    domain::RecordNos refs(const ElementReader& from, std::string_view child, std::string_view kind);

    // Throws ImportError at the first link (in file order) that names no record.
    void resolveLinks() const;

    // Where a record's element starts, for reporting a rule it breaks.
    std::optional<std::size_t> offsetOfRecord(std::string_view kind, domain::RecordNo no) const;

private:
    struct PendingLink {
        std::string kind;
        domain::RecordNo no;
        std::string id;
        std::string subject;
        std::string field;
        std::size_t offset;
    };

    domain::RecordNo parseLink(const ElementReader& from, std::string_view field, std::string_view id,
                               std::string_view kind, std::size_t offset);

    const SourceText& m_source;
    std::map<std::pair<std::string, domain::RecordNo>, std::size_t, std::less<>> m_records;
    std::vector<PendingLink> m_links;
};

// The number N of "KIND-N", or nothing when id is not of that form.
std::optional<domain::RecordNo> parseRecordId(std::string_view id, std::string_view kind);

}  // namespace cg::exchange
