#pragma once
// Help > About: the program's version (the CMake project version) and the
// libraries and other works it ships or links with, each with its licence,
// as the licences of those works ask to be acknowledged.
#include <wx/aboutdlg.h>

#include <vector>

namespace cg::app {

struct ThirdPartyWork {
    wxString name;     // "SQLite"
    wxString use;      // what CommonGround uses it for
    wxString licence;  // "public domain"
};

// Everything the installed program contains or links that is not ours.
std::vector<ThirdPartyWork> thirdPartyWorks();

// The About box's content; database names the open case database.
wxAboutDialogInfo aboutInfo(const wxString& database);

}  // namespace cg::app
