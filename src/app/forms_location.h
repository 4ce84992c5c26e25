#pragma once
// The app's own files: the XRC forms and the sample cases, found beside the
// running executable by cg::resources (build tree or any installed prefix).
#include <filesystem>
#include <vector>

#include "resources/resource_location.h"

namespace cg::app {

using resources::currentExecutable;
using MissingResources = resources::MissingResource;

// The forms folder (the one holding main_frame.xrc).
std::filesystem::path locateForms(const std::filesystem::path& executable);
// The sample case files (*.cgcase), sorted; empty when none are installed.
std::vector<std::filesystem::path> locateSamples(const std::filesystem::path& executable);

// Registers every XRC handler and loads every *.xrc in the folder.
void loadForms(const std::filesystem::path& folder);

}  // namespace cg::app
