#pragma once
// The keyboard shortcuts the program offers, read from the menu bar the main
// window actually built: the menus (forms/main_frame.xrc and the undo/redo
// labels set in code) are the one source, so Help > Keyboard shortcuts cannot
// miss or invent a shortcut.
#include <wx/string.h>

#include <vector>

class wxMenuBar;

namespace cg::app {

struct MenuShortcut {
    wxString keys;     // "Ctrl+Shift+P", as wxWidgets spells it for this platform
    wxString command;  // "View > Show to parties"
};

// Every menu item with an accelerator, in menu order.
std::vector<MenuShortcut> menuShortcuts(const wxMenuBar& menus);

// The list as an HTML page for the help window.
wxString shortcutsPage(const std::vector<MenuShortcut>& shortcuts);

}  // namespace cg::app
