#pragma once
// The shape every record dialog after Party and Interest shares: the form is
// loaded from forms/<name>.xrc, any change in any control re-runs the
// domain's rules for the record (OK disabled, message shown, until it is
// valid), and TransferDataFromWindow hands back the finished record.
// Subclasses only move fields between the record and their controls.
#include <optional>

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dateevt.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/record_kinds.h"
#include "domain/validation.h"

namespace cg::app {

template <typename Record>
class RecordFormDialog : public wxDialog {
public:
    bool TransferDataToWindow() override {
        toWindow(m_record);
        recheck();
        return true;
    }
    bool TransferDataFromWindow() override {
        if (!recheck()) return false;
        m_record = fromWindow();
        return true;
    }
    const Record& record() const { return m_record; }

protected:
    RecordFormDialog(wxWindow* parent, const char* form, Record record, const domain::CaseRecord& caseRecord)
        : m_record(std::move(record)), m_case(caseRecord) {
        wxXmlResource::Get()->LoadDialog(this, parent, form);
        const wxString kind = RecordKind<Record>::singular();
        SetTitle(m_record.no ? wxString::Format("%s %lld", kind.Capitalize(), static_cast<long long>(m_record.no))
                             : wxString::Format(_("New %s"), kind));
        m_message = formControl<wxStaticText>(this, "message");
        m_ok = formControl<wxWindow>(this, "wxID_OK");
        // Every control's change event reaches the dialog; any of them re-checks.
        auto again = [this](wxCommandEvent& event) {
            recheck();
            event.Skip();
        };
        for (const auto& type : {wxEVT_TEXT, wxEVT_CHOICE, wxEVT_CHECKBOX, wxEVT_CHECKLISTBOX})
            Bind(type, again);
        Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
            recheck();
            event.Skip();
        });
    }

    // Reads the controls; throws domain::ValidationError for what cannot even
    // be read (an amount that is not a number).
    virtual Record fromWindow() const = 0;
    virtual void toWindow(const Record& record) = 0;

    void fitForm() { GetSizer()->SetSizeHints(this); }
    const domain::CaseRecord& caseRecord() const { return m_case; }

    // Re-runs the rules: also for changes no control event reports (a list
    // edited with Add / Remove buttons).
    bool recheck() {
        return checkInline(m_ok, m_message, [this] {
            Record r = fromWindow();
            if (r.no == 0) r.no = 1;  // the store numbers a new record; the rules want a number
            domain::validate(r, domain::RecordIndex::of(m_case));
        });
    }

private:
    Record m_record;
    const domain::CaseRecord& m_case;
    wxStaticText* m_message = nullptr;
    wxWindow* m_ok = nullptr;
};

// Shows a record dialog (through prompts()) and gives back the edited record.
template <typename Dialog, typename Record>
std::optional<Record> runRecordDialog(wxWindow* parent, const Record& initial, const domain::CaseRecord& caseRecord) {
    Dialog dialog(parent, initial, caseRecord);
    if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
    return dialog.record();
}

}  // namespace cg::app
