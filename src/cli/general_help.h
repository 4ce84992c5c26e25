#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/command_registry.h"

namespace cg::cli {

inline constexpr const char* kVersion = "0.1.0";

void printGeneralHelp(std::ostream& out, const CommandRegistry& registry);
void printGroupHelp(std::ostream& out, const std::string& group, const std::vector<const Command*>& commands);

}  // namespace cg::cli
