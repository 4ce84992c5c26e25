#include "cli/command_registry.h"

#include <sstream>

namespace cg::cli {

namespace {

std::vector<std::string> words(const std::string& name) {
    std::istringstream in(name);
    std::vector<std::string> result;
    for (std::string w; in >> w;) result.push_back(w);
    return result;
}

}  // namespace

const Command* CommandRegistry::match(const std::vector<std::string>& args, std::size_t& wordsUsed) const {
    const Command* best = nullptr;
    wordsUsed = 0;
    for (const auto& command : m_commands) {
        const auto nameWords = words(command.name);
        if (nameWords.size() > args.size() || nameWords.size() <= wordsUsed) continue;
        bool same = true;
        for (std::size_t i = 0; i < nameWords.size() && same; ++i) same = nameWords[i] == args[i];
        if (same) {
            best = &command;
            wordsUsed = nameWords.size();
        }
    }
    return best;
}

std::vector<const Command*> CommandRegistry::group(const std::string& word) const {
    std::vector<const Command*> result;
    for (const auto& command : m_commands)
        if (words(command.name).front() == word) result.push_back(&command);
    return result;
}

CommandRegistry allCommands() {
    CommandRegistry registry;
    registerDatabaseCommands(registry);
    registerCaseCommands(registry);
    registerLegalHoldCommands(registry);
    registerExchangeCommands(registry);
    registerPartyCommands(registry);
    registerParticipantCommands(registry);
    registerInterestCommands(registry);
    registerClauseCommands(registry);
    registerFactCommands(registry);
    registerClaimCommands(registry);
    registerOptionCommands(registry);
    registerSessionCommands(registry);
    registerOfferCommands(registry);
    registerLossCommands(registry);
    registerAlternativeCommands(registry);
    registerBottomLineCommands(registry);
    registerExhibitCommands(registry);
    registerTimeCommands(registry);
    registerExpenseCommands(registry);
    registerPaymentCommands(registry);
    registerFeeCommands(registry);
    registerDraftCommands(registry);
    registerConflictCommands(registry);
    registerAccessCommands(registry);
    registerDocumentCommands(registry);
    registerCommonGroundCommands(registry);
    registerDeadlineCommands(registry);
    registerCalendarCommand(registry);
    registerPracticeDocumentCommands(registry);
    registerBenchCommand(registry);
    registerBenchDocumentsCommand(registry);
    return registry;
}

}  // namespace cg::cli
