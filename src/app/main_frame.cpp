#include "app/main_frame.h"

#include <chrono>

#include <wx/aboutdlg.h>
#include <wx/app.h>
#include <wx/utils.h>
#include <wx/choicdlg.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/xrc/xmlres.h>

#include "app/calendar_window.h"
#include "app/case_dialog.h"
#include "app/case_list_panel.h"
#include "app/about_box.h"
#include "app/audit_trail_dialog.h"
#include "app/case_workspace_panel.h"
#include "app/connection_dialog.h"
#include "app/forms_location.h"
#include "app/help_window.h"
#include "app/keyboard_shortcuts.h"
#include "app/inline_check.h"
#include "app/interest_map_page.h"
#include "app/prompts.h"
#include "app/running_session_frame.h"
#include "app/record_commands.h"
#include "app/sample_import.h"
#include "app/wx_text.h"
#include "exchange/case_file.h"
#include "store/case_repository.h"
#include "store/connection_string.h"
#include "store/database.h"
#include "store/exhibit_contents.h"

namespace cg::app {

namespace {
constexpr int kUndoLevels = 500;
enum StatusField { kMessageField, kModeField, kDatabaseField };
}  // namespace

MainFrame::MainFrame(std::unique_ptr<store::Database> db, std::string connection)
    : m_db(std::move(db)), m_connection(std::move(connection)), m_commands(kUndoLevels), m_job(*this) {
    wxXmlResource::Get()->LoadFrame(this, nullptr, "MainFrame");
    const bool local = store::parseConnection(m_connection).backend == store::ConnectionTarget::Backend::Sqlite;
    m_localConnection = local ? m_connection : store::defaultSqlitePath();
    wxWindow* content = formControl<wxWindow>(this, "content");
    content->SetSizer(new wxBoxSizer(wxVERTICAL));
    makePanels(content);

    // The audience field must hold "SHOWN TO PARTIES — confidential items
    // hidden" whole; a long database address may be cut.
    const int widths[] = {-3, -4, -3};
    GetStatusBar()->SetFieldsCount(3, widths);
    wxMenu* editMenu = nullptr;
    GetMenuBar()->FindItem(wxID_UNDO, &editMenu);
    m_commands.SetEditMenu(editMenu);
    m_commands.SetUndoAccelerator("\tCtrl+Z");
    m_commands.SetRedoAccelerator("\tCtrl+Shift+Z");
    m_commands.Initialize();
    m_documents = std::make_unique<CaseDocuments>(*this, [this](const wxString& text) { showStatus(text); });

    bindMenus();
    SetMinSize(FromDIP(wxSize(760, 520)));
    SetSize(FromDIP(wxSize(1180, 760)));
    wxPersistentRegisterAndRestore(this, "MainFrame");
    showCaseList();
    m_caseList->refresh();
    showMode();
    showDatabase();
    showStatus(wxString::Format(_("Database: %s"), displayName()));
}

MainFrame::~MainFrame() { m_job.wait(); }

void MainFrame::makePanels(wxWindow* content) {
    m_caseList = new CaseListPanel(content, *m_db);
    m_workspace = new CaseWorkspacePanel(content, *m_db, m_commands, *this);
    content->GetSizer()->Add(m_caseList, 1, wxEXPAND);
    content->GetSizer()->Add(m_workspace, 1, wxEXPAND);
    m_caseList->onOpen = [this](const std::string& ref) { openCase(ref); };
}

void MainFrame::showDatabase() {
    SetStatusText(wxString::Format(_("Database: %s"), displayName()), kDatabaseField);
}

bool MainFrame::connectToServer(wxConfigBase& settings) {
    ConnectionDialog dialog(this, settings, m_db->actor());
    if (prompts().showModal(dialog) != wxID_OK) return false;
    const ServerLogin login = dialog.login();
    std::unique_ptr<store::Database> db;
    try {
        wxBusyCursor busy;
        db = store::Database::open(login.url(), m_db->actor());
    } catch (const std::exception&) {
        reportCurrentError(this, wxString::Format(_("Could not connect to %s; %s stays open."), toWx(login.display()),
                                                  displayName()));
        return false;
    }
    return useDatabase(std::move(db), login.url());
}

bool MainFrame::useLocalDatabase() {
    std::unique_ptr<store::Database> db;
    try {
        db = store::Database::open(m_localConnection, m_db->actor());
    } catch (const std::exception&) {
        reportCurrentError(this, wxString::Format(_("Could not open the local database %s; %s stays open."),
                                                  toWx(m_localConnection), displayName()));
        return false;
    }
    return useDatabase(std::move(db), m_localConnection);
}

bool MainFrame::useDatabase(std::unique_ptr<store::Database> db, std::string connection) {
    if (m_job.busy() || m_documents->job().busy()) {
        showStatus(_("An import, export or document is still being made; switch databases when it has finished."));
        return false;
    }
    m_job.wait();
    RunningSessionFrame::closeAll();  // each saves its notes while the old database is still open
    // Closed frames are deleted when idle; their timers must not fire on the
    // next database, so the deletion happens now.
    wxTheApp->ProcessIdle();
    m_commands.ClearCommands();  // the undo history acts on the old database
    if (m_calendar) {
        delete m_calendar;
        m_calendar = nullptr;
    }
    const Audience audience = m_workspace->audience();
    wxWindow* content = m_caseList->GetParent();
    content->GetSizer()->Clear(true);  // the panels go before the database they read
    m_db = std::move(db);
    m_connection = std::move(connection);
    makePanels(content);
    m_workspace->setAudience(audience);
    showCaseList();
    m_caseList->refresh();
    showDatabase();
    showStatus(wxString::Format(_("Switched to the database %s."), displayName()));
    return true;
}

wxString MainFrame::displayName() const { return toWx(m_db->describe()); }

void MainFrame::bindMenus() {
    auto onMenu = [this](int id, std::function<void()> action) {
        Bind(wxEVT_MENU, [action](wxCommandEvent&) { action(); }, id);
        Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); }, id);
    };
    onMenu(wxID_NEW, [this] { newCase(); });
    onMenu(wxID_OPEN, [this] { onOpen(); });
    onMenu(XRCID("close_case"), [this] { showCaseList(); });
    onMenu(XRCID("import"), [this] { onImport(); });
    onMenu(XRCID("export"), [this] { onExport(); });
    onMenu(XRCID("connect_server"), [this] { connectToServer(*wxConfigBase::Get()); });
    onMenu(XRCID("use_local_database"), [this] { useLocalDatabase(); });
    onMenu(wxID_EXIT, [this] { Close(); });
    onMenu(wxID_UNDO, [this] { m_commands.Undo(); });
    onMenu(wxID_REDO, [this] { m_commands.Redo(); });
    onMenu(XRCID("case_list"), [this] { showCaseList(); });
    onMenu(XRCID("calendar"), [this] { showCalendar(); });
    // For the audience picked on the Interest map page (all parties unless the mediator chose otherwise).
    onMenu(XRCID("present_interest_map"), [this] {
        if (auto* map = dynamic_cast<InterestMapPage*>(m_workspace->page(_("Interest map")))) map->present();
    });
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_workspace->IsShown() && !m_workspace->caseRef().empty()); },
         XRCID("present_interest_map"));
    onMenu(XRCID("audit_trail"), [this] {
        AuditTrailDialog dialog(this, *m_db, m_workspace->caseRef());
        prompts().showModal(dialog);
    });
    // The trail's before → after texts hold confidential records too.
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(m_workspace->IsShown() && !m_workspace->caseRef().empty() &&
                 m_workspace->audience() == Audience::Mediator);
    }, XRCID("audit_trail"));
    onMenu(wxID_HELP, [this] { showHelpPage(kUserGuidePage); });
    onMenu(XRCID("start_here"), [this] { showHelpPage(kStartPage); });
    onMenu(XRCID("keyboard_shortcuts"), [this] { showShortcuts(); });
    onMenu(wxID_ABOUT, [this] { showAbout(); });
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) { setShowToParties(e.IsChecked()); }, XRCID("show_to_parties"));
    onMenu(XRCID("interest_map_handout"),
           [this] { m_documents->interestMapHandout(m_workspace->record(), m_workspace->audience()); });
    onMenu(XRCID("case_summary"), [this] { m_documents->caseSummary(m_workspace->record(), m_workspace->audience()); });
    onMenu(XRCID("mediator_worksheet"),
           [this] { m_documents->mediatorWorksheet(m_workspace->record(), m_workspace->audience()); });
    onMenu(XRCID("invoice"), [this] { m_documents->invoice(m_workspace->record()); });
    onMenu(XRCID("agreement_to_mediate"), [this] { m_documents->agreementToMediate(m_workspace->record()); });
    for (const char* item :
         {"interest_map_handout", "case_summary", "mediator_worksheet", "invoice", "agreement_to_mediate"}) {
        const std::string_view name(item);
        // The handout is filtered for its reader; an invoice and the agreement to mediate hold nothing confidential.
        const bool mediatorOnly = name == "case_summary" || name == "mediator_worksheet";
        Bind(wxEVT_UPDATE_UI, [this, mediatorOnly](wxUpdateUIEvent& e) {
            e.Enable(m_workspace->IsShown() && !m_workspace->caseRef().empty() && !m_documents->job().busy() &&
                     !(mediatorOnly && m_workspace->audience() == Audience::Parties));
        }, XRCID(item));
    }
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_commands.CanUndo()); }, wxID_UNDO);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_commands.CanRedo()); }, wxID_REDO);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_workspace->caseRef().empty()); },
         XRCID("close_case"));
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_job.busy()); }, XRCID("import"));
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_connection != m_localConnection); },
         XRCID("use_local_database"));
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
}

void MainFrame::newCase() {
    domain::Case head;
    try {
        const int year = domain::Date::today().year();
        head.reference = store::CaseRepository(*m_db).nextReference("CG", year);
    } catch (const std::exception&) {
        reportCurrentError(this, _("Could not pick a reference for the new case."));
        return;
    }
    head.openedOn = domain::Date::today();
    head.mediator = m_db->actor();
    auto created = runCaseDialog(this, head, true);
    if (!created) return;
    if (m_commands.Submit(new CaseHeadChange(*m_db, *this, std::nullopt, *created))) openCase(created->reference);
}

bool MainFrame::openCase(const std::string& reference) {
    const auto start = std::chrono::steady_clock::now();
    try {
        m_workspace->openCase(reference);
    } catch (const std::exception&) {
        reportCurrentError(this, wxString::Format(_("Could not open case %s."), toWx(reference)));
        return false;
    }
    CaseListPanel::rememberRecent(reference);
    m_caseList->Hide();
    m_workspace->Show();
    m_workspace->GetParent()->Layout();
    SetTitle(wxString::Format(_(L"%s \u2014 %s \u2014 CommonGround"), toWx(reference),
                              toWx(m_workspace->record().head.title)));
    m_lastOpenMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    showStatus(wxString::Format(_("Opened case %s in %.0f ms."), toWx(reference), m_lastOpenMs));
    return true;
}

void MainFrame::showCaseList() {
    m_workspace->Hide();
    m_caseList->Show();
    m_caseList->GetParent()->Layout();
    m_caseList->select(m_workspace->caseRef());
    SetTitle(_("CommonGround"));
}

void MainFrame::setShowToParties(bool shown) {
    GetMenuBar()->Check(XRCID("show_to_parties"), shown);
    m_workspace->setAudience(shown ? Audience::Parties : Audience::Mediator);
    showMode();
}

void MainFrame::showMode() {
    const bool parties = m_workspace->audience() == Audience::Parties;
    SetStatusText(parties ? _(L"SHOWN TO PARTIES \u2014 confidential items hidden") : _("Mediator view"), kModeField);
}

void MainFrame::showStatus(const wxString& text) { SetStatusText(text, kMessageField); }

void MainFrame::caseChanged(const std::string& caseRef, ChangedPart part) {
    try {
        if (caseRef == m_workspace->caseRef()) {
            m_workspace->reload(part);
            if (m_workspace->caseRef().empty()) showCaseList();
        }
        if (part == ChangedPart::Head || part == ChangedPart::WholeCase || part == ChangedPart::Parties)
            m_caseList->refresh();
        if (m_calendar && m_calendar->IsShown() &&
            (part == ChangedPart::Sessions || part == ChangedPart::Head || part == ChangedPart::WholeCase ||
             part == ChangedPart::Parties))
            m_calendar->reload();
    } catch (const std::exception&) {
        reportCurrentError(this, wxString::Format(_("Could not reload case %s."), toWx(caseRef)));
    }
}

void MainFrame::onOpen() {
    std::string reference = m_caseList->IsShown() ? m_caseList->selectedReference() : std::string();
    if (reference.empty()) {
        wxArrayString refs;
        try {
            for (const auto& summary : store::CaseRepository(*m_db).list())
                refs.Add(toWx(summary.reference) + "  " + toWx(summary.title));
        } catch (const std::exception&) {
            reportCurrentError(this, _("Could not list the cases."));
            return;
        }
        wxSingleChoiceDialog choose(this, _("Which case?"), _("Open case"), refs);
        if (refs.empty() || prompts().showModal(choose) != wxID_OK) return;
        reference = fromWx(choose.GetStringSelection().BeforeFirst(' '));
    }
    openCase(reference);
}

void MainFrame::onImport() {
    wxFileDialog dialog(this, _("Import case files"), {}, {}, _("Case files (*.cgcase)|*.cgcase|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    if (prompts().showModal(dialog) != wxID_OK) return;
    wxArrayString paths;
    dialog.GetPaths(paths);
    std::vector<std::filesystem::path> files;
    for (const wxString& p : paths) files.emplace_back(fromWx(p));
    importFiles(files);
}

void MainFrame::importFiles(const std::vector<std::filesystem::path>& files, bool firstStart,
                            std::function<void()> then) {
    auto outcome = std::make_shared<ImportOutcome>();
    const std::string connection = m_connection, actor = m_db->actor();
    const bool started = m_job.start(
        [=](const BackgroundJob::Progress& report) {
            *outcome = importCaseFiles(connection, actor, files, [&](const ImportProgress& p) {
                if (p.done < p.total)
                    report(wxString::Format(_(L"Importing %zu of %zu: %s\u2026"), p.done + 1, p.total, toWx(p.current)));
            });
        },
        [this](const wxString& text) { showStatus(text); },
        [this, outcome, firstStart, then](std::exception_ptr failure) {
            m_caseList->refresh();
            if (failure) {
                prompts().showError(this, describeError(_("The import could not start."), failure));
                if (then) then();
                return;
            }
            showStatus(wxString::Format(firstStart ? _("Welcome. %zu sample cases were imported.")
                                                   : _("%zu cases imported."),
                                        outcome->imported.size()));
            if (!outcome->failures.empty()) {
                wxString reasons;
                for (const auto& f : outcome->failures) reasons << toWx(f) << "\n";
                prompts().showError(this, {wxString::Format(_("%zu of the files could not be imported."),
                                                            outcome->failures.size()),
                                           reasons, _("The other files were imported. Nothing from a failed file "
                                                      "was stored; correct it and import it again.")});
            }
            if (then) then();
        });
    if (!started) showStatus(_("An import or export is still running; try again when it has finished."));
}

void MainFrame::onExport() {
    std::string reference = m_workspace->IsShown() ? m_workspace->caseRef() : m_caseList->selectedReference();
    if (reference.empty()) {
        showStatus(_("Select or open a case to export."));
        return;
    }
    wxFileDialog dialog(this, _("Export case"), {}, toWx(reference) + ".cgcase",
                        _("Case files (*.cgcase)|*.cgcase"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (prompts().showModal(dialog) != wxID_OK) return;
    exportCase(reference, fromWx(dialog.GetPath()));
}

void MainFrame::exportCase(const std::string& reference, const std::string& path) {
    const std::string connection = m_connection, actor = m_db->actor();
    const bool started = m_job.start(
        [=](const BackgroundJob::Progress& report) {
            report(wxString::Format(_(L"Exporting %s\u2026"), toWx(reference)));
            auto db = store::Database::open(connection, actor, store::Database::OpenMode::MustExist);
            domain::CaseRecord record = store::CaseRepository(*db).load(reference);
            // The case file carries the exhibits' bytes; the workspace never loads them.
            store::loadExhibitContents(*db, record);
            exchange::writeCaseFile(record, path);
        },
        [this](const wxString& text) { showStatus(text); },
        [this, reference, path](std::exception_ptr failure) {
            if (failure)
                prompts().showError(this, describeError(wxString::Format(_("Could not export case %s to %s."),
                                                                         toWx(reference), toWx(path)),
                                                        failure));
            else
                showStatus(wxString::Format(_("Exported %s to %s."), toWx(reference), toWx(path)));
        });
    if (!started) showStatus(_("An import or export is still running; try again when it has finished."));
}

void MainFrame::showAbout() { wxAboutBox(aboutInfo(displayName()), this); }

CalendarWindow& MainFrame::showCalendar() {
    if (!m_calendar) {
        m_calendar = new CalendarWindow(this, *m_db);
        m_calendar->onOpenCase = [this](const std::string& reference, domain::RecordNo sessionNo) {
            const bool open = m_workspace->caseRef() == reference && m_workspace->IsShown();
            if (open || openCase(reference)) m_workspace->showRecord("session", sessionNo);
            Raise();
        };
    } else {
        m_calendar->reload();
    }
    m_calendar->Show();
    m_calendar->Raise();
    return *m_calendar;
}

HelpWindow& MainFrame::help() {
    if (!m_help) {
        m_help = new HelpWindow(this);
        m_help->onCaseSection = [this](const CaseSectionLink& link) { openCaseSection(link); };
    }
    return *m_help;
}

bool MainFrame::showHelpPage(const std::string& page) {
    std::filesystem::path folder;
    try {
        folder = locateHelp(currentExecutable());
    } catch (const std::exception&) {
        reportCurrentError(this, _("The user guide could not be found."));
        return false;
    }
    HelpWindow& help = this->help();
    if (!help.showPage(folder, page)) return false;
    help.Show();
    help.Raise();
    return true;
}

void MainFrame::showShortcuts() {
    HelpWindow& help = this->help();
    help.showGenerated(_("Keyboard shortcuts"), shortcutsPage(menuShortcuts(*GetMenuBar())));
    help.Show();
    help.Raise();
}

bool MainFrame::showStartPageOnce(wxConfigBase& settings) {
    if (settings.ReadBool(kStartPageShownKey, false)) return false;
    if (!showHelpPage(kStartPage)) return false;
    settings.Write(kStartPageShownKey, true);
    settings.Flush();
    return true;
}

bool MainFrame::openCaseSection(const CaseSectionLink& link) {
    if (m_workspace->caseRef() != link.caseRef || !m_workspace->IsShown())
        if (!openCase(link.caseRef)) return false;
    // The link names the English title, like --section, whatever the language.
    const int index = m_workspace->sectionIndex(wxGetTranslation(link.section));
    if (index < 0) {
        showStatus(wxString::Format(_("Case %s has no section \"%s\"."), toWx(link.caseRef), link.section));
        return false;
    }
    m_workspace->showSection(index);
    Raise();
    return true;
}

void MainFrame::onClose(wxCloseEvent& event) {
    if (m_job.busy() && event.CanVeto() &&
        !prompts().confirm(this, _("Quit"), _("An import or export is still running. Wait for it and quit?"))) {
        event.Veto();
        return;
    }
    m_job.wait();
    RunningSessionFrame::closeAll();  // each saves its notes while the database is still open
    event.Skip();
}

}  // namespace cg::app
