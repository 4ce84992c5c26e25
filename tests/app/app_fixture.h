#pragma once
// A main frame on a fresh SQLite file in its own temporary directory, with
// scripted prompts: each dialog the application opens is handed to the next
// scripted filler, which sets the controls; then OK is pressed the way a user
// presses it (a button event into the dialog's own handler). Errors the
// application would show in a dialog are collected for the test to read.
#include <deque>
#include <functional>
#include <memory>

#include <boost/test/unit_test.hpp>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/main_frame.h"
#include "app/prompts.h"
#include "store/database.h"
#include "support/temp_dir.h"

namespace cg::testing {

class ScriptedPrompts : public app::Prompts {
public:
    std::deque<std::function<void(wxDialog&)>> fillers;
    std::vector<app::ErrorReport> errors;
    bool answer = true;
    int questions = 0;
    std::vector<wxString> warnings;  // the warnings shown, in order
    bool goOn = true;                // the answer to each warning

    int showModal(wxDialog& dialog) override {
        BOOST_TEST_REQUIRE(!fillers.empty(), "the application opened a dialog the test did not expect");
        auto fill = std::move(fillers.front());
        fillers.pop_front();
        dialog.Show();
        dialog.InitDialog();
        fill(dialog);
        auto* ok = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK));
        if (!ok || !ok->IsEnabled()) {
            dialog.Hide();
            return wxID_CANCEL;
        }
        wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
        click.SetEventObject(ok);
        ok->GetEventHandler()->ProcessEvent(click);
        // The dialog's OK handler validates, transfers and hides it on success.
        const bool accepted = !dialog.IsShown();
        dialog.Hide();
        return accepted ? wxID_OK : wxID_CANCEL;
    }
    std::vector<wxString> asked;  // the questions confirmed or declined, in order
    bool confirm(wxWindow*, const wxString&, const wxString& question) override {
        ++questions;
        asked.push_back(question);
        return answer;
    }
    bool warn(wxWindow*, const wxString&, const wxString& warning, const wxString&) override {
        warnings.push_back(warning);
        return goOn;
    }
    void showError(wxWindow*, const app::ErrorReport& report) override { errors.push_back(report); }
};

template <typename Control>
Control* control(wxWindow& form, const char* name) {
    auto* c = dynamic_cast<Control*>(form.FindWindow(XRCID(name)));
    BOOST_TEST_REQUIRE(c != nullptr, "form has no control " << name);
    return c;
}

// Types into a text control the way a keyboard does: the value changes and
// a text event reaches the dialog's validation.
inline void typeInto(wxWindow& form, const char* name, const wxString& text) {
    control<wxTextCtrl>(form, name)->SetValue(text);
}

// Ticks or clears a check box the way a click does: the value changes and
// the dialog hears of it.
inline void tick(wxWindow& form, const char* name, bool checked) {
    auto* box = control<wxCheckBox>(form, name);
    box->SetValue(checked);
    wxCommandEvent click(wxEVT_CHECKBOX, box->GetId());
    click.SetEventObject(box);
    click.SetInt(checked ? 1 : 0);
    box->ProcessWindowEvent(click);
}

inline void flushEvents() {
    for (int i = 0; i < 5; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
    }
}

struct AppFixture {
    ScopedTempDir dir;
    std::string dbPath = dir.file("cases.db");
    ScriptedPrompts* prompts = nullptr;
    app::MainFrame* frame = nullptr;

    AppFixture() {
        auto scripted = std::make_unique<ScriptedPrompts>();
        prompts = scripted.get();
        app::setPrompts(std::move(scripted));
        frame = new app::MainFrame(store::Database::open(dbPath, "test mediator"), dbPath);
        frame->Show();
        flushEvents();
    }
    ~AppFixture() {
        frame->job().wait();
        frame->Destroy();
        flushEvents();
        app::setPrompts(std::make_unique<app::Prompts>());
    }
    // A second connection to the same file, as another program would see it.
    std::unique_ptr<store::Database> openAgain() const { return store::Database::open(dbPath, "checker"); }
};

}  // namespace cg::testing
