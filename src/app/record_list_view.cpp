#include "app/record_list_view.h"

#include "app/section_model.h"

namespace cg::app {

RecordListView::RecordListView(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES | wxLC_VRULES, wxDefaultValidator,
                 "records") {
    m_confidential.SetBackgroundColour(wxColour(0xFF, 0xF0, 0xD0));
    m_confidential.SetTextColour(wxColour(0x80, 0x30, 0x00));
    Bind(wxEVT_LIST_COL_CLICK, &RecordListView::onColumnClick, this);
}

void RecordListView::showModel(SectionModel* model) {
    Freeze();
    m_model = model;
    m_sortColumn = -1;
    ClearAll();
    if (m_model) {
        for (const SectionColumn& column : m_model->columns())
            AppendColumn(column.title, column.numeric ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                         FromDIP(column.width));
    }
    Thaw();
    refreshRows();
}

void RecordListView::refreshRows() {
    const long count = m_model ? static_cast<long>(m_model->rowCount()) : 0;
    SetItemCount(count);
    if (count > 0) RefreshItems(0, count - 1);
    Refresh();
}

long RecordListView::selectedRow() const { return GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

wxString RecordListView::OnGetItemText(long item, long column) const {
    return m_model ? m_model->cell(static_cast<std::size_t>(item), static_cast<int>(column)) : wxString();
}

wxItemAttr* RecordListView::OnGetItemAttr(long item) const {
    return m_model && m_model->confidential(static_cast<std::size_t>(item)) ? &m_confidential : nullptr;
}

void RecordListView::onColumnClick(wxListEvent& event) {
    if (!m_model) return;
    const int column = event.GetColumn();
    m_ascending = column == m_sortColumn ? !m_ascending : true;
    m_sortColumn = column;
    m_model->sortBy(column, m_ascending);
    ShowSortIndicator(column, m_ascending);
    refreshRows();
}

}  // namespace cg::app
