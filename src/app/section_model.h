#pragma once
// One section of the case workspace as a table: its columns, its rows as
// shown to the current audience, and what may be done to a row. The
// RecordSectionPanel draws any SectionModel in a virtual list.
#include <cstddef>
#include <vector>

#include <wx/string.h>

class wxWindow;

namespace cg::app {

// A command on the selected row beyond Add / Edit / Delete ("Open",
// "Save as…"); name is the button's window name.
struct SectionAction {
    wxString name;
    wxString label;
};

struct SectionColumn {
    wxString title;
    int width = 120;
    bool numeric = false;  // sort by the number in the text, not alphabetically
};

class SectionModel {
public:
    virtual ~SectionModel() = default;

    virtual wxString title() const = 0;
    virtual const std::vector<SectionColumn>& columns() const = 0;

    // Rebuild the rows from the context's record and audience.
    virtual void rebuild() = 0;
    virtual std::size_t rowCount() const = 0;
    virtual wxString cell(std::size_t row, int column) const = 0;
    virtual bool confidential(std::size_t row) const = 0;
    virtual void sortBy(int column, bool ascending) = 0;

    virtual bool editable() const = 0;
    // Labels of the Add / Edit / Delete buttons for this section.
    virtual wxString addLabel() const = 0;
    virtual wxString editLabel() const = 0;
    virtual void add(wxWindow* parent) = 0;
    virtual void edit(wxWindow* parent, std::size_t row) = 0;
    virtual void remove(wxWindow* parent, std::size_t row) = 0;
    virtual std::vector<SectionAction> actions() const { return {}; }
    virtual void runAction(wxWindow* /*parent*/, std::size_t /*action*/, std::size_t /*row*/) {}
};

}  // namespace cg::app
