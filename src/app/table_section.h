#pragma once
// A SectionModel over rows of any type: the columns say how to print a row,
// a row source lists the rows of the case, a predicate says which rows are
// confidential (hidden when the parties are watching), and optional editing
// actions turn Add / Edit / Delete into undoable commands.
#include <algorithm>
#include <functional>
#include <numeric>
#include <optional>

#include <wx/intl.h>

#include "app/section_model.h"
#include "app/workspace_context.h"

namespace cg::app {

template <typename Row>
class TableSection : public SectionModel {
public:
    struct Column {
        SectionColumn info;
        std::function<wxString(const Row&, const domain::CaseRecord&)> text;
    };
    struct Editing {
        std::function<void(wxWindow*)> add;
        std::function<void(wxWindow*, const Row&)> edit;
        std::function<void(wxWindow*, const Row&)> remove;
        wxString addLabel = _(L"&Add\u2026");
        wxString editLabel = _(L"&Edit\u2026");
        struct Action {
            SectionAction info;
            std::function<void(wxWindow*, const Row&)> run;
        };
        std::vector<Action> actions;
    };
    using RowSource = std::function<std::vector<Row>(const domain::CaseRecord&)>;
    using Confidential = std::function<bool(const Row&)>;

    TableSection(WorkspaceContext& context, wxString title, std::vector<Column> columns, RowSource rows,
                 Confidential confidential, std::optional<Editing> editing = std::nullopt)
        : m_context(context), m_title(std::move(title)), m_columns(std::move(columns)),
          m_rowSource(std::move(rows)), m_confidential(std::move(confidential)), m_editing(std::move(editing)) {
        for (const Column& c : m_columns) m_columnInfo.push_back(c.info);
    }

    wxString title() const override { return m_title; }
    const std::vector<SectionColumn>& columns() const override { return m_columnInfo; }

    void rebuild() override {
        m_rows.clear();
        // Rows are the stored records themselves, never a filtered copy: an
        // edit made while the parties watch must start from the whole record
        // (visibleTo strips links to hidden interests and hidden notes).
        for (Row& row : m_rowSource(m_context.record))
            if (isShown(m_context.audience, m_confidential && m_confidential(row))) m_rows.push_back(std::move(row));
        if (m_sortColumn >= 0) sortBy(m_sortColumn, m_ascending);
    }

    std::size_t rowCount() const override { return m_rows.size(); }

    wxString cell(std::size_t row, int column) const override {
        if (row >= m_rows.size() || column < 0 || column >= static_cast<int>(m_columns.size())) return {};
        return m_columns[column].text(m_rows[row], m_context.record);
    }

    bool confidential(std::size_t row) const override {
        return row < m_rows.size() && m_confidential && m_confidential(m_rows[row]);
    }

    void sortBy(int column, bool ascending) override {
        if (column < 0 || column >= static_cast<int>(m_columns.size())) return;
        m_sortColumn = column;
        m_ascending = ascending;
        // Print each row's key once, then sort positions by it.
        std::vector<wxString> keys;
        keys.reserve(m_rows.size());
        for (const Row& row : m_rows) keys.push_back(m_columns[column].text(row, m_context.record));
        std::vector<std::size_t> order(m_rows.size());
        std::iota(order.begin(), order.end(), 0);
        const bool numeric = m_columns[column].info.numeric;
        auto less = [&](std::size_t a, std::size_t b) {
            if (numeric) {
                const double x = numberIn(keys[a]), y = numberIn(keys[b]);
                if (x != y) return ascending ? x < y : x > y;
                return false;
            }
            const int c = keys[a].CmpNoCase(keys[b]);
            return ascending ? c < 0 : c > 0;
        };
        std::stable_sort(order.begin(), order.end(), less);
        std::vector<Row> sorted;
        sorted.reserve(m_rows.size());
        for (std::size_t i : order) sorted.push_back(std::move(m_rows[i]));
        m_rows = std::move(sorted);
    }

    bool editable() const override { return m_editing.has_value(); }
    wxString addLabel() const override { return m_editing ? m_editing->addLabel : wxString(); }
    wxString editLabel() const override { return m_editing ? m_editing->editLabel : wxString(); }
    void add(wxWindow* parent) override {
        if (m_editing) m_editing->add(parent);
    }
    void edit(wxWindow* parent, std::size_t row) override {
        if (m_editing && row < m_rows.size()) m_editing->edit(parent, m_rows[row]);
    }
    void remove(wxWindow* parent, std::size_t row) override {
        if (m_editing && row < m_rows.size()) m_editing->remove(parent, m_rows[row]);
    }

    std::vector<SectionAction> actions() const override {
        std::vector<SectionAction> result;
        if (m_editing)
            for (const auto& action : m_editing->actions) result.push_back(action.info);
        return result;
    }
    void runAction(wxWindow* parent, std::size_t action, std::size_t row) override {
        if (m_editing && action < m_editing->actions.size() && row < m_rows.size())
            m_editing->actions[action].run(parent, m_rows[row]);
    }

private:
    // "USD 1,250,000.00" → 1250000; text without digits sorts first.
    static double numberIn(const wxString& text) {
        wxString digits;
        for (wxUniChar c : text)
            if ((c >= '0' && c <= '9') || c == '.' || (c == '-' && digits.empty())) digits += c;
        double value = -1e300;
        if (!digits.empty()) digits.ToCDouble(&value);
        return value;
    }

    WorkspaceContext& m_context;
    wxString m_title;
    std::vector<Column> m_columns;
    std::vector<SectionColumn> m_columnInfo;
    RowSource m_rowSource;
    Confidential m_confidential;
    std::optional<Editing> m_editing;
    std::vector<Row> m_rows;
    int m_sortColumn = -1;
    bool m_ascending = true;
};

}  // namespace cg::app
