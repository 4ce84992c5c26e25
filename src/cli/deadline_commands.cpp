#include "cli/command_registry.h"

namespace cg::cli {

void registerDeadlineCommands(CommandRegistry&) {}

}  // namespace cg::cli
