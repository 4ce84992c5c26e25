#pragma once
#include <string>
#include <vector>

#include "cli/command_line.h"

namespace cg::cli {

class CommandRegistry {
public:
    void add(Command command) { m_commands.push_back(std::move(command)); }
    const std::vector<Command>& commands() const { return m_commands; }

    // The command whose name matches the most leading words of args; the
    // number of words it took goes to wordsUsed. nullptr when none matches.
    const Command* match(const std::vector<std::string>& args, std::size_t& wordsUsed) const;
    // Commands whose name starts with the given group word ("party").
    std::vector<const Command*> group(const std::string& word) const;

private:
    std::vector<Command> m_commands;
};

// Each command group registers itself; one file per group.
void registerCaseCommands(CommandRegistry& registry);
void registerExchangeCommands(CommandRegistry& registry);
void registerDatabaseCommands(CommandRegistry& registry);
void registerPartyCommands(CommandRegistry& registry);
void registerInterestCommands(CommandRegistry& registry);
void registerClauseCommands(CommandRegistry& registry);
void registerFactCommands(CommandRegistry& registry);
void registerClaimCommands(CommandRegistry& registry);
void registerOptionCommands(CommandRegistry& registry);
void registerSessionCommands(CommandRegistry& registry);
void registerOfferCommands(CommandRegistry& registry);
void registerLossCommands(CommandRegistry& registry);
void registerAlternativeCommands(CommandRegistry& registry);
void registerBottomLineCommands(CommandRegistry& registry);
void registerDraftCommands(CommandRegistry& registry);
void registerConflictCommands(CommandRegistry& registry);
void registerAccessCommands(CommandRegistry& registry);
void registerLegalHoldCommands(CommandRegistry& registry);
void registerDocumentCommands(CommandRegistry& registry);
void registerCommonGroundCommands(CommandRegistry& registry);
void registerDeadlineCommands(CommandRegistry& registry);
void registerBenchCommand(CommandRegistry& registry);
void registerBenchDocumentsCommand(CommandRegistry& registry);
// Running a mediation practice (issue 7).
void registerParticipantCommands(CommandRegistry& registry);
void registerExhibitCommands(CommandRegistry& registry);
void registerTimeCommands(CommandRegistry& registry);
void registerExpenseCommands(CommandRegistry& registry);
void registerPaymentCommands(CommandRegistry& registry);
void registerFeeCommands(CommandRegistry& registry);
void registerCalendarCommand(CommandRegistry& registry);
void registerPracticeDocumentCommands(CommandRegistry& registry);

CommandRegistry allCommands();

}  // namespace cg::cli
