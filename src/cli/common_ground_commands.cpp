#include "cli/command_registry.h"

namespace cg::cli {

void registerCommonGroundCommands(CommandRegistry&) {}

}  // namespace cg::cli
