#include "app/translations.h"

#include <wx/intl.h>
#include <wx/translation.h>

#include <system_error>

#include "app/wx_text.h"

namespace cg::app {

namespace fs = std::filesystem;

namespace {

// The gettext domain of the application: <lang>/LC_MESSAGES/commonground.mo.
const char* const kDomain = "commonground";

}  // namespace

fs::path findTranslations(const fs::path& executable) {
    const fs::path dir = executable.parent_path();
    for (const fs::path& candidate :
         {dir / ".." / ".." / "locale", dir / ".." / "share" / "locale"}) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(candidate, ec))
            if (fs::is_regular_file(entry.path() / "LC_MESSAGES" / (std::string(kDomain) + ".mo"),
                                    ec))
                return fs::weakly_canonical(candidate, ec);
    }
    return {};
}

bool installTranslations(const fs::path& catalogFolder, const wxString& language) {
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);  // takes ownership, deletes the previous one
    if (!language.empty()) translations->SetLanguage(language);
    if (!catalogFolder.empty())
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(toWx(catalogFolder.string()));
    // wxWidgets' own strings (Cancel, the file dialogs) come from the
    // system's wxstd catalog when the distribution ships it (wx3.2-i18n).
    translations->AddStdCatalog();
    // The sources are written in US English: asking for English loads nothing
    // and is not an error.
    translations->AddCatalog(kDomain, wxLANGUAGE_ENGLISH_US);
    return translations->IsLoaded(kDomain);
}

}  // namespace cg::app
