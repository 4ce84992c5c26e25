#include "app/forms_location.h"

#include <algorithm>
#include <system_error>

#include <wx/xrc/xmlres.h>

#include "app/wx_text.h"

namespace cg::app {

namespace fs = std::filesystem;

fs::path locateForms(const fs::path& executable) {
    return resources::locateFolder(executable, "forms", "main_frame.xrc", "The window layouts");
}

std::vector<fs::path> locateSamples(const fs::path& executable) {
    std::vector<fs::path> files;
    const fs::path dir = resources::findFolder(executable, fs::path("data") / "samples");
    std::error_code ec;
    if (!dir.empty())
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.path().extension() == ".cgcase") files.push_back(entry.path());
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
