#pragma once
// Picking the security controls a clause covers, or the one a fact says
// failed, from the loaded control catalog (data/catalogs/controls.xml)
// instead of typing their keys. The record keeps the keys as text, as before
// ("CIS 6.4"); a key the catalog does not (or no longer) hold stays in the
// record until the mediator removes it. Without a catalog the keys are typed.
#include <set>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "domain/deadlines/control_entry.h"

class wxButton;
class wxCheckListBox;
class wxStaticText;
class wxTextCtrl;

namespace cg::app {

// "CIS 6.4", "CSF PR.AA", "NIST SP 800-171 3.1": the short form people write
// and domain::findCitedControl reads back.
std::string controlKey(const domain::ControlEntry& control);

// Every word of the search appears in the control's framework, key or name,
// ignoring case: "mfa" finds "Require MFA for Remote Network Access".
bool controlMatches(const domain::ControlEntry& control, const wxString& search);

// forms/control_picker_dialog.xrc: the catalog as a searchable check list.
// The record's current keys start ticked; those the catalog lacks are listed
// first so they can be unticked. With `multiple` false at most one stays ticked.
class ControlPickerDialog : public wxDialog {
public:
    ControlPickerDialog(wxWindow* parent, const std::vector<domain::ControlEntry>& controls,
                        const std::vector<std::string>& current, bool multiple);

    // Unknown keys first, then the catalog's in catalog order.
    std::vector<std::string> picked() const;

private:
    struct Row {
        std::string key;  // what the record stores
        wxString label;
        const domain::ControlEntry* control;  // nullptr: not in the catalog
    };
    void showMatches();
    void tickRow(unsigned listIndex);

    std::vector<Row> m_rows;
    std::vector<std::size_t> m_shown;  // m_rows index of each list line
    std::set<std::string> m_picked;
    bool m_multiple;
    wxTextCtrl* m_search;
    wxCheckListBox* m_list;
    wxStaticText* m_count;
};

// The controls field of a record dialog: the keys in a text control
// (read-only while a catalog is loaded), a "Pick…" button opening the
// picker, and a label naming each key from the catalog.
class ControlPickerField {
public:
    ControlPickerField(wxWindow* form, const char* keysName, const char* pickName, const char* namesName,
                       const std::vector<domain::ControlEntry>& controls, bool multiple);

    void setKeys(const std::vector<std::string>& keys);
    std::vector<std::string> keys() const;

private:
    void pick();
    void showNames();

    wxWindow* m_form;
    wxTextCtrl* m_keys;
    wxButton* m_pick;
    wxStaticText* m_names;
    const std::vector<domain::ControlEntry>& m_controls;
    bool m_multiple;
};

}  // namespace cg::app
