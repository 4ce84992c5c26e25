// The Help menu and the first hour: the bundled guide and start page are
// found beside the test program the way the application finds them and load
// in the help window; every link in them leads somewhere real (an anchor, a
// page, or a section of a sample case); the shortcut list shows every
// accelerator of the menus; About names the libraries and their licences;
// the start page is shown once per user.
#include <wx/config.h>
#include <wx/html/htmlwin.h>
#include <wx/menu.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include "app/about_box.h"
#include "app/case_list_panel.h"
#include "app/case_workspace_panel.h"
#include "app/common_ground_app.h"
#include "app/forms_location.h"
#include "app/help_window.h"
#include "app/keyboard_shortcuts.h"
#include "app/sample_import.h"
#include "app/wx_text.h"
#include "app_fixture.h"
#include "support/scoped_env.h"
#include "support/temp_dir.h"

using namespace cg;
namespace fs = std::filesystem;

namespace {

fs::path helpFolder() { return app::locateHelp(app::currentExecutable()); }

std::string readText(const fs::path& file) {
    std::ifstream in(file);
    BOOST_TEST_REQUIRE(in.good(), "cannot read " << file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> hrefsOf(const std::string& html) {
    std::vector<std::string> hrefs;
    const std::regex href(R"(href="([^"]*)\")");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
         it != std::sregex_iterator(); ++it) {
        std::string target = (*it)[1];
        for (std::size_t at; (at = target.find("&amp;")) != std::string::npos;)
            target.replace(at, 5, "&");
        hrefs.push_back(target);
    }
    return hrefs;
}

bool hasAnchor(const std::string& html, const std::string& anchor) {
    return html.find("name=\"" + anchor + "\"") != std::string::npos ||
           html.find("id=\"" + anchor + "\"") != std::string::npos;
}

// The main frame with the dental sample case (CG-2026-0001) in its database.
struct SampleCaseApp : testing::AppFixture {
    SampleCaseApp() {
        const fs::path dental =
            fs::path(CG_SOURCE_DIR) / "data" / "samples" / "dental-practice-ransomware.cgcase";
        const auto outcome = app::importCaseFiles(dbPath, "test mediator", {dental}, {});
        BOOST_TEST_REQUIRE(outcome.failures.empty());
        frame->caseList().refresh();
    }
};

// Every menu item with an accelerator, walked here independently of the
// code under test.
void acceleratorsOf(const wxMenu& menu, std::vector<wxString>& out) {
    for (const wxMenuItem* item : menu.GetMenuItems()) {
        if (item->IsSubMenu()) acceleratorsOf(*item->GetSubMenu(), out);
        const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
        if (accel) out.push_back(accel->ToString());
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Help)

BOOST_FIXTURE_TEST_CASE(userGuideOpensInTheHelpWindowBesideTheCase, testing::AppFixture) {
    BOOST_TEST_REQUIRE(frame->showHelpPage(app::kUserGuidePage));
    app::HelpWindow* help = frame->helpWindow();
    BOOST_TEST_REQUIRE(help != nullptr);
    BOOST_TEST(help->IsShown());
    BOOST_TEST(help->pageTitle().utf8_string() == "CommonGround user guide");
    BOOST_TEST(help->html().ToText().Contains("Show to parties"));
    // Modeless: a modal window would disable the main window behind it.
    BOOST_TEST(frame->IsEnabled());
    BOOST_TEST(prompts->errors.empty());
}

BOOST_FIXTURE_TEST_CASE(startPageLoadsAndItsGuideLinkFollowsWithBackHistory, testing::AppFixture) {
    BOOST_TEST_REQUIRE(frame->showHelpPage(app::kStartPage));
    app::HelpWindow& help = *frame->helpWindow();
    BOOST_TEST(help.pageTitle().utf8_string() == "Start here");
    // wxHtmlWindow reads the charset only from http-equiv; without it the
    // UTF-8 of the party's name would show as Latin-1.
    BOOST_TEST(help.html().ToText().Contains(wxString::FromUTF8("Dr. Müller")));
    help.html().OnLinkClicked(wxHtmlLinkInfo("user-guide.html#drafts"));
    testing::flushEvents();
    BOOST_TEST(help.pageTitle().utf8_string() == "CommonGround user guide");
    BOOST_TEST(help.html().GetOpenedAnchor() == "drafts");
    BOOST_TEST_REQUIRE(help.html().HistoryCanBack());
    help.html().HistoryBack();
    BOOST_TEST(help.pageTitle().utf8_string() == "Start here");
}

BOOST_FIXTURE_TEST_CASE(everyLinkInTheHelpPagesLeadsSomewhere, SampleCaseApp) {
    const fs::path folder = helpFolder();
    int caseLinks = 0, pageLinks = 0;
    for (const char* page : {app::kUserGuidePage, app::kStartPage}) {
        const std::string html = readText(folder / page);
        for (const std::string& href : hrefsOf(html)) {
            BOOST_TEST_CONTEXT(page << ": " << href) {
                if (auto link = app::parseCaseSectionLink(app::toWx(href))) {
                    ++caseLinks;
                    BOOST_TEST_REQUIRE(frame->openCaseSection(*link));
                    app::CaseWorkspacePanel& workspace = frame->workspace();
                    BOOST_TEST(workspace.caseRef() == link->caseRef);
                    BOOST_TEST(workspace.currentSection() == workspace.sectionIndex(link->section));
                    continue;
                }
                BOOST_TEST(href.rfind("cg:", 0) != 0, "a cg: link the program does not understand");
                const std::string file = href.substr(0, href.find('#'));
                const std::string anchor =
                    href.find('#') == std::string::npos ? "" : href.substr(href.find('#') + 1);
                const fs::path target = file.empty() ? folder / page : folder / file;
                BOOST_TEST_REQUIRE(fs::is_regular_file(target), "no page " << target);
                ++pageLinks;
                if (!anchor.empty())
                    BOOST_TEST(hasAnchor(readText(target), anchor), "no anchor " << anchor);
            }
        }
    }
    BOOST_TEST(caseLinks >= 9);
    BOOST_TEST(pageLinks >= 10);
}

BOOST_FIXTURE_TEST_CASE(startPageLinkOpensThatSectionOfTheSampleCase, SampleCaseApp) {
    BOOST_TEST_REQUIRE(frame->showHelpPage(app::kStartPage));
    frame->helpWindow()->html().OnLinkClicked(
        wxHtmlLinkInfo("cg:case/CG-2026-0001/Facts & timeline"));
    testing::flushEvents();
    app::CaseWorkspacePanel& workspace = frame->workspace();
    BOOST_TEST(workspace.IsShown());
    BOOST_TEST(workspace.caseRef() == "CG-2026-0001");
    BOOST_TEST(workspace.currentSection() == workspace.sectionIndex("Facts & timeline"));
    // The help page stays where it was.
    BOOST_TEST(frame->helpWindow()->pageTitle().utf8_string() == "Start here");
}

BOOST_FIXTURE_TEST_CASE(helpMenuHasTheGuideOnF1TheStartPageShortcutsAndAbout, testing::AppFixture) {
    wxMenuBar* menus = frame->GetMenuBar();
    const int helpMenu = menus->FindMenu("Help");
    BOOST_TEST_REQUIRE(helpMenu != wxNOT_FOUND);
    wxMenu* help = menus->GetMenu(static_cast<size_t>(helpMenu));
    wxMenuItem* guide = help->FindItem(wxID_HELP);
    BOOST_TEST_REQUIRE(guide != nullptr);
    const std::unique_ptr<wxAcceleratorEntry> f1(guide->GetAccel());
    BOOST_TEST_REQUIRE(f1 != nullptr);
    BOOST_TEST(f1->GetKeyCode() == WXK_F1);
    BOOST_TEST(f1->GetFlags() == wxACCEL_NORMAL);
    BOOST_TEST(help->FindItem(XRCID("start_here")) != nullptr);
    BOOST_TEST(help->FindItem(XRCID("keyboard_shortcuts")) != nullptr);
    BOOST_TEST(help->FindItem(wxID_ABOUT) != nullptr);
}

BOOST_FIXTURE_TEST_CASE(shortcutListShowsEveryAcceleratorOfTheMenus, testing::AppFixture) {
    std::vector<wxString> accelerators;
    wxMenuBar* menus = frame->GetMenuBar();
    for (size_t i = 0; i < menus->GetMenuCount(); ++i)
        acceleratorsOf(*menus->GetMenu(i), accelerators);
    BOOST_TEST_REQUIRE(accelerators.size() >= 11u);

    frame->showShortcuts();
    const wxString shown = frame->helpWindow()->html().ToText();
    for (const wxString& keys : accelerators)
        BOOST_TEST(shown.Contains(keys), keys.utf8_string() << " is not listed");
    BOOST_TEST(shown.Contains("View > Show to parties"));
    BOOST_TEST(shown.Contains("Help > User guide"));
    BOOST_TEST(frame->helpWindow()->GetTitle().Contains("Keyboard shortcuts"));
}

BOOST_AUTO_TEST_CASE(aboutNamesTheVersionAndEveryLibraryWithItsLicence) {
    const wxAboutDialogInfo info = app::aboutInfo("cases.db");
    BOOST_TEST(info.GetVersion().utf8_string() == CG_VERSION_TEXT);
    const std::string licences = info.GetLicence().utf8_string();
    for (const char* expected :
         {"wxWidgets", "wxWindows Library Licence", "SOCI", "Boost Software License 1.0", "SQLite",
          "public domain", "PostgreSQL libpq", "PostgreSQL Licence", "pugixml", "MIT", "libharu",
          "zlib/libpng", "DejaVu", "Bitstream Vera", "Boost.Test", "CIS Controls",
          "CC BY-NC-ND 4.0"})
        BOOST_TEST(licences.find(expected) != std::string::npos,
                   "About does not name " << expected);
    // The names are on the first page too, not only behind the licence button.
    const std::string description = info.GetDescription().utf8_string();
    for (const char* library :
         {"wxWidgets", "SOCI", "SQLite", "libpq", "pugixml", "libharu", "DejaVu"})
        BOOST_TEST(description.find(library) != std::string::npos,
                   "the description does not name " << library);
}

BOOST_AUTO_TEST_CASE(startPageIsShownOnceAfterTheFirstStart) {
    testing::AppFixture app;
    testing::ScopedTempDir configHome;
    testing::ScopedEnv xdg("XDG_CONFIG_HOME", configHome.path().c_str());
    // The user's settings as the program keeps them, in a folder of our own.
    wxConfigBase* testSettings = wxConfigBase::Set(nullptr);
    app::installSettings();

    BOOST_TEST(app.frame->showStartPageOnce(*wxConfigBase::Get()));
    BOOST_TEST_REQUIRE(app.frame->helpWindow() != nullptr);
    BOOST_TEST(app.frame->helpWindow()->IsShown());
    BOOST_TEST(app.frame->helpWindow()->pageTitle().utf8_string() == "Start here");
    app.frame->helpWindow()->Close();
    BOOST_TEST(!app.frame->helpWindow()->IsShown());

    // As when the program quits and starts again.
    delete wxConfigBase::Set(nullptr);
    const fs::path file = configHome.path() / "commonground" / "settings.conf";
    BOOST_TEST(readText(file).find("StartPageShown") != std::string::npos);
    app::installSettings();
    BOOST_TEST(!app.frame->showStartPageOnce(*wxConfigBase::Get()));
    BOOST_TEST(!app.frame->helpWindow()->IsShown());

    delete wxConfigBase::Set(testSettings);
}

BOOST_AUTO_TEST_SUITE_END()
