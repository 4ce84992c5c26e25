#include "app/record_section_panel.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/fact_timeline.h"
#include "app/inline_check.h"
#include "app/record_list_view.h"
#include "app/section_model.h"

namespace cg::app {

RecordSectionPanel::RecordSectionPanel(wxWindow* parent) {
    wxXmlResource::Get()->LoadPanel(this, parent, "RecordSectionPanel");
    m_heading = formControl<wxStaticText>(this, "heading");
    m_count = formControl<wxStaticText>(this, "count");
    m_add = formControl<wxButton>(this, "add");
    m_edit = formControl<wxButton>(this, "edit");
    m_delete = formControl<wxButton>(this, "delete");
    m_list = new RecordListView(this);
    wxXmlResource::Get()->AttachUnknownControl("records", m_list, this);
    m_timeline = new FactTimeline(this);
    wxXmlResource::Get()->AttachUnknownControl("side", m_timeline, this);
    showTimeline(false);
    m_heading->SetFont(m_heading->GetFont().Bold().Scaled(1.3f));

    m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onAdd(); });
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onEdit(); });
    m_delete->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onDelete(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { onEdit(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateControls(); });
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateControls(); });
    m_list->Bind(wxEVT_LIST_KEY_DOWN, [this](wxListEvent& event) {
        if (event.GetKeyCode() == WXK_DELETE) onDelete();
        else event.Skip();
    });
}

void RecordSectionPanel::showSection(SectionModel* model) {
    m_model = model;
    m_heading->SetLabelText(model ? model->title() : wxString());
    if (model && model->editable()) {
        m_add->SetLabel(model->addLabel());
        m_edit->SetLabel(model->editLabel());
    }
    m_list->showModel(model);
    makeActionButtons();
    updateControls();
    Layout();
}

void RecordSectionPanel::makeActionButtons() {
    for (wxButton* button : m_actionButtons) button->Destroy();
    m_actionButtons.clear();
    if (!m_model) return;
    wxSizer* row = m_add->GetContainingSizer();
    const auto actions = m_model->actions();
    for (std::size_t i = 0; i < actions.size(); ++i) {
        // Its XRC id from its name, so it is found like the form's own buttons.
        auto* button = new wxButton(this, wxXmlResource::GetXRCID(actions[i].name), actions[i].label, wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, actions[i].name);
        // Before Add, so Add / Edit / Delete stay where they always are.
        row->Insert(1 + i, button, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, FromDIP(4));
        button->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) {
            const long selected = m_list->selectedRow();
            if (m_model && selected >= 0) m_model->runAction(this, i, static_cast<std::size_t>(selected));
        });
        m_actionButtons.push_back(button);
    }
}

void RecordSectionPanel::addCompanion(wxWindow* companion) {
    m_companions.push_back(companion);
    // Between the list and the record count.
    GetSizer()->Insert(GetSizer()->GetItemCount() - 1, companion, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND,
                       FromDIP(10));
    companion->Hide();
}

void RecordSectionPanel::showCompanion(wxWindow* companion) {
    for (wxWindow* c : m_companions) c->Show(c == companion);
    Layout();
}

void RecordSectionPanel::showTimeline(bool shown) {
    // AttachUnknownControl put the timeline in a container; that is what the sizer holds.
    m_timeline->GetParent()->Show(shown);
    m_timeline->Show(shown);
    Layout();
}

void RecordSectionPanel::refresh() {
    m_list->refreshRows();
    updateControls();
}

void RecordSectionPanel::updateControls() {
    const bool editable = m_model && m_model->editable();
    const bool selected = m_list->selectedRow() >= 0;
    m_add->Show(editable);
    m_edit->Show(editable);
    m_delete->Show(editable);
    m_edit->Enable(selected);
    m_delete->Enable(selected);
    for (wxButton* button : m_actionButtons) button->Enable(selected);
    const std::size_t rows = m_model ? m_model->rowCount() : 0;
    wxString count = wxString::Format(wxPLURAL("%zu record", "%zu records", rows), rows);
    if (!editable && m_model) count += wxString(L"  \u00b7  ") + _("read-only here; drafts are made from the accepted terms");
    m_count->SetLabelText(count);
    Layout();
}

void RecordSectionPanel::onAdd() {
    if (m_model && m_model->editable()) m_model->add(this);
}

void RecordSectionPanel::onEdit() {
    const long row = m_list->selectedRow();
    if (m_model && m_model->editable() && row >= 0) m_model->edit(this, static_cast<std::size_t>(row));
}

void RecordSectionPanel::onDelete() {
    const long row = m_list->selectedRow();
    if (m_model && m_model->editable() && row >= 0) m_model->remove(this, static_cast<std::size_t>(row));
}

}  // namespace cg::app
