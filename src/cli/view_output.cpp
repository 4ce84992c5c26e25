#include "cli/view_output.h"

#include <charconv>
#include <ostream>
#include <sstream>

#include "cli/value_parsers.h"
#include "domain/errors.h"

namespace cg::cli {

OptionSpec audienceOption() {
    return {"audience", "WHO",
            "mediator (default; sees everything), all (what every party may see), or a party's number: "
            "its own confidential material and nothing of the others'"};
}

OptionSpec formatOption() { return {"format", "FORMAT", "text (default) or csv"}; }
OptionSpec formatOptionWithXml() { return {"format", "FORMAT", "text (default), csv or xml"}; }

domain::Audience parseAudience(const std::string& text, const domain::CaseRecord& record) {
    if (text == "mediator") return domain::Audience::mediator();
    if (text == "all") return domain::Audience::allParties();
    domain::RecordNo partyNo = 0;
    try {
        partyNo = parseRecordRef(text, "party");
    } catch (const UsageError&) {
        throw UsageError("--audience: '" + text + "' is not an audience; write mediator, all or a party's number");
    }
    if (!record.findParty(partyNo))
        throw UsageError("--audience: case " + record.head.reference + " has no party " + std::to_string(partyNo));
    return domain::Audience::party(partyNo);
}

domain::Audience audienceFrom(const ParsedArgs& args, const domain::CaseRecord& record) {
    return parseAudience(args.valueOr("audience", "mediator"), record);
}

ViewFormat formatFrom(const ParsedArgs& args, bool xmlAllowed) {
    const std::string format = args.valueOr("format", "text");
    if (format == "text") return ViewFormat::Text;
    if (format == "csv") return ViewFormat::Csv;
    if (format == "xml" && xmlAllowed) return ViewFormat::Xml;
    throw UsageError("--format: '" + format + "' is not a format; write " +
                     (xmlAllowed ? "text, csv or xml" : "text or csv"));
}

int parsePercentBasisPoints(const std::string& text, const std::string& what) {
    const auto point = text.find('.');
    const std::string whole = text.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
    const auto digitsOnly = [](const std::string& s) {
        return s.find_first_not_of("0123456789") == std::string::npos;
    };
    if (whole.empty() || whole.size() > 3 || !digitsOnly(whole) || fraction.size() > 2 || !digitsOnly(fraction) ||
        (point != std::string::npos && fraction.empty()))
        throw UsageError(what + ": '" + text + "' is not a percentage; write it like 30 or 12.5");
    int value = std::stoi(whole) * 100;
    if (!fraction.empty()) value += std::stoi(fraction) * (fraction.size() == 1 ? 10 : 1);
    if (value > 10'000) throw UsageError(what + ": " + text + " is more than 100 per cent");
    return value;
}

std::string csvField(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) m_out << (i ? "," : "") << csvField(fields[i]);
    m_out << "\r\n";
}

std::string partyLabel(const domain::CaseRecord& record, domain::RecordNo partyNo) {
    const domain::Party* p = record.findParty(partyNo);
    return (p ? p->name : "unknown party") + " (" + std::to_string(partyNo) + ")";
}

std::string plainAmount(const domain::Money& money) {
    const std::string text = money.display();
    return text.substr(text.find(' ') + 1);
}

std::string plainAmount(const std::optional<domain::Money>& money) { return money ? plainAmount(*money) : "—"; }

std::string alternativeKindLabel(domain::AlternativeKind kind) {
    return kind == domain::AlternativeKind::Batna ? "BATNA" : "WATNA";
}

std::string numberList(const domain::RecordNos& nos) {
    std::string text;
    for (auto no : nos) text += (text.empty() ? "" : ", ") + std::to_string(no);
    return text;
}

void printIndented(std::ostream& out, const TextTable& table, std::size_t maxCellWidth, const std::string& indent) {
    std::ostringstream text;
    table.print(text, maxCellWidth);
    std::istringstream lines(text.str());
    for (std::string line; std::getline(lines, line);) out << indent << line << "\n";
}

void printViewHeading(std::ostream& out, const std::string& view, const domain::CaseRecord& record,
                      const domain::Audience& audience) {
    out << view << " — " << record.head.reference << ": " << record.head.title << "\n"
        << "Prepared for " << audience.describe(record);
    if (!audience.isMediator()) out << "; material confidential to others is left out";
    out << ". Not legal advice.\n";
}

}  // namespace cg::cli
