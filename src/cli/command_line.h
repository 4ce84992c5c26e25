#pragma once
// The command line of commonground-cli: each command declares its options, the
// parser checks what was typed against them, and --help is generated from the
// same declarations so the two never disagree.
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/errors.h"

namespace cg::cli {

// The user typed something the command does not understand. Shown with the
// command's usage line; exit code 2.
class UsageError : public domain::Error {
public:
    using domain::Error::Error;
};

struct OptionSpec {
    std::string name;       // without the dashes: "role"
    std::string valueName;  // "ROLE"; empty for a flag
    std::string help;
    bool required = false;
    bool repeatable = false;  // --fact 1 --fact 2 (commas also split values)
};

class ParsedArgs {
public:
    const std::vector<std::string>& positionals() const { return m_positionals; }
    const std::string& positional(std::size_t index) const;

    bool has(const std::string& option) const { return m_values.count(option) > 0; }
    bool flag(const std::string& option) const { return has(option); }
    std::string value(const std::string& option) const;  // UsageError when absent
    std::optional<std::string> optional(const std::string& option) const;
    std::string valueOr(const std::string& option, const std::string& fallback) const;
    std::vector<std::string> values(const std::string& option) const;

    void addPositional(std::string value) { m_positionals.push_back(std::move(value)); }
    void addValue(const std::string& option, std::string value) { m_values[option].push_back(std::move(value)); }

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::vector<std::string>> m_values;
};

class CommandContext;

struct Command {
    std::string name;         // "party add"
    std::string summary;      // one line for the command list
    std::string positionals;  // "REF" / "FILE" — shown in usage
    std::size_t minPositionals = 0;
    std::size_t maxPositionals = 0;
    std::vector<OptionSpec> options;
    std::string details;  // extra paragraphs for --help
    std::function<int(CommandContext&, const ParsedArgs&)> run;

    std::string usage() const;
    void printHelp(std::ostream& out) const;
    ParsedArgs parse(const std::vector<std::string>& args) const;  // throws UsageError
};

}  // namespace cg::cli
