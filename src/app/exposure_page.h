#pragma once
// The Exposure page of the workspace (forms/exposure_page.xrc): losses per
// party, the caps of the limitation clauses, insurance and the uninsured gap,
// each side's range and the zone of possible agreement, the offers over time
// drawn against it, the comparative-fault what-if, and — for the mediator
// only — whether the parties' confidential bottom lines overlap.
#include <vector>

#include "app/workspace_page.h"
#include "domain/common_ground/exposure.h"

class wxCheckBox;
class wxChoice;
class wxHtmlWindow;
class wxSpinCtrl;

namespace cg::app {

struct LoadedCatalogs;
struct WorkspaceContext;
class OfferChart;

class ExposurePage : public WorkspacePage {
public:
    // catalogs: referenceCatalogs() in the program (the fault regimes).
    ExposurePage(wxWindow* parent, WorkspaceContext& context, const LoadedCatalogs& catalogs);

    wxString title() const override;
    void refresh() override;

    wxString shownText() const;
    OfferChart& chart() { return *m_chart; }

private:
    void showChart();

    WorkspaceContext& m_context;
    const LoadedCatalogs& m_catalogs;
    wxSpinCtrl* m_fault = nullptr;
    wxCheckBox* m_carveOut = nullptr;
    wxChoice* m_pair = nullptr;
    OfferChart* m_chart = nullptr;
    wxHtmlWindow* m_view = nullptr;
    domain::Exposure m_exposure;
};

}  // namespace cg::app
