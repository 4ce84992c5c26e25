#include "app/forms_location.h"

#include <algorithm>
#include <system_error>

#include <wx/xrc/xmlres.h>

#include "app/wx_text.h"

namespace cg::app {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMainForm = "main_frame.xrc";

// build/src/app/<exe> or build/tests/app/<exe> → the source tree, three up.
std::vector<fs::path> candidates(const fs::path& executable, const fs::path& sourceName,
                                 const fs::path& installedName) {
    const fs::path dir = executable.parent_path();
    return {dir / ".." / ".." / ".." / sourceName, dir / ".." / "share" / "commonground" / installedName};
}

}  // namespace

fs::path currentExecutable() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) throw MissingResources("cannot tell where the program is (/proc/self/exe: " + ec.message() + ")");
    return exe;
}

fs::path locateForms(const fs::path& executable) {
    std::string searched;
    for (const fs::path& dir : candidates(executable, "forms", "forms")) {
        std::error_code ec;
        if (fs::is_regular_file(dir / kMainForm, ec)) return fs::weakly_canonical(dir);
        searched += "\n  " + fs::weakly_canonical(dir, ec).string();
    }
    throw MissingResources("the window layouts (forms/*.xrc) were not found. Searched:" + searched +
                           "\nReinstall CommonGround, or run it from its build tree.");
}

std::vector<fs::path> locateSamples(const fs::path& executable) {
    std::vector<fs::path> files;
    for (const fs::path& dir : candidates(executable, fs::path("data") / "samples", "samples")) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) continue;
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.path().extension() == ".cgcase") files.push_back(fs::weakly_canonical(entry.path()));
        if (!files.empty()) break;
    }
    std::sort(files.begin(), files.end());
    return files;
}

void loadForms(const fs::path& folder) {
    wxXmlResource::Get()->InitAllHandlers();
    std::error_code ec;
    std::vector<fs::path> forms;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".xrc") forms.push_back(entry.path());
    if (ec) throw MissingResources("cannot read the forms folder " + folder.string() + ": " + ec.message());
    std::sort(forms.begin(), forms.end());
    for (const fs::path& form : forms)
        if (!wxXmlResource::Get()->Load(toWx(form.string())))
            throw MissingResources("the window layout " + form.string() + " could not be loaded");
}

}  // namespace cg::app
