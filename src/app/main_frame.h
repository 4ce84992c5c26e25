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

#include "app/audience.h"
#include "app/background_job.h"
#include "app/case_documents.h"
#include "app/case_change_listener.h"

namespace cg::store {
class Database;
}

namespace cg::app {

class CaseListPanel;
class CaseWorkspacePanel;

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
    void onOpen();
    void onImport();
    void onExport();
    void onAbout();
    void onClose(wxCloseEvent& event);
    void showStatus(const wxString& text);
    void showMode();
    wxString displayName() const;

    std::unique_ptr<store::Database> m_db;
    std::string m_connection;
    wxCommandProcessor m_commands;
    CaseListPanel* m_caseList = nullptr;
    CaseWorkspacePanel* m_workspace = nullptr;
    BackgroundJob m_job;
    std::unique_ptr<CaseDocuments> m_documents;
    double m_lastOpenMs = -1;
};

}  // namespace cg::app
