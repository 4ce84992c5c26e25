#pragma once
// The Worksheet page of the workspace (forms/worksheet_page.xrc): the
// shared-interest worksheet, one block per blame claim (both sides' positions
// and interests, the interests they share, objective criteria, options and
// the interests no option serves yet), and a preparation-sheet tab per party.
// Suggested shared interests carry a Confirm button that links both
// interests to the claim as one undoable edit, as `claim edit --interest`
// does in the CLI.
#include <vector>

#include "app/workspace_page.h"
#include "domain/case_record.h"
#include "domain/common_ground/worksheet.h"

class wxHtmlWindow;
class wxNotebook;

namespace cg::app {

struct WorkspaceContext;

class WorksheetPage : public WorkspacePage {
public:
    WorksheetPage(wxWindow* parent, WorkspaceContext& context);

    wxString title() const override;
    void refresh() override;

    // Links both interests of a suggested pair to the claim (undoable).
    void confirmSuggestion(domain::RecordNo claimNo, domain::RecordNo accuserInterestNo,
                           domain::RecordNo accusedInterestNo);

    // What the page shows, as plain text: the claims tab, then each party's
    // sheet (drawing the sheets not yet drawn).
    wxString shownText();
    std::size_t sheetCount() const { return m_sheets.size(); }

private:
    void onLink(const wxString& href);
    void rebuildSheetTabs(std::size_t count);
    void showClaims();
    void fillSheet(std::size_t index);

    WorkspaceContext& m_context;
    wxNotebook* m_notebook = nullptr;
    wxHtmlWindow* m_claims = nullptr;
    std::vector<wxHtmlWindow*> m_sheets;
    // A large case has hundreds of claims and a sheet per party, each a long
    // HTML page: the claims come 25 at a time ("Show more") and a party's
    // sheet is drawn when its tab is first picked, so showing the page stays
    // quick.
    std::size_t m_claimsShown = 0;
    std::vector<bool> m_sheetFilled;
    domain::CaseRecord m_visible;
    domain::Worksheet m_worksheet;
};

}  // namespace cg::app
