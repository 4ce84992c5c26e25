#pragma once
// A virtual report list over a SectionModel: the control asks for the text of
// the rows it draws and nothing else, so a section with thousands of records
// scrolls as fast as one with ten. Clicking a column header sorts by it.
// Confidential rows get a warm background so they stand out in mediator mode.
#include <wx/listctrl.h>

namespace cg::app {

class SectionModel;

class RecordListView : public wxListCtrl {
public:
    explicit RecordListView(wxWindow* parent);

    // Shows another section (or the same one rebuilt); nullptr empties the list.
    void showModel(SectionModel* model);
    // The data changed, the columns did not.
    void refreshRows();
    long selectedRow() const;

protected:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

private:
    void onColumnClick(wxListEvent& event);

    SectionModel* m_model = nullptr;
    int m_sortColumn = -1;
    bool m_ascending = true;
    mutable wxItemAttr m_confidential;
};

}  // namespace cg::app
