#pragma once
// A main frame with one empty case open, and the moves a user makes in the
// workspace: pick a section, press Add / Edit / Delete, fill the dialog.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/spinctrl.h>

#include "app/case_list_panel.h"
#include "app/case_workspace_panel.h"
#include "app/record_list_view.h"
#include "app/record_section_panel.h"
#include "app_fixture.h"
#include "store/case_repository.h"

namespace cg::testing {

inline constexpr const char* kRef = "CG-2026-0042";

struct EditingFixture : AppFixture {
    EditingFixture() {
        domain::Case head;
        head.reference = kRef;
        head.title = "Clinic v. MSP";
        head.openedOn = domain::Date(2026, 2, 1);
        store::CaseRepository(frame->database()).create(head);
        frame->caseList().refresh();
        BOOST_TEST_REQUIRE(frame->openCase(kRef));
    }

    void show(const char* section) {
        app::CaseWorkspacePanel& w = frame->workspace();
        const int index = w.sectionIndex(section);
        BOOST_TEST_REQUIRE(index > 0);
        w.showSection(index);
    }

    // Presses a button of the section panel as a click would.
    void press(const char* button) {
        auto* b = control<wxButton>(frame->workspace().sectionPanel(), button);
        BOOST_TEST_REQUIRE(b->IsEnabled());
        wxCommandEvent click(wxEVT_BUTTON, b->GetId());
        click.SetEventObject(b);
        b->GetEventHandler()->ProcessEvent(click);
    }

    void selectRow(long row) {
        app::RecordListView& list = frame->workspace().sectionPanel().list();
        list.SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }

    long shownRows() { return frame->workspace().sectionPanel().list().GetItemCount(); }

    void addParty(const wxString& name) {
        show("Parties");
        prompts->fillers.push_back([name](wxDialog& d) {
            typeInto(d, "name", name);
            control<wxChoice>(d, "role")->SetSelection(1);
            typeInto(d, "sector", "IT services");
        });
        press("add");
    }

    void addInterest(const wxString& description) {
        show("Interests");
        prompts->fillers.push_back([description](wxDialog& d) {
            control<wxChoice>(d, "party")->SetSelection(0);
            control<wxSpinCtrl>(d, "priority")->SetValue(1);
            typeInto(d, "description", description);
        });
        press("add");
    }
};


}  // namespace cg::testing
