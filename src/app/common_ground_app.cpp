#include "app/common_ground_app.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sys/resource.h>

#include <wx/cmdline.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "app/calendar_window.h"
#include "app/case_workspace_panel.h"
#include "app/drafts_panel.h"
#include "app/forms_location.h"
#include "app/help_window.h"
#include "app/laid_out_printout.h"
#include "app/section_model.h"
#include "app/translations.h"
#include "app/main_frame.h"
#include "app/prompts.h"
#include "app/wx_text.h"
#include "domain/errors.h"
#include "store/connection_string.h"
#include "store/database.h"

namespace cg::app {

namespace {

using Clock = std::chrono::steady_clock;
const Clock::time_point kProcessStart = Clock::now();

bool databaseFileMissing(const std::string& connection) {
    const store::ConnectionTarget target = store::parseConnection(connection);
    std::error_code ec;
    return target.backend == store::ConnectionTarget::Backend::Sqlite &&
           !std::filesystem::exists(target.location, ec);
}

long peakResidentKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

// Unattended runs (--exit-when-idle) print what would have been asked or
// reported, and answer no.
class UnattendedPrompts : public Prompts {
public:
    int showModal(wxDialog&) override { return wxID_CANCEL; }
    bool confirm(wxWindow*, const wxString&, const wxString& question) override {
        std::fprintf(stderr, "commonground: not asked (unattended): %s\n", question.utf8_str().data());
        return false;
    }
    void showError(wxWindow*, const ErrorReport& report) override {
        std::fprintf(stderr, "commonground: %s\n%s\n%s\n", report.headline.utf8_str().data(),
                     report.reason.utf8_str().data(), report.advice.utf8_str().data());
    }
};

// Scripted runs (--ready-file) still show dialogs, so that a screenshot can
// catch them, but print errors instead of waiting for someone to close them.
class ScriptedPrompts : public Prompts {
public:
    void showError(wxWindow*, const ErrorReport& report) override {
        std::fprintf(stderr, "commonground: %s\n%s\n", report.headline.utf8_str().data(),
                     report.reason.utf8_str().data());
    }
};

void installSettings() {
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    wxFileName file(wxStandardPaths::Get().GetUserConfigDir(), "settings.conf");
    file.AppendDir("commonground");
    // Without the folder the settings cannot be saved; the program still runs.
    file.Mkdir(wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    wxConfigBase::Set(new wxFileConfig("commonground", {}, file.GetFullPath(), {}, wxCONFIG_USE_LOCAL_FILE));
}

int CommonGroundApp::OnRun() {
    const int status = wxApp::OnRun();
    return m_exitCode != 0 ? m_exitCode : status;
}

int CommonGroundApp::OnExit() {
    // Written now, while the application can still report a problem.
    delete wxConfigBase::Set(nullptr);
    return wxApp::OnExit();
}

void CommonGroundApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption({}, "db", _("the case database: a SQLite file path (default: "
                                 "$COMMONGROUND_DB or ~/.local/share/commonground/commonground.db)"));
    parser.AddOption({}, "open", _("open this case (a reference such as CG-2026-0001) at start"));
    parser.AddOption({}, "section", _("with --open: show this section (\"Parties\", \"Interests\"...)"));
    parser.AddOption({}, "language", _("the interface language, such as \"de\" (default: from LANGUAGE or LANG)"));
    parser.AddSwitch({}, "show-to-parties", _("start in \"show to parties\" mode (confidential items hidden)"));
    // For scripts/screenshots.sh: open the section's Add dialog once the window is up.
    parser.AddSwitch({}, "add-record", {}, wxCMD_LINE_HIDDEN);
    // For screenshots: with --section Drafts, press Check, Preview, Generate or Compare once the window is up.
    parser.AddOption({}, "drafts-action", {}, wxCMD_LINE_VAL_STRING, wxCMD_LINE_HIDDEN);
    parser.AddSwitch({}, "no-start-page",
                     _("do not show the \"Start here\" page after the first start (also: $COMMONGROUND_NO_START_PAGE)"));
    // For screenshots: open "guide", "start", "shortcuts" or "about" once the window is up.
    parser.AddOption({}, "help-action", {}, wxCMD_LINE_VAL_STRING, wxCMD_LINE_HIDDEN);
    // For scripts/screenshots.sh and the start-up benchmark: quit as soon as the
    // window is idle and print how long it took to get there.
    parser.AddSwitch({}, "exit-when-idle", {}, wxCMD_LINE_HIDDEN);
    // For scripts/screenshots.sh: write "ready" to this file once the screen
    // asked for is up, or "unreachable: why" and quit with status 3.
    parser.AddOption({}, "ready-file", {}, wxCMD_LINE_VAL_STRING, wxCMD_LINE_HIDDEN);
    // For screenshots: open the calendar at the week of this date (YYYY-MM-DD).
    parser.AddOption({}, "calendar-week", {}, wxCMD_LINE_VAL_STRING, wxCMD_LINE_HIDDEN);
}

bool CommonGroundApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    wxString value;
    if (parser.Found("db", &value)) m_db = fromWx(value);
    if (parser.Found("open", &value)) m_openAtStart = fromWx(value);
    if (parser.Found("section", &value)) m_section = value;
    if (parser.Found("language", &value)) m_language = value;
    m_showToParties = parser.Found("show-to-parties");
    m_addRecord = parser.Found("add-record");
    if (parser.Found("drafts-action", &value)) m_draftsAction = value;
    m_exitWhenIdle = parser.Found("exit-when-idle");
    if (parser.Found("help-action", &value)) m_helpAction = value;
    if (parser.Found("ready-file", &value)) m_readyFile = fromWx(value);
    if (parser.Found("calendar-week", &value)) m_calendarWeek = fromWx(value);
    // Scripts and tests start on fresh databases; the start page is for people.
    m_noStartPage = parser.Found("no-start-page") || m_exitWhenIdle || wxGetEnv("COMMONGROUND_NO_START_PAGE", nullptr);
    // Unattended runs must never wait on a log dialog: log to stderr instead.
    if (m_exitWhenIdle) {
        delete wxLog::SetActiveTarget(new wxLogStderr);
        setPrompts(std::make_unique<UnattendedPrompts>());
    } else if (!m_readyFile.empty()) {
        delete wxLog::SetActiveTarget(new wxLogStderr);
        setPrompts(std::make_unique<ScriptedPrompts>());
    }
    return wxApp::OnCmdLineParsed(parser);
}

void CommonGroundApp::reportStartFailure(const wxString& what, const wxString& detail) {
    wxMessageDialog dialog(nullptr, what, _("CommonGround cannot start"), wxOK | wxICON_ERROR);
    dialog.SetExtendedMessage(detail);
    if (m_exitWhenIdle) std::fprintf(stderr, "commonground: %s\n%s\n", what.utf8_str().data(), detail.utf8_str().data());
    else dialog.ShowModal();
}

bool CommonGroundApp::OnInit() {
    if (!wxApp::OnInit()) return false;
    SetAppName("commonground");
    installSettings();

    std::filesystem::path executable;
    try {
        executable = currentExecutable();
        // Before the forms are loaded and the first window is made: XRC
        // labels are translated as each window is created from its form.
        installTranslations(findTranslations(executable), m_language);
        SetAppDisplayName(_("CommonGround"));
        loadForms(locateForms(executable));
    } catch (const std::exception& e) {
        reportStartFailure(_("The program's window layouts are missing."), toWx(e.what()));
        return false;
    }

    try {
        // Before the first window makes a font: wx activates private fonts once.
        registerDocumentFonts(report::FontBook());
    } catch (const report::FontError&) {
        // Previews then use the system's DejaVu by family name; rendering a
        // PDF reports the missing file when it is attempted.
    }

    std::string connection;
    std::unique_ptr<store::Database> db;
    bool firstStart = false;
    try {
        connection = store::resolveConnection(m_db);
        firstStart = databaseFileMissing(connection);
        db = store::Database::open(connection, fromWx(wxGetUserName().empty() ? wxGetUserId() : wxGetUserName()));
    } catch (const std::exception& e) {
        reportStartFailure(wxString::Format(_("The case database %s could not be opened."), toWx(connection)),
                           toWx(e.what()) + "\n\n" +
                               _("Check that the file is not held by another program and that its folder is "
                                 "writable, or start with --db PATH to use another database."));
        return false;
    }

    m_frame = new MainFrame(std::move(db), connection);
    m_frame->Show();
    const auto samples = firstStart ? locateSamples(executable) : std::vector<std::filesystem::path>{};
    if (!samples.empty())
        m_frame->importFiles(samples, true, [this] {
            showStartCase();
            if (!m_noStartPage) m_frame->showStartPageOnce(*wxConfigBase::Get());
        });
    else
        showStartCase();
    if (m_exitWhenIdle) measureWhenIdle();
    return true;
}

void CommonGroundApp::showStartCase() {
    const wxString unreachable = reachStartScreen();
    if (m_readyFile.empty()) {
        if (!unreachable.empty()) m_frame->SetStatusText(unreachable);
        return;
    }
    if (!unreachable.empty()) {
        failStartScreen(unreachable);
        return;
    }
    // Queued after the actions above: a dialog they open runs its own event
    // loop, which delivers this once the dialog is on screen.
    CallAfter([this] { signalReady(); });
}

// Messages about the command line, like the CLI's, are in English.
wxString CommonGroundApp::reachStartScreen() {
    if (!m_section.empty() && !m_openAtStart) return wxString("--section needs --open with a case reference");
    if (m_openAtStart && !m_frame->openCase(*m_openAtStart))
        return wxString::Format("case %s could not be opened", toWx(*m_openAtStart));
    if (!m_section.empty()) {
        CaseWorkspacePanel& workspace = m_frame->workspace();
        // --section takes the English title, whatever the interface language.
        const int index = workspace.sectionIndex(wxGetTranslation(m_section));
        if (index < 0) return wxString::Format("case %s has no section \"%s\"", toWx(*m_openAtStart), m_section);
        workspace.showSection(index);
        if (m_addRecord) {
            if (!workspace.isRecordSection(index) || !workspace.section(index).editable())
                return wxString::Format("records cannot be added in the section \"%s\"", m_section);
            CallAfter([this] {
                CaseWorkspacePanel& w = m_frame->workspace();
                w.section(w.currentSection()).add(m_frame);
            });
        }
    } else if (m_addRecord) {
        return wxString("--add-record needs --open and --section");
    }
    if (!m_draftsAction.empty()) {
        static const wxString kActions[] = {"check", "preview", "generate", "compare"};
        if (std::find(std::begin(kActions), std::end(kActions), m_draftsAction) == std::end(kActions))
            return wxString::Format("unknown drafts action \"%s\" (check, preview, generate or compare)",
                                    m_draftsAction);
        if (!m_frame->workspace().draftsPanel().IsShown()) return wxString("--drafts-action needs --section Drafts");
        CallAfter([this] {
            DraftsPanel& drafts = m_frame->workspace().draftsPanel();
            if (m_draftsAction == "check") drafts.check();
            else if (m_draftsAction == "preview") drafts.preview();
            else if (m_draftsAction == "generate") drafts.generate();
            else drafts.compare();
        });
    }
    if (m_showToParties) m_frame->setShowToParties(true);
    if (!m_calendarWeek.empty()) {
        domain::Date week;
        try {
            week = domain::Date::parse(m_calendarWeek);
        } catch (const std::exception& e) {
            return wxString("--calendar-week: ") + toWx(e.what());
        }
        m_frame->showCalendar().showWeek(week);
    }
    if (!m_helpAction.empty()) {
        static const wxString kHelpActions[] = {"guide", "start", "shortcuts", "about"};
        if (std::find(std::begin(kHelpActions), std::end(kHelpActions), m_helpAction) == std::end(kHelpActions))
            return wxString::Format("unknown help action \"%s\" (guide, start, shortcuts or about)",
                                    m_helpAction);
        CallAfter([this] { showHelpAtStart(); });
    }
    return {};
}

void CommonGroundApp::signalReady() {
    std::FILE* file = std::fopen(m_readyFile.c_str(), "w");
    if (file == nullptr) return;
    std::fputs("ready\n", file);
    std::fclose(file);
}

void CommonGroundApp::failStartScreen(const wxString& why) {
    std::fprintf(stderr, "commonground: cannot show the screen asked for: %s\n", why.utf8_str().data());
    if (std::FILE* file = std::fopen(m_readyFile.c_str(), "w")) {
        std::fprintf(file, "unreachable: %s\n", why.utf8_str().data());
        std::fclose(file);
    }
    m_exitCode = 3;
    CallAfter([this] { m_frame->Close(true); });
}

void CommonGroundApp::showHelpAtStart() {
    if (m_helpAction == "guide") m_frame->showHelpPage(kUserGuidePage);
    else if (m_helpAction == "start") m_frame->showHelpPage(kStartPage);
    else if (m_helpAction == "shortcuts") m_frame->showShortcuts();
    else if (m_helpAction == "about") m_frame->showAbout();
}

void CommonGroundApp::measureWhenIdle() {
    // Idle with no background job running: the window is drawn and answering.
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        if (!m_exitWhenIdle) return;
        if (m_frame->job().busy()) {
            event.RequestMore();
            return;
        }
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - kProcessStart).count();
        std::printf("idle main window after %.1f ms; peak resident memory %.1f MB\n", ms,
                    static_cast<double>(peakResidentKiB()) / 1024.0);
        if (m_frame->lastOpenMilliseconds() >= 0)
            std::printf("opened case %s in %.1f ms\n", m_openAtStart.value_or("").c_str(),
                        m_frame->lastOpenMilliseconds());
        std::fflush(stdout);
        m_frame->Close(true);
        m_exitWhenIdle = false;
    });
}

}  // namespace cg::app
