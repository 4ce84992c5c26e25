// commonground-cli: the case record, headless. Errors are caught here, at the
// edge, and shown on stderr with a non-zero exit; nothing below prints or exits.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/command_context.h"
#include "cli/command_registry.h"
#include "cli/general_help.h"

using namespace cg;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

struct GlobalOptions {
    std::optional<std::string> db;
    bool help = false;
    bool version = false;
    std::vector<std::string> rest;
};

// --db may stand anywhere on the line; --help and --version only before the command.
GlobalOptions splitGlobalOptions(const std::vector<std::string>& args) {
    GlobalOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--db") {
            if (i + 1 >= args.size()) throw cli::UsageError("--db needs a value (a database file path)");
            options.db = args[++i];
        } else if (arg.rfind("--db=", 0) == 0) {
            options.db = arg.substr(5);
        } else if (options.rest.empty() && (arg == "--help" || arg == "-h")) {
            options.help = true;
        } else if (options.rest.empty() && arg == "--version") {
            options.version = true;
        } else {
            options.rest.push_back(arg);
        }
    }
    return options;
}

int run(const std::vector<std::string>& args) {
    const cli::CommandRegistry registry = cli::allCommands();
    const GlobalOptions global = splitGlobalOptions(args);
    if (global.version) {
        std::cout << "commonground-cli " << cli::kVersion << "\n";
        return 0;
    }
    std::vector<std::string> rest = global.rest;
    if (global.help || rest.empty() || rest.front() == "help") {
        if (!rest.empty() && rest.front() == "help") rest.erase(rest.begin());
        if (rest.empty()) {
            cli::printGeneralHelp(std::cout, registry);
            return global.help || !global.rest.empty() ? 0 : kExitUsage;
        }
        rest.push_back("--help");
    }

    std::size_t wordsUsed = 0;
    const cli::Command* command = registry.match(rest, wordsUsed);
    if (!command) {
        const auto group = registry.group(rest.front());
        if (!group.empty()) {
            cli::printGroupHelp(std::cout, rest.front(), group);
            return rest.size() == 2 && rest[1] == "--help" ? 0 : kExitUsage;
        }
        throw cli::UsageError("'" + rest.front() + "' is not a command; see 'commonground-cli --help'");
    }
    const std::vector<std::string> commandArgs(rest.begin() + static_cast<long>(wordsUsed), rest.end());
    for (const auto& a : commandArgs)
        if (a == "--help" || a == "-h") {
            command->printHelp(std::cout);
            return 0;
        }
    try {
        const cli::ParsedArgs parsed = command->parse(commandArgs);
        cli::CommandContext context(global.db, std::cout, std::cerr);
        return command->run(context, parsed);
    } catch (const cli::UsageError& e) {
        std::cerr << "commonground-cli " << command->name << ": " << e.what() << "\n"
                  << "Usage: " << command->usage() << "\n"
                  << "Try 'commonground-cli " << command->name << " --help'.\n";
        return kExitUsage;
    }
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const cli::UsageError& e) {
        std::cerr << "commonground-cli: " << e.what() << "\n";
        return kExitUsage;
    } catch (const domain::Error& e) {
        std::cerr << "commonground-cli: error: " << e.what() << "\n";
        return kExitFailure;
    } catch (const std::exception& e) {
        std::cerr << "commonground-cli: unexpected error: " << e.what()
                  << "\nNothing was changed by the failed command. Please report this.\n";
        return kExitFailure;
    }
}
