#pragma once
// The main window (forms/main_frame.xrc): menus, status bar, and either the
// start page (case list) or the workspace of the open case. It owns the
// session's undo history and routes every menu command; the work itself is
// done by the panels, the dialogs and the commands.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <wx/cmdproc.h>
#include <wx/frame.h>

class wxConfigBase;
class wxWindow;

#include "app/audience.h"
#include "app/background_job.h"
#include "app/case_documents.h"
#include "app/case_change_listener.h"

namespace cg::store {
class Database;
}

namespace cg::app {

class CalendarWindow;
class CaseListPanel;
class CaseWorkspacePanel;
class HelpWindow;
struct CaseSectionLink;

// The settings key that records the start page was shown after the first start.
inline constexpr char kStartPageShownKey[] = "/Help/StartPageShown";

class MainFrame : public wxFrame, public CaseChangeListener {
public:
    MainFrame(std::unique_ptr<store::Database> db, std::string connection);
    ~MainFrame() override;

    // What the menu commands do; public so the GUI tests drive the same path.
    void newCase();
    bool openCase(const std::string& reference);
    void showCaseList();
    void setShowToParties(bool shown);
    // then runs on the UI thread once the import has finished (or failed).
    void importFiles(const std::vector<std::filesystem::path>& files, bool firstStart = false,
                     std::function<void()> then = {});
    void exportCase(const std::string& reference, const std::string& path);
    // File > Connect to a server…: asks for the server (settings remember it)
    // and switches to its database; a refused connection is reported and the
    // open database stays. True when the window switched.
    bool connectToServer(wxConfigBase& settings);
    // File > Use the local database: back to the SQLite file (the one the
    // program started on, when that was one).
    bool useLocalDatabase();
    // Closes everything that works on the open database and shows `db`'s case
    // list instead. False (and nothing changes) while an import, export or
    // document is still being made.
    bool useDatabase(std::unique_ptr<store::Database> db, std::string connection);
    // Help: a page of data/help (user-guide.html, start-here.html#anchor) or
    // the shortcut list, in the modeless help window.
    bool showHelpPage(const std::string& page);
    void showShortcuts();
    // After the samples were imported on the first start: the start page,
    // once per user; settings remembers it. True when it was shown now.
    bool showStartPageOnce(wxConfigBase& settings);
    void showAbout();
    // View > Calendar: the week view of every case's sessions, made on first use.
    CalendarWindow& showCalendar();
    // A start-page link: open the case (unless it is open) at the section.
    bool openCaseSection(const CaseSectionLink& link);
    // Null until the help window was first asked for.
    HelpWindow* helpWindow() { return m_help; }

    void caseChanged(const std::string& caseRef, ChangedPart part) override;

    store::Database& database() { return *m_db; }
    wxCommandProcessor& commands() { return m_commands; }
    CaseListPanel& caseList() { return *m_caseList; }
    CaseWorkspacePanel& workspace() { return *m_workspace; }
    BackgroundJob& job() { return m_job; }
    CaseDocuments& documents() { return *m_documents; }
    // How long the last openCase took (load + build every section), or -1.
    double lastOpenMilliseconds() const { return m_lastOpenMs; }

private:
    void bindMenus();
    void makePanels(wxWindow* content);
    void showDatabase();
    HelpWindow& help();  // made on first use
    void onOpen();
    void onImport();
    void onExport();
    void onClose(wxCloseEvent& event);
    void showStatus(const wxString& text);
    void showMode();
    wxString displayName() const;

    std::unique_ptr<store::Database> m_db;
    std::string m_connection;
    std::string m_localConnection;  // where Use the local database goes back to
    wxCommandProcessor m_commands;
    CaseListPanel* m_caseList = nullptr;
    CaseWorkspacePanel* m_workspace = nullptr;
    BackgroundJob m_job;
    std::unique_ptr<CaseDocuments> m_documents;
    double m_lastOpenMs = -1;
    HelpWindow* m_help = nullptr;  // a child window: destroyed with the frame
    CalendarWindow* m_calendar = nullptr;  // likewise
};

}  // namespace cg::app
