#include "app/keyboard_shortcuts.h"

#include <wx/accel.h>
#include <wx/menu.h>

#include <memory>

namespace cg::app {

namespace {

void collect(const wxMenu& menu, const wxString& path, std::vector<MenuShortcut>& out) {
    for (const wxMenuItem* item : menu.GetMenuItems()) {
        if (item->IsSeparator()) continue;
        const wxString label = wxMenuItem::GetLabelText(item->GetItemLabel());
        if (item->IsSubMenu()) {
            collect(*item->GetSubMenu(), path + " > " + label, out);
            continue;
        }
        const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
        if (accel && accel->IsOk())
            out.push_back({accel->ToString(), path + " > " + label.Strip(wxString::both)});
    }
}

wxString escaped(wxString text) {
    text.Replace("&", "&amp;");
    text.Replace("<", "&lt;");
    text.Replace(">", "&gt;");
    return text;
}

}  // namespace

std::vector<MenuShortcut> menuShortcuts(const wxMenuBar& menus) {
    std::vector<MenuShortcut> shortcuts;
    for (size_t i = 0; i < menus.GetMenuCount(); ++i)
        collect(*menus.GetMenu(i), menus.GetMenuLabelText(i), shortcuts);
    return shortcuts;
}

wxString shortcutsPage(const std::vector<MenuShortcut>& shortcuts) {
    const wxString title = _("Keyboard shortcuts");
    wxString html;
    html << "<html><head><title>" << escaped(title) << "</title></head><body><h1>" << escaped(title)
         << "</h1>"
         << "<p>"
         << escaped(
                _("Every shortcut of the menus. In a list or a form, Tab moves between the fields, "
                  "Enter presses the default button and Escape cancels a dialog."))
         << "</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>"
         << escaped(_("Keys")) << "</th><th>" << escaped(_("Command")) << "</th></tr>";
    for (const MenuShortcut& s : shortcuts)
        html << "<tr><td><b>" << escaped(s.keys) << "</b></td><td>" << escaped(s.command)
             << "</td></tr>";
    html << "</table></body></html>";
    return html;
}

}  // namespace cg::app
