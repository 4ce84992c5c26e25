#pragma once
// What the worksheet, matrix and exposure views share in the CLI: the
// --audience and --format options, CSV output (RFC 4180) and the way parties
// and amounts are written.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "cli/text_table.h"
#include "domain/case_record.h"
#include "domain/common_ground/audience.h"

namespace cg::cli {

enum class ViewFormat { Text, Csv, Xml };

OptionSpec audienceOption();
OptionSpec formatOption();  // text or csv
OptionSpec formatOptionWithXml();  // text, csv or xml (the worksheet)

// "mediator", "all", or a party's number or id ("2", "party-2"). UsageError
// for anything else or a party the case does not have.
domain::Audience parseAudience(const std::string& text, const domain::CaseRecord& record);
domain::Audience audienceFrom(const ParsedArgs& args, const domain::CaseRecord& record);
// UsageError for a format the command does not write (xml unless allowed).
ViewFormat formatFrom(const ParsedArgs& args, bool xmlAllowed = false);

// "30", "30.5", "12.25" per cent → basis points (3000, 3050, 1225).
int parsePercentBasisPoints(const std::string& text, const std::string& what);

// RFC 4180: fields with a comma, a double quote, CR or LF are quoted, quotes
// inside doubled; records end with CRLF.
class CsvWriter {
public:
    explicit CsvWriter(std::ostream& out) : m_out(out) {}
    void row(const std::vector<std::string>& fields);

private:
    std::ostream& m_out;
};
std::string csvField(const std::string& field);

// "Bridgeview Managed IT Services, Inc. (2)"
std::string partyLabel(const domain::CaseRecord& record, domain::RecordNo partyNo);
// "1,650,000.00": the amount without the currency, which the heading names.
std::string plainAmount(const domain::Money& money);
std::string plainAmount(const std::optional<domain::Money>& money);  // "—" when absent
// "BATNA", "WATNA"
std::string alternativeKindLabel(domain::AlternativeKind kind);
// "1, 5, 7"
std::string numberList(const domain::RecordNos& nos);

// A table indented under the heading it belongs to.
void printIndented(std::ostream& out, const TextTable& table, std::size_t maxCellWidth,
                   const std::string& indent = "    ");

// The heading every view starts with: what, which case, for whom.
void printViewHeading(std::ostream& out, const std::string& view, const domain::CaseRecord& record,
                      const domain::Audience& audience);

}  // namespace cg::cli
