// The German interface: the catalog compiled by the build is found beside the
// test program the way the application finds it, the language comes from the
// environment even where no German system locale is generated, menus, XRC
// forms and vocabulary words appear in German, and the catalogs in
// data/translations are complete and match the sources.
#include <wx/choice.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <set>

#include "app/forms_location.h"
#include "app/party_dialog.h"
#include "app/translations.h"
#include "app/vocabulary_labels.h"
#include "app/wx_text.h"
#include "app_fixture.h"
#include "domain/vocabulary.h"
#include "support/process.h"
#include "support/scoped_env.h"
#include "support/temp_dir.h"

using namespace cg;
using cg::testing::control;

namespace {

const std::filesystem::path kTranslations =
    std::filesystem::path(CG_SOURCE_DIR) / "data" / "translations";

// Installs the German catalog for one test and goes back to the English the
// other suites expect.
struct GermanInterface {
    GermanInterface() {
        const auto folder = app::findTranslations(app::currentExecutable());
        BOOST_TEST_REQUIRE(!folder.empty(),
                           "no compiled catalog beside the test program; build cg_translations");
        BOOST_TEST_REQUIRE(app::installTranslations(folder, "de"));
    }
    ~GermanInterface() { wxTranslations::Set(nullptr); }
};

// One entry of a gettext catalog, as much of it as the checks below need.
struct PoEntry {
    std::string context;
    std::string id;
    std::vector<std::string> translations;  // msgstr, or msgstr[0], msgstr[1] …
    bool fuzzy = false;
};

std::string unquote(const std::string& text, std::size_t from) {
    std::string out;
    const std::size_t open = text.find('"', from);
    for (std::size_t i = open + 1; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        const char escaped = text[++i];
        out += escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped;
    }
    return out;
}

// The entries of a .po or .pot file, without the header (msgid "").
std::vector<PoEntry> readCatalog(const std::filesystem::path& file) {
    std::ifstream in(file);
    BOOST_TEST_REQUIRE(in.good(), "cannot read " << file);
    std::vector<PoEntry> entries;
    PoEntry entry;
    std::string* field = nullptr;
    bool started = false;
    auto finish = [&] {
        if (started && !entry.id.empty()) entries.push_back(entry);
        entry = PoEntry{};
        field = nullptr;
        started = false;
    };
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) {
            finish();
        } else if (line.rfind("#,", 0) == 0) {
            entry.fuzzy = entry.fuzzy || line.find("fuzzy") != std::string::npos;
        } else if (line.rfind("msgctxt ", 0) == 0) {
            started = true;
            entry.context = unquote(line, 7);
            field = &entry.context;
        } else if (line.rfind("msgid_plural ", 0) == 0) {
            field = nullptr;  // the plural's English form is not compared
        } else if (line.rfind("msgid ", 0) == 0) {
            started = true;
            entry.id = unquote(line, 5);
            field = &entry.id;
        } else if (line.rfind("msgstr", 0) == 0) {
            entry.translations.push_back(unquote(line, line.find(' ')));
            field = &entry.translations.back();
        } else if (line[0] == '"' && field != nullptr) {
            *field += unquote(line, 0);
        }
    }
    finish();
    return entries;
}

std::set<std::pair<std::string, std::string>> keysOf(const std::vector<PoEntry>& entries) {
    std::set<std::pair<std::string, std::string>> keys;
    for (const PoEntry& e : entries) keys.emplace(e.context, e.id);
    return keys;
}

std::vector<wxString> staticLabels(wxWindow& window) {
    std::vector<wxString> labels;
    for (wxWindow* child : window.GetChildren()) {
        if (auto* text = dynamic_cast<wxStaticText*>(child)) labels.push_back(text->GetLabel());
        for (const wxString& label : staticLabels(*child)) labels.push_back(label);
    }
    return labels;
}

bool contains(const std::vector<wxString>& labels, const char* utf8) {
    return std::find(labels.begin(), labels.end(), wxString::FromUTF8(utf8)) != labels.end();
}

template <typename E>
void checkVocabularyTranslated() {
    for (std::string_view name : domain::allNames<E>())
        BOOST_TEST(app::vocabularyLabel(name) != app::toWx(name),
                   "no German for the " << domain::EnumNames<E>::what << " '" << name << "'");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Translations)

BOOST_FIXTURE_TEST_CASE(mainFrameMenusAreGermanWithTheGermanCatalog, GermanInterface) {
    testing::AppFixture app;
    wxMenuBar* menus = app.frame->GetMenuBar();
    BOOST_TEST_REQUIRE(menus != nullptr);
    BOOST_TEST(menus->GetMenuLabelText(0).utf8_string() == "Datei");
    BOOST_TEST(menus->GetMenuLabelText(1).utf8_string() == "Bearbeiten");
}

BOOST_FIXTURE_TEST_CASE(helpMenuAndUserGuideItemAreGermanWithTheGermanCatalog, GermanInterface) {
    testing::AppFixture app;
    wxMenuBar* menus = app.frame->GetMenuBar();
    const int help = menus->FindMenu("Hilfe");
    BOOST_TEST_REQUIRE(help != wxNOT_FOUND);
    wxMenuItem* guide = menus->GetMenu(static_cast<size_t>(help))->FindItem(wxID_HELP);
    BOOST_TEST_REQUIRE(guide != nullptr);
    BOOST_TEST(guide->GetItemLabelText().utf8_string() == "Benutzerhandbuch");
}

BOOST_FIXTURE_TEST_CASE(partyDialogFromItsFormShowsGermanLabelsAndRoles, GermanInterface) {
    app::PartyDialog dialog(nullptr, domain::Party{});
    dialog.InitDialog();
    const auto labels = staticLabels(dialog);
    BOOST_TEST(contains(labels, "&Rolle:"));
    BOOST_TEST(!contains(labels, "&Role:"));
    BOOST_TEST(control<wxChoice>(dialog, "role")->GetString(0).utf8_string() == "Anspruchsteller");
}

BOOST_AUTO_TEST_CASE(languageComesFromTheEnvironmentWithoutAGermanSystemLocale) {
    // As on CI: only C.UTF-8 exists, so setlocale("de_DE.UTF-8") would fail;
    // the catalog must be chosen from LANGUAGE all the same.
    testing::ScopedEnv language("LANGUAGE", "de");
    testing::ScopedEnv all("LC_ALL", "C.UTF-8");
    testing::ScopedEnv lang("LANG", "C.UTF-8");
    BOOST_TEST(app::installTranslations(app::findTranslations(app::currentExecutable()), {}));
    BOOST_TEST(wxGetTranslation("&File").utf8_string() == "&Datei");
    BOOST_TEST(wxGetTranslation(wxString::FromUTF8("Sessions & notes")).utf8_string() ==
               "Sitzungen & Notizen");
    wxTranslations::Set(nullptr);
}

BOOST_AUTO_TEST_CASE(anEnglishEnvironmentLoadsNoCatalog) {
    testing::ScopedEnv language("LANGUAGE", "en_GB");
    testing::ScopedEnv all("LC_ALL", "C.UTF-8");
    BOOST_TEST(!app::installTranslations(app::findTranslations(app::currentExecutable()), {}));
    BOOST_TEST(wxGetTranslation("&File") == "&File");
    wxTranslations::Set(nullptr);
}

BOOST_FIXTURE_TEST_CASE(everyVocabularyWordHasAGermanLabel, GermanInterface) {
    checkVocabularyTranslated<domain::CaseStatus>();
    checkVocabularyTranslated<domain::PartyKind>();
    checkVocabularyTranslated<domain::PartyRole>();
    checkVocabularyTranslated<domain::CoverKind>();
    checkVocabularyTranslated<domain::InterestCategory>();
    checkVocabularyTranslated<domain::Visibility>();
    checkVocabularyTranslated<domain::SourceDocument>();
    checkVocabularyTranslated<domain::ClauseKind>();
    checkVocabularyTranslated<domain::CapBasis>();
    checkVocabularyTranslated<domain::FactCategory>();
    checkVocabularyTranslated<domain::DataType>();
    checkVocabularyTranslated<domain::FactStanding>();
    checkVocabularyTranslated<domain::ClaimBasis>();
    checkVocabularyTranslated<domain::OptionKind>();
    checkVocabularyTranslated<domain::OptionStatus>();
    checkVocabularyTranslated<domain::SessionKind>();
    checkVocabularyTranslated<domain::OfferStatus>();
    checkVocabularyTranslated<domain::LossCategory>();
    checkVocabularyTranslated<domain::DamagesType>();
}

BOOST_AUTO_TEST_CASE(germanCatalogTranslatesEveryMessageOfTheTemplate) {
    const auto german = readCatalog(kTranslations / "de.po");
    const auto pot = readCatalog(kTranslations / "commonground.pot");
    BOOST_TEST((keysOf(german) == keysOf(pot)),
               "de.po and commonground.pot differ; run scripts/update-translations.sh");
    for (const PoEntry& e : german) {
        BOOST_TEST(!e.fuzzy, "fuzzy: " << e.id);
        BOOST_TEST(!e.translations.empty(), "no msgstr: " << e.id);
        for (const std::string& text : e.translations)
            BOOST_TEST(!text.empty(), "untranslated: " << e.id);
    }
}

BOOST_AUTO_TEST_CASE(templateMatchesTheStringsInTheSources) {
    testing::ScopedTempDir dir;
    const std::string fresh = dir.file("commonground.pot");
    const auto run =
        testing::runProcess({CG_SOURCE_DIR "/scripts/update-translations.sh", "--pot", fresh});
    BOOST_TEST_REQUIRE(run.exitCode == 0,
                       "scripts/update-translations.sh --pot failed: " << run.err);
    BOOST_TEST(
        (keysOf(readCatalog(fresh)) == keysOf(readCatalog(kTranslations / "commonground.pot"))),
        "data/translations/commonground.pot is stale; run scripts/update-translations.sh");
}

BOOST_AUTO_TEST_SUITE_END()
