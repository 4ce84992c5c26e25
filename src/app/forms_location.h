#pragma once
// Where the program's XRC forms and sample cases are, found relative to the
// running executable so that neither the build tree nor an installation needs
// an absolute path: build/src/app/commonground → ../../../forms, and
// <prefix>/bin/commonground → ../share/commonground/forms.
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace cg::app {

// The forms or samples are not where they should be; the message lists the
// places searched.
class MissingResources : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::filesystem::path currentExecutable();

// The first of the candidate folders that holds main_frame.xrc.
std::filesystem::path locateForms(const std::filesystem::path& executable);
// The sample case files (*.cgcase), sorted; empty when none are installed.
std::vector<std::filesystem::path> locateSamples(const std::filesystem::path& executable);

// Registers every XRC handler and loads every *.xrc in the folder.
void loadForms(const std::filesystem::path& folder);

}  // namespace cg::app
