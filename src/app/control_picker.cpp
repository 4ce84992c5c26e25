#include "app/control_picker.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/wx_text.h"
#include "domain/deadlines/control_lookup.h"

namespace cg::app {

namespace {

// The catalog's framework names and the short names findCitedControl reads.
std::string shortFramework(const std::string& framework) {
    if (framework == "CIS v8") return "CIS";
    if (framework == "NIST CSF 2.0") return "CSF";
    if (framework == "NIST SP 800-171 r2") return "NIST SP 800-171";
    return framework;
}

wxString describe(const domain::ControlEntry& control) {
    wxString text = toWx(control.name);
    if (!control.verified) text << " " << _("(unverified)");
    return text;
}

wxString joined(const std::vector<std::string>& keys) {
    wxString text;
    for (const auto& key : keys) text << (text.empty() ? "" : "; ") << toWx(key);
    return text;
}

}  // namespace

std::string controlKey(const domain::ControlEntry& control) {
    return shortFramework(control.framework) + " " + control.id;
}

bool controlMatches(const domain::ControlEntry& control, const wxString& search) {
    const wxString haystack =
        toWx(control.framework + " " + controlKey(control) + " " + control.name).Lower();
    wxStringTokenizer words(search.Lower(), " \t", wxTOKEN_STRTOK);
    while (words.HasMoreTokens())
        if (!haystack.Contains(words.GetNextToken())) return false;
    return true;
}

ControlPickerDialog::ControlPickerDialog(wxWindow* parent, const std::vector<domain::ControlEntry>& controls,
                                         const std::vector<std::string>& current, bool multiple)
    : m_picked(current.begin(), current.end()), m_multiple(multiple) {
    wxXmlResource::Get()->LoadDialog(this, parent, "ControlPickerDialog");
    SetTitle(multiple ? _("Pick the controls") : _("Pick the control"));
    m_search = formControl<wxTextCtrl>(this, "search");
    m_list = formControl<wxCheckListBox>(this, "controls");
    m_count = formControl<wxStaticText>(this, "shown_count");

    // A stored key the catalog lacks is the mediator's data: list it, ticked,
    // so it is kept unless unticked. A known one keeps its stored wording.
    std::vector<std::string> citedTexts(controls.size());
    for (const auto& key : current) {
        if (const domain::ControlEntry* found = domain::findCitedControl(controls, key))
            citedTexts[static_cast<std::size_t>(found - controls.data())] = key;
        else
            m_rows.push_back({key, toWx(key) + wxString::FromUTF8(" — ") + _("not in the control catalog"), nullptr});
    }
    for (std::size_t i = 0; i < controls.size(); ++i) {
        const auto& control = controls[i];
        const std::string key = citedTexts[i].empty() ? controlKey(control) : citedTexts[i];
        m_rows.push_back({key, toWx(controlKey(control)) + wxString::FromUTF8(" — ") + describe(control), &control});
    }

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { showMatches(); });
    m_list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& event) { tickRow(static_cast<unsigned>(event.GetInt())); });
    showMatches();
    GetSizer()->SetSizeHints(this);
    m_search->SetFocus();
}

void ControlPickerDialog::showMatches() {
    const wxString search = m_search->GetValue();
    m_shown.clear();
    wxArrayString labels;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        // Unknown keys match on their own text.
        const bool matches = row.control ? controlMatches(*row.control, search)
                                         : search.Strip(wxString::both).empty() ||
                                               row.label.Lower().Contains(search.Lower().Strip(wxString::both));
        if (!matches) continue;
        m_shown.push_back(i);
        labels.Add(row.label);
    }
    m_list->Set(labels);
    for (unsigned i = 0; i < m_shown.size(); ++i) m_list->Check(i, m_picked.count(m_rows[m_shown[i]].key) > 0);
    m_count->SetLabelText(wxString::Format(_("%zu of %zu controls shown"), m_shown.size(), m_rows.size()));
}

void ControlPickerDialog::tickRow(unsigned listIndex) {
    if (listIndex >= m_shown.size()) return;
    const std::string& key = m_rows[m_shown[listIndex]].key;
    if (!m_list->IsChecked(listIndex)) {
        m_picked.erase(key);
        return;
    }
    if (!m_multiple) {
        m_picked.clear();
        for (unsigned i = 0; i < m_shown.size(); ++i)
            if (i != listIndex) m_list->Check(i, false);
    }
    m_picked.insert(key);
}

std::vector<std::string> ControlPickerDialog::picked() const {
    std::vector<std::string> keys;
    for (const Row& row : m_rows)
        if (m_picked.count(row.key)) keys.push_back(row.key);
    return keys;
}

ControlPickerField::ControlPickerField(wxWindow* form, const char* keysName, const char* pickName,
                                       const char* namesName, const std::vector<domain::ControlEntry>& controls,
                                       bool multiple)
    : m_form(form),
      m_keys(formControl<wxTextCtrl>(form, keysName)),
      m_pick(formControl<wxButton>(form, pickName)),
      m_names(formControl<wxStaticText>(form, namesName)),
      m_controls(controls),
      m_multiple(multiple) {
    // Picked, not typed, while there is a catalog to pick from.
    m_keys->SetEditable(m_controls.empty());
    m_pick->Enable(!m_controls.empty());
    m_pick->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { pick(); });
    m_keys->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
        showNames();
        event.Skip();
    });
    showNames();
}

void ControlPickerField::setKeys(const std::vector<std::string>& keys) {
    m_keys->ChangeValue(joined(keys));
    showNames();
}

std::vector<std::string> ControlPickerField::keys() const {
    std::vector<std::string> keys;
    if (!m_multiple) {
        const wxString key = m_keys->GetValue().Strip(wxString::both);
        if (!key.empty()) keys.push_back(fromWx(key));
        return keys;
    }
    for (wxString key : wxSplit(m_keys->GetValue(), ';', '\0'))
        if (!key.Trim(true).Trim(false).empty()) keys.push_back(fromWx(key));
    return keys;
}

void ControlPickerField::pick() {
    ControlPickerDialog picker(m_form, m_controls, keys(), m_multiple);
    if (prompts().showModal(picker) != wxID_OK) return;
    // SetValue, not ChangeValue: the form re-checks the record on wxEVT_TEXT.
    m_keys->SetValue(joined(picker.picked()));
}

void ControlPickerField::showNames() {
    wxString text;
    if (m_controls.empty()) {
        text = m_multiple ? _("The control catalog could not be loaded: type the keys (such as CIS 6.4), "
                              "separated by semicolons.")
                          : _("The control catalog could not be loaded: type the key (such as CIS 6.4).");
    } else {
        for (const auto& key : keys()) {
            text << (text.empty() ? "" : "\n");
            // A stored key may carry the name already ("CIS 6.4 Require MFA…"): show it once.
            if (const domain::ControlEntry* control = domain::findCitedControl(m_controls, key))
                text << toWx(controlKey(*control)) << ": " << describe(*control);
            else
                text << toWx(key) << ": " << _("not in the control catalog; kept unless you untick it in the picker");
        }
    }
    m_names->SetLabelText(text);
    m_names->Wrap(480);
    // More lines need more room than the form had.
    if (wxSizer* sizer = m_form->GetSizer()) {
        const wxSize best = sizer->GetMinSize();
        if (best.y > m_form->GetClientSize().y) sizer->SetSizeHints(m_form);
        else m_form->Layout();
    }
}

}  // namespace cg::app
