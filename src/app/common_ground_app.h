#pragma once
// The application object: reads the command line, finds and loads the forms,
// opens (or on first start creates) the database and shows the main window.
// A failure here is shown in a dialog and the program does not start.
#include <optional>
#include <string>

#include <wx/app.h>

namespace cg::app {

class MainFrame;

class CommonGroundApp : public wxApp {
public:
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

private:
    void reportStartFailure(const wxString& what, const wxString& detail);
    void measureWhenIdle();
    void showStartCase();
    void showHelpAtStart();

    std::optional<std::string> m_db;
    std::optional<std::string> m_openAtStart;
    wxString m_section;
    wxString m_language;
    wxString m_draftsAction;
    wxString m_helpAction;
    bool m_noStartPage = false;
    bool m_showToParties = false;
    bool m_addRecord = false;
    bool m_exitWhenIdle = false;
    MainFrame* m_frame = nullptr;
};

// Settings (window layout, recent cases) go to
// $XDG_CONFIG_HOME/commonground/settings.conf (~/.config/... when unset).
void installSettings();

}  // namespace cg::app
