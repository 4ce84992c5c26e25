#pragma once
// The editor for one record section of the workspace
// (forms/record_section_panel.xrc): a heading, Add / Edit / Delete, and the
// virtual list of the section's rows. One panel serves every section; the
// workspace hands it the SectionModel of the section picked in the navigator.
#include <vector>

#include <wx/panel.h>

class wxButton;
class wxStaticText;

namespace cg::app {

class FactTimeline;
class RecordListView;
class SectionModel;

class RecordSectionPanel : public wxPanel {
public:
    explicit RecordSectionPanel(wxWindow* parent);

    void showSection(SectionModel* model);
    // The model was rebuilt (data or audience changed).
    void refresh();

    RecordListView& list() { return *m_list; }
    // The fact timeline beside the list; shown only for the facts section.
    FactTimeline& timeline() { return *m_timeline; }
    void showTimeline(bool shown);
    SectionModel* section() const { return m_model; }
    // A window shown under the list for one section (the fees summary under
    // Time & fees); made by the workspace with this panel as its parent.
    void addCompanion(wxWindow* companion);
    void showCompanion(wxWindow* companion);  // null: none

private:
    void updateControls();
    void onAdd();
    void onEdit();
    void onDelete();
    void makeActionButtons();

    SectionModel* m_model = nullptr;
    wxStaticText* m_heading = nullptr;
    wxStaticText* m_count = nullptr;
    wxButton* m_add = nullptr;
    wxButton* m_edit = nullptr;
    wxButton* m_delete = nullptr;
    RecordListView* m_list = nullptr;
    FactTimeline* m_timeline = nullptr;
    std::vector<wxButton*> m_actionButtons;
    std::vector<wxWindow*> m_companions;
};

}  // namespace cg::app
