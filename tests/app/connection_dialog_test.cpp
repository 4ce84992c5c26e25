// File > Connect to a server…: the dialog checks the address as it is typed,
// Test connection reports the store's own message from the worker, a refused
// connection keeps the open database, and the server is remembered without
// its password. Switching databases rebuilds the window on the new one.
#include <boost/test/unit_test.hpp>
#include <wx/button.h>
#include <wx/memconf.h>
#include <wx/statusbr.h>

#include "app/connection_dialog.h"
#include "drafts_fixture.h"
#include "store/case_repository.h"
#include "support/case_builder.h"

using namespace cg;
using cg::testing::AppFixture;
using cg::testing::control;
using cg::testing::typeInto;

namespace {

// Nothing listens on port 1 of the loopback address.
void fillUnreachableServer(wxDialog& d) {
    typeInto(d, "host", "127.0.0.1");
    typeInto(d, "port", "1");
    typeInto(d, "database", "cases");
    typeInto(d, "user", "cg_test");
    typeInto(d, "password", "s3cret@/pass");
}

const std::string kRefused =
    "Could not open the case database: cannot reach the database server at 127.0.0.1:1: Connection refused; "
    "check that it is running and the address is right.";

wxString databaseField(app::MainFrame& frame) { return frame.GetStatusBar()->GetStatusText(2); }

}  // namespace

BOOST_AUTO_TEST_SUITE(ConnectionDialog)

BOOST_FIXTURE_TEST_CASE(thePortAndTheHostAreCheckedAsTheyAreTyped, AppFixture) {
    wxMemoryConfig settings;
    app::ConnectionDialog dialog(frame, settings, "test mediator");
    wxWindow* ok = dialog.FindWindow(wxID_OK);
    BOOST_TEST(dialog.problem() == "Enter the server's host name or address.");
    BOOST_TEST(!ok->IsEnabled());
    fillUnreachableServer(dialog);
    BOOST_TEST(dialog.problem() == "");
    BOOST_TEST(ok->IsEnabled());
    typeInto(dialog, "port", "99999");
    BOOST_TEST(dialog.problem() == "The port is a number from 1 to 65535 (PostgreSQL's own is 5432).");
    BOOST_TEST(!ok->IsEnabled());
    typeInto(dialog, "port", "54x");
    BOOST_TEST(dialog.problem() == "The port is a number from 1 to 65535 (PostgreSQL's own is 5432).");
    typeInto(dialog, "port", "5433");
    typeInto(dialog, "host", "db example.com");
    BOOST_TEST(dialog.problem() == "The server name cannot contain spaces or any of : / @ ? # [ ]");
    BOOST_TEST(!ok->IsEnabled());
    typeInto(dialog, "host", "db.example.com");
    typeInto(dialog, "user", "");
    BOOST_TEST(dialog.problem() == "Enter your user name on the server.");
}

BOOST_FIXTURE_TEST_CASE(testConnectionShowsTheStoresMessageWithoutBlockingTheWindow, AppFixture) {
    wxMemoryConfig settings;
    app::ConnectionDialog dialog(frame, settings, "test mediator");
    fillUnreachableServer(dialog);
    dialog.testConnection();
    BOOST_TEST(dialog.testResult() == wxString::FromUTF8("Connecting to cg_test@127.0.0.1:1/cases…"));
    cg::testing::finishJobs(dialog.testJob());
    BOOST_TEST(dialog.testResult().utf8_string() == kRefused);
}

BOOST_FIXTURE_TEST_CASE(aRefusedConnectionIsReportedAndTheOpenDatabaseStays, AppFixture) {
    store::CaseRepository(frame->database()).create(cg::testing::CaseBuilder("CG-2026-0007").build().head);
    const std::string before = frame->database().describe();
    wxMemoryConfig settings;
    prompts->fillers.push_back(fillUnreachableServer);
    BOOST_TEST(!frame->connectToServer(settings));
    BOOST_TEST_REQUIRE(prompts->errors.size() == 1u);
    BOOST_TEST(prompts->errors[0].headline.utf8_string() ==
               "Could not connect to cg_test@127.0.0.1:1/cases; " + before + " stays open.");
    BOOST_TEST(prompts->errors[0].reason.utf8_string() == kRefused);
    BOOST_TEST(frame->database().describe() == before);
    BOOST_TEST(databaseField(*frame).utf8_string() == "Database: " + before);
    BOOST_TEST(store::CaseRepository(frame->database()).list().size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(theServerIsRememberedButNeverThePassword, AppFixture) {
    wxMemoryConfig settings;
    {
        app::ConnectionDialog dialog(frame, settings, "test mediator");
        fillUnreachableServer(dialog);
        BOOST_TEST(dialog.TransferDataFromWindow());
        BOOST_TEST(dialog.login().url() == "postgresql://cg_test:s3cret%40%2Fpass@127.0.0.1:1/cases");
    }
    BOOST_TEST(settings.Read("/Server/Host", wxString()) == "127.0.0.1");
    BOOST_TEST(settings.ReadLong("/Server/Port", 0) == 1);
    BOOST_TEST(settings.Read("/Server/User", wxString()) == "cg_test");
    wxString name;
    long index = 0;
    settings.SetPath("/Server");
    for (bool more = settings.GetFirstEntry(name, index); more; more = settings.GetNextEntry(name, index))
        BOOST_TEST(!settings.Read(name, wxString()).Contains("s3cret"), name);
    settings.SetPath("/");

    app::ConnectionDialog again(frame, settings, "test mediator");
    BOOST_TEST(control<wxTextCtrl>(again, "host")->GetValue() == "127.0.0.1");
    BOOST_TEST(control<wxTextCtrl>(again, "database")->GetValue() == "cases");
    if (!app::ConnectionDialog::canRememberPassword())
        BOOST_TEST(control<wxTextCtrl>(again, "password")->GetValue() == "");
}

BOOST_FIXTURE_TEST_CASE(switchingDatabasesShowsTheOtherCasesAndWhichDatabaseIsOpen, AppFixture) {
    const std::string other = dir.file("firm.db");
    {
        auto db = store::Database::open(other, "test mediator");
        store::CaseRepository(*db).create(cg::testing::CaseBuilder("CG-2026-0042").build().head);
    }
    const std::string local = frame->database().describe();
    BOOST_TEST_REQUIRE(frame->useDatabase(store::Database::open(other, "test mediator"), other));
    const std::string firm = frame->database().describe();
    BOOST_TEST(firm != local);
    BOOST_TEST(databaseField(*frame).utf8_string() == "Database: " + firm);
    BOOST_TEST(frame->openCase("CG-2026-0042"));
    frame->showCaseList();

    BOOST_TEST_REQUIRE(frame->useLocalDatabase());
    BOOST_TEST(frame->database().describe() == local);
    BOOST_TEST(databaseField(*frame).utf8_string() == "Database: " + local);
    BOOST_TEST(store::CaseRepository(frame->database()).list().empty());
}

BOOST_AUTO_TEST_SUITE_END()
