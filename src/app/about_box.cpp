#include "app/about_box.h"

namespace cg::app {

std::vector<ThirdPartyWork> thirdPartyWorks() {
    return {
        {"wxWidgets", _("the windows, menus and forms"), _("wxWindows Library Licence 3.1")},
        {"SOCI", _("database access"), _("Boost Software License 1.0")},
        {"SQLite", _("the case database file"), _("public domain")},
        {"PostgreSQL libpq", _("a firm's shared database server"), _("PostgreSQL Licence")},
        {"pugixml", _("case files, catalogs and templates"), _("MIT licence")},
        {"libharu", _("writing PDF documents"), _("zlib/libpng licence")},
        {"DejaVu fonts", _("the fonts embedded in every PDF"),
         _("Bitstream Vera derived free licence (DejaVu changes public domain)")},
        {"Boost.Test", _("the program's tests only; not installed"),
         _("Boost Software License 1.0")},
        // data/catalogs/controls.xml names the CIS Controls and their safeguards.
        {"CIS Controls v8", _("control names in the catalogs (names only, for reference)"),
         _("CC BY-NC-ND 4.0, Center for Internet Security")},
    };
}

wxAboutDialogInfo aboutInfo(const wxString& database) {
    wxAboutDialogInfo info;
    // GTK's About box shows the licence text only on request; the names are
    // on its first page so nobody has to look for them.
    wxString names;
    for (const ThirdPartyWork& work : thirdPartyWorks())
        names << (names.empty() ? "" : ", ") << work.name;
    info.SetName(_("CommonGround"));
    info.SetVersion(CG_VERSION_TEXT, wxString::Format(_("Version %s"), CG_VERSION_TEXT));
    info.SetDescription(
        _("A workspace for mediators of cyber-security disputes between businesses: "
          "parties, interests, contract clauses, breach facts, blame and the common ground "
          "between them.\n\nNothing in CommonGround is legal advice.") +
        "\n\n" +
        wxString::Format(_("Built with %s. The licence text names each one's licence."), names));
    info.SetCopyright(database);
    wxString licences =
        _("CommonGround is built with these works; each keeps its own licence:") + "\n\n";
    for (const ThirdPartyWork& work : thirdPartyWorks())
        licences << work.name << " (" << work.use << ")\n    " << work.licence << "\n";
    info.SetLicence(licences);
    return info;
}

}  // namespace cg::app
