#include "cli/command_line.h"

#include <algorithm>
#include <iomanip>
#include <ostream>

namespace cg::cli {

const std::string& ParsedArgs::positional(std::size_t index) const {
    if (index >= m_positionals.size()) throw UsageError("missing argument");
    return m_positionals[index];
}

std::string ParsedArgs::value(const std::string& option) const {
    const auto it = m_values.find(option);
    if (it == m_values.end() || it->second.empty()) throw UsageError("--" + option + " is required");
    return it->second.back();
}

std::optional<std::string> ParsedArgs::optional(const std::string& option) const {
    const auto it = m_values.find(option);
    if (it == m_values.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::string ParsedArgs::valueOr(const std::string& option, const std::string& fallback) const {
    return optional(option).value_or(fallback);
}

std::vector<std::string> ParsedArgs::values(const std::string& option) const {
    std::vector<std::string> result;
    const auto it = m_values.find(option);
    if (it == m_values.end()) return result;
    for (const auto& raw : it->second) {
        std::size_t start = 0;
        while (start <= raw.size()) {
            const auto comma = raw.find(',', start);
            const auto piece = raw.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!piece.empty()) result.push_back(piece);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return result;
}

std::string Command::usage() const {
    std::string text = "commonground-cli [--db DB] " + name;
    if (!positionals.empty()) text += " " + positionals;
    for (const auto& o : options)
        if (o.required) text += " --" + o.name + " " + o.valueName;
    if (std::any_of(options.begin(), options.end(), [](const OptionSpec& o) { return !o.required; }))
        text += " [options]";
    return text;
}

void Command::printHelp(std::ostream& out) const {
    out << summary << "\n\nUsage: " << usage() << "\n";
    if (!options.empty()) {
        out << "\nOptions:\n";
        for (const auto& o : options) {
            std::string left = "  --" + o.name + (o.valueName.empty() ? "" : " " + o.valueName);
            out << std::left << std::setw(30) << left << " " << o.help;
            if (o.required) out << " (required)";
            if (o.repeatable) out << " (repeatable; commas allowed)";
            out << "\n";
        }
    }
    out << std::left << std::setw(30) << "  --help" << " show this help\n";
    if (!details.empty()) out << "\n" << details << "\n";
}

ParsedArgs Command::parse(const std::vector<std::string>& args) const {
    ParsedArgs parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() > 2 && arg.rfind("--", 0) == 0) {
            std::string name = arg.substr(2);
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            const auto spec = std::find_if(options.begin(), options.end(),
                                           [&](const OptionSpec& o) { return o.name == name; });
            if (spec == options.end()) throw UsageError("'" + name + "' is not an option of '" + this->name + "'");
            if (spec->valueName.empty()) {
                if (inlineValue) throw UsageError("--" + name + " takes no value");
                parsed.addValue(name, "");
                continue;
            }
            if (!inlineValue) {
                if (i + 1 >= args.size()) throw UsageError("--" + name + " needs a value (" + spec->valueName + ")");
                inlineValue = args[++i];
            }
            if (parsed.has(name) && !spec->repeatable) throw UsageError("--" + name + " given twice");
            parsed.addValue(name, *inlineValue);
        } else {
            parsed.addPositional(arg);
        }
    }
    if (parsed.positionals().size() < minPositionals)
        throw UsageError("missing " + positionals);
    if (parsed.positionals().size() > maxPositionals)
        throw UsageError("unexpected argument '" + parsed.positionals()[maxPositionals] + "'");
    for (const auto& o : options)
        if (o.required && !parsed.has(o.name)) throw UsageError("--" + o.name + " is required");
    return parsed;
}

}  // namespace cg::cli
