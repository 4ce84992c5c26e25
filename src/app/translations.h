#pragma once
// The interface language: finds the compiled catalogs (commonground.mo)
// beside the executable and installs wxTranslations for the language the
// user asked for. The lookup goes through wxTranslations alone, not through
// setlocale(), so a German interface works on machines where only C.UTF-8
// is generated (CI, minimal containers).
#include <wx/string.h>

#include <filesystem>

namespace cg::app {

// The folder holding <lang>/LC_MESSAGES/commonground.mo:
//   build tree:  build/src/app/<exe>, build/tests/app/<exe> → build/locale
//   installed:   <prefix>/bin/<exe>                         → <prefix>/share/locale
// Empty when neither exists; the interface is then English.
std::filesystem::path findTranslations(const std::filesystem::path& executable);

// Replaces the global wxTranslations with one for `language` ("de",
// "de_DE"); when `language` is empty, wxWidgets picks the best available
// catalog from LANGUAGE, LC_ALL, LC_MESSAGES and LANG. True when a
// translation of the application's own strings was loaded, false for the
// English the sources are written in (or a language without a catalog).
bool installTranslations(const std::filesystem::path& catalogFolder, const wxString& language);

}  // namespace cg::app
