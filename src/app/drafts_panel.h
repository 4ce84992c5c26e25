#pragma once
// The Drafts section of the case workspace (forms/drafts_panel.xrc): the
// recorded versions of the settlement agreement and the pre-flight check of
// the next one. Check, Generate, Preview and Print run the drafting service
// on a worker thread; Generate saves the PDF where the mediator says and
// records the version with its hash. The PDF files and the layouts made in
// this session are remembered per version, so Open PDF and Preview show
// exactly what was generated.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <wx/cmndata.h>
#include <wx/panel.h>

#include "app/background_job.h"
#include "app/workspace_context.h"
#include "domain/documents/preflight.h"
#include "report/laid_out_document.h"

class wxCheckBox;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace cg::drafting {
struct PreparedDraft;
}

namespace cg::app {

class DraftsPanel : public wxPanel {
public:
    DraftsPanel(wxWindow* parent, WorkspaceContext& context);
    ~DraftsPanel() override;

    // The case, its drafts or the audience changed.
    void refresh();

    void check();
    void generate();
    void preview();
    void print();
    void openPdf();
    void compare();

    // Where Generate writes the PDF; by default a save dialog starting at
    // "<REF>-draft-<N>.pdf". Nothing means the mediator cancelled.
    std::function<std::optional<std::string>(const wxString& defaultName)> choosePdfPath;
    // Opens the record a finding names ("party", 2); set by the workspace.
    std::function<void(const std::string& kind, domain::RecordNo no)> onOpenRecord;

    BackgroundJob& job() { return m_job; }
    wxListCtrl& versionList() { return *m_versions; }
    wxListCtrl& findingList() { return *m_findings; }
    void selectVersion(int version);
    // The PDF written for a version in this session, if any.
    std::optional<std::string> pdfPath(int version) const;
    // The layout a preview or printout of the selected version would draw.
    const report::LaidOutDocument* sessionLayout(int version) const;

private:
    using VersionKey = std::pair<std::string, int>;  // case reference, version

    int selectedVersion() const;
    void showFindings(const std::vector<domain::documents::PreflightFinding>& findings);
    void showStatus(const wxString& text);
    void updateButtons();
    void onFindingActivated(wxListEvent& event);
    void afterCheck(const std::shared_ptr<drafting::PreparedDraft>& draft, const std::string& ref);
    void renderAndRecord(const std::shared_ptr<drafting::PreparedDraft>& draft, const std::string& ref,
                         const std::string& path);
    // Calls `use` with the selected version's layout from this session, or
    // (asked first when a version is selected) the next draft as it stands.
    void withLayout(std::function<void(const report::LaidOutDocument&, const wxString& title)> use);
    void showPreview(const report::LaidOutDocument& layout, const wxString& title);
    void printLayout(const report::LaidOutDocument& layout, const wxString& title);

    WorkspaceContext& m_context;
    BackgroundJob m_job;
    wxPrintData m_printData;
    std::map<VersionKey, std::string> m_pdfPaths;
    std::map<VersionKey, report::LaidOutDocument> m_layouts;
    std::vector<domain::documents::PreflightFinding> m_shownFindings;
    std::string m_findingsCase;  // the case the shown findings are about
    wxListCtrl* m_versions = nullptr;
    wxListCtrl* m_findings = nullptr;
    wxStaticText* m_summary = nullptr;
    wxStaticText* m_status = nullptr;
    wxCheckBox* m_changesSince = nullptr;
};

}  // namespace cg::app
