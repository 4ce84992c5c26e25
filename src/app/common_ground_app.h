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
    int OnRun() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

private:
    void reportStartFailure(const wxString& what, const wxString& detail);
    void measureWhenIdle();
    void showStartCase();
    // What keeps the screen asked for on the command line from being shown
    // (an unknown case, section or action); empty when it was reached.
    wxString reachStartScreen();
    void showHelpAtStart();
    // --ready-file: tells a script (scripts/screenshots.sh) that the screen
    // is up, or why it cannot be, in which case the program quits with 3.
    void signalReady();
    void failStartScreen(const wxString& why);

    std::optional<std::string> m_db;
    std::optional<std::string> m_openAtStart;
    wxString m_section;
    wxString m_language;
    wxString m_draftsAction;
    wxString m_helpAction;
    std::string m_readyFile;
    std::string m_calendarWeek;
    int m_exitCode = 0;
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
