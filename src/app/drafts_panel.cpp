#include "app/drafts_panel.h"

#include <algorithm>
#include <filesystem>

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filedlg.h>
#include <wx/imaglist.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "app/audience.h"
#include "app/document_rendering.h"
#include "app/draft_compare_dialog.h"
#include "app/inline_check.h"
#include "app/document_printing.h"
#include "app/prompts.h"
#include "app/sections.h"
#include "app/wx_text.h"
#include "domain/documents/draft_versions.h"

namespace cg::app {

using domain::documents::PreflightFinding;
using Severity = PreflightFinding::Severity;

namespace {

enum VersionColumn { kVersion, kCreated, kTemplate, kTerms, kSha, kFile };

wxString severityText(Severity severity) {
    switch (severity) {
        case Severity::MustFix: return _("must fix");
        case Severity::Check: return _("check");
        case Severity::Note: break;
    }
    return _("note");
}

wxString recordText(const PreflightFinding& f) {
    if (f.recordNo == 0) return toWx(f.recordKind);
    return wxString::Format("%s %lld", toWx(f.recordKind), static_cast<long long>(f.recordNo));
}

// A finding about a confidential interest quotes it; it stays off a screen
// the parties are watching.
bool confidentialFinding(const domain::CaseRecord& record, const PreflightFinding& f) {
    if (f.recordKind != "interest") return false;
    for (const auto& interest : record.interests)
        if (interest.no == f.recordNo) return isConfidential(interest.visibility);
    return false;
}

std::optional<std::string> askPdfPath(wxWindow* parent, const wxString& defaultName) {
    wxFileDialog dialog(parent, _("Save draft as"), {}, defaultName, _("PDF files (*.pdf)|*.pdf"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
    return fromWx(dialog.GetPath());
}

}  // namespace

DraftsPanel::DraftsPanel(wxWindow* parent, WorkspaceContext& context) : m_context(context), m_job(*this) {
    wxXmlResource::Get()->LoadPanel(this, parent, "DraftsPanel");
    m_versions = formControl<wxListCtrl>(this, "versions");
    m_findings = formControl<wxListCtrl>(this, "findings");
    m_summary = formControl<wxStaticText>(this, "findings_summary");
    m_status = formControl<wxStaticText>(this, "status");
    m_changesSince = formControl<wxCheckBox>(this, "changes_since");

    m_versions->AppendColumn(_("Version"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    m_versions->AppendColumn(_("Created (UTC)"), wxLIST_FORMAT_LEFT, FromDIP(175));
    m_versions->AppendColumn(_("Template"), wxLIST_FORMAT_LEFT, FromDIP(170));
    m_versions->AppendColumn(_("Terms"), wxLIST_FORMAT_LEFT, FromDIP(100));
    m_versions->AppendColumn(_("SHA-256"), wxLIST_FORMAT_LEFT, FromDIP(150));
    m_versions->AppendColumn(_("PDF (this session)"), wxLIST_FORMAT_LEFT, FromDIP(260));
    m_findings->AppendColumn(_("Severity"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_findings->AppendColumn(_("Record"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_findings->AppendColumn(_("Finding"), wxLIST_FORMAT_LEFT, FromDIP(1200));
    const wxSize icon = FromDIP(wxSize(16, 16));
    auto* icons = new wxImageList(icon.x, icon.y);
    for (const char* id : {wxART_ERROR, wxART_WARNING, wxART_INFORMATION})
        icons->Add(wxArtProvider::GetBitmap(id, wxART_LIST, icon));
    m_findings->AssignImageList(icons, wxIMAGE_LIST_SMALL);

    auto onButton = [this](const char* name, void (DraftsPanel::*action)()) {
        formControl<wxButton>(this, name)->Bind(wxEVT_BUTTON, [this, action](wxCommandEvent&) { (this->*action)(); });
    };
    onButton("check", &DraftsPanel::check);
    onButton("generate", &DraftsPanel::generate);
    onButton("preview", &DraftsPanel::preview);
    onButton("print", &DraftsPanel::print);
    onButton("open_pdf", &DraftsPanel::openPdf);
    onButton("compare", &DraftsPanel::compare);
    m_versions->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateButtons(); });
    m_versions->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateButtons(); });
    m_versions->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { openPdf(); });
    m_findings->Bind(wxEVT_LIST_ITEM_ACTIVATED, &DraftsPanel::onFindingActivated, this);
    // A finding's message is often longer than its column: show it in full.
    m_findings->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const auto index = static_cast<std::size_t>(m_findings->GetItemData(event.GetIndex()));
        if (index >= m_shownFindings.size()) return;
        auto* detail = formControl<wxStaticText>(this, "finding_detail");
        detail->SetLabel(toWx(m_shownFindings[index].message));
        detail->Wrap(detail->GetSize().GetWidth());
    });
    choosePdfPath = [this](const wxString& name) { return askPdfPath(this, name); };
    refresh();
}

DraftsPanel::~DraftsPanel() { m_job.wait(); }

void DraftsPanel::refresh() {
    const int selected = selectedVersion();
    m_versions->DeleteAllItems();
    const std::string& ref = m_context.caseRef;
    for (const auto& d : m_context.record.drafts) {
        const long row = m_versions->InsertItem(m_versions->GetItemCount(), wxString::Format("%d", d.version));
        m_versions->SetItemData(row, d.version);
        m_versions->SetItem(row, kCreated, toWx(d.createdAt.toString()));
        m_versions->SetItem(row, kTemplate, toWx(d.templateName));
        m_versions->SetItem(row, kTerms, numbersText(d.termNos));
        m_versions->SetItem(row, kSha, d.pdfSha256.empty() ? _("(no PDF)") : toWx(d.pdfSha256.substr(0, 16)));
        if (auto path = m_pdfPaths.find({ref, d.version}); path != m_pdfPaths.end())
            m_versions->SetItem(row, kFile, toWx(std::filesystem::path(path->second).filename().string()));
    }
    if (selected > 0) selectVersion(selected);
    if (m_findingsCase != ref) {
        m_findingsCase.clear();
        m_shownFindings.clear();
        m_summary->SetLabel(_("not run yet; press Check."));
    }
    showFindings(m_shownFindings);
    updateButtons();
}

void DraftsPanel::selectVersion(int version) {
    for (long row = 0; row < m_versions->GetItemCount(); ++row)
        if (static_cast<int>(m_versions->GetItemData(row)) == version)
            m_versions->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    updateButtons();
}

int DraftsPanel::selectedVersion() const {
    const long row = m_versions->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row < 0 ? 0 : static_cast<int>(m_versions->GetItemData(row));
}

std::optional<std::string> DraftsPanel::pdfPath(int version) const {
    auto path = m_pdfPaths.find({m_context.caseRef, version});
    if (path == m_pdfPaths.end()) return std::nullopt;
    return path->second;
}

const report::LaidOutDocument* DraftsPanel::sessionLayout(int version) const {
    auto layout = m_layouts.find({m_context.caseRef, version});
    return layout == m_layouts.end() ? nullptr : &layout->second;
}

void DraftsPanel::updateButtons() {
    const bool open = !m_context.caseRef.empty();
    const bool idle = !m_job.busy();
    for (const char* name : {"check", "generate", "preview", "print"}) FindWindow(XRCID(name))->Enable(open && idle);
    FindWindow(XRCID("open_pdf"))->Enable(open && selectedVersion() > 0);
    FindWindow(XRCID("compare"))->Enable(open && m_context.record.drafts.size() >= 2);
    m_changesSince->Enable(!m_context.record.drafts.empty());
}

void DraftsPanel::showStatus(const wxString& text) {
    m_status->SetLabel(text);
    Layout();
}

void DraftsPanel::showFindings(const std::vector<PreflightFinding>& findings) {
    if (&findings != &m_shownFindings) m_shownFindings = findings;
    m_findings->DeleteAllItems();
    std::size_t counts[3] = {0, 0, 0};
    const bool partiesWatching = m_context.audience == Audience::Parties;
    for (std::size_t i = 0; i < m_shownFindings.size(); ++i) {
        const PreflightFinding& f = m_shownFindings[i];
        ++counts[static_cast<int>(f.severity)];
        if (partiesWatching && confidentialFinding(m_context.record, f)) continue;
        const long row = m_findings->InsertItem(m_findings->GetItemCount(), severityText(f.severity),
                                                static_cast<int>(f.severity));
        m_findings->SetItem(row, 1, recordText(f));
        m_findings->SetItem(row, 2, toWx(f.message));
        m_findings->SetItemData(row, static_cast<long>(i));
    }
    if (m_findingsCase.empty()) return;
    m_summary->SetLabel(m_shownFindings.empty()
                            ? _("nothing to fix.")
                            : wxString::Format(_("%zu must fix, %zu to check, %zu notes."), counts[0], counts[1],
                                               counts[2]));
}

void DraftsPanel::onFindingActivated(wxListEvent& event) {
    const auto index = static_cast<std::size_t>(m_findings->GetItemData(event.GetIndex()));
    if (index < m_shownFindings.size() && onOpenRecord)
        onOpenRecord(m_shownFindings[index].recordKind, m_shownFindings[index].recordNo);
}

void DraftsPanel::check() {
    if (m_context.caseRef.empty()) return;
    auto record = std::make_shared<domain::CaseRecord>(m_context.record);
    auto draft = std::make_shared<drafting::PreparedDraft>();
    const std::string ref = m_context.caseRef;
    m_job.start([record, draft](const BackgroundJob::Progress&) { *draft = prepareNextDraft(*record, std::nullopt); },
                [](const wxString&) {},
                [this, draft, ref](std::exception_ptr failure) {
                    updateButtons();
                    showStatus({});
                    if (failure) {
                        prompts().showError(this, describeError(_("Could not check the next draft."), failure));
                        return;
                    }
                    m_findingsCase = ref;
                    showFindings(draft->findings);
                    showStatus(wxString::Format(_("Checked draft %d."), draft->version.version));
                });
    showStatus(_(L"Checking\u2026"));
    updateButtons();
}

void DraftsPanel::generate() {
    if (m_context.caseRef.empty()) return;
    auto record = std::make_shared<domain::CaseRecord>(m_context.record);
    auto draft = std::make_shared<drafting::PreparedDraft>();
    const std::string ref = m_context.caseRef;
    std::optional<int> since;
    if (const auto* latest = domain::documents::latestDraft(m_context.record); latest && m_changesSince->IsChecked())
        since = latest->version;
    m_job.start([record, draft, since](const BackgroundJob::Progress&) { *draft = prepareNextDraft(*record, since); },
                [](const wxString&) {},
                [this, draft, ref](std::exception_ptr failure) {
                    updateButtons();
                    showStatus({});
                    if (failure) {
                        prompts().showError(this, describeError(_("Could not prepare the next draft."), failure));
                        return;
                    }
                    afterCheck(draft, ref);
                });
    showStatus(_(L"Checking the draft\u2026"));
    updateButtons();
}

void DraftsPanel::afterCheck(const std::shared_ptr<drafting::PreparedDraft>& draft, const std::string& ref) {
    m_findingsCase = ref;
    showFindings(draft->findings);
    const int version = draft->version.version;
    if (draft->mustFixAnything()) {
        const auto mustFix = std::count_if(draft->findings.begin(), draft->findings.end(),
                                           [](const PreflightFinding& f) { return f.severity == Severity::MustFix; });
        if (!prompts().confirm(this, _("Generate draft"),
                               wxString::Format(_("%d findings must be fixed before the agreement can be signed "
                                                  "(listed under the versions). Generate draft %d anyway?"),
                                                static_cast<int>(mustFix), version))) {
            showStatus(_("No draft generated."));
            return;
        }
    }
    const auto path = choosePdfPath(wxString::Format("%s-draft-%d.pdf", toWx(ref), version));
    if (!path) {
        showStatus(_("No draft generated."));
        return;
    }
    renderAndRecord(draft, ref, *path);
}

void DraftsPanel::renderAndRecord(const std::shared_ptr<drafting::PreparedDraft>& draft, const std::string& ref,
                                  const std::string& path) {
    auto rendered = std::make_shared<drafting::RenderedDocument>();
    m_job.start(
        [draft, rendered, path](const BackgroundJob::Progress&) {
            *rendered = renderDocumentPdf(draft->evaluated.document);
            drafting::savePdf(*rendered, path);
        },
        [](const wxString&) {},
        [this, draft, rendered, ref, path](std::exception_ptr failure) {
            updateButtons();
            showStatus({});
            const int version = draft->version.version;
            if (failure) {
                prompts().showError(this, describeError(wxString::Format(_("Could not write draft %d to %s."),
                                                                         version, toWx(path)),
                                                        failure));
                return;
            }
            try {
                drafting::recordDraftVersion(m_context.db, ref, *draft, rendered->sha256);
            } catch (const std::exception&) {
                reportCurrentError(this, wxString::Format(_("Draft %d was written to %s but could not be recorded."),
                                                          version, toWx(path)));
                return;
            }
            m_pdfPaths[{ref, version}] = path;
            m_layouts[{ref, version}] = rendered->layout;
            m_context.listener.caseChanged(ref, ChangedPart::Drafts);
            if (m_context.caseRef == ref) selectVersion(version);
            showStatus(wxString::Format(_("Draft %d written to %s (SHA-256 %s)."), version, toWx(path),
                                        toWx(rendered->sha256.substr(0, 16))));
        });
    showStatus(wxString::Format(_(L"Rendering draft %d\u2026"), draft->version.version));
    updateButtons();
}

void DraftsPanel::withLayout(std::function<void(const report::LaidOutDocument&, const wxString&)> use) {
    if (m_context.caseRef.empty()) return;
    const std::string ref = m_context.caseRef;
    if (const int version = selectedVersion(); version > 0) {
        if (const auto* layout = sessionLayout(version)) {
            use(*layout, wxString::Format(_("Draft %d of %s"), version, toWx(ref)));
            return;
        }
        if (!prompts().confirm(this, _("Draft not made in this session"),
                               wxString::Format(_("Version %d was not generated in this session, so its pages are "
                                                  "not at hand. Show the next draft as the case stands now?"),
                                                version)))
            return;
    }
    auto record = std::make_shared<domain::CaseRecord>(m_context.record);
    auto rendered = std::make_shared<drafting::RenderedDocument>();
    m_job.start(
        [record, rendered](const BackgroundJob::Progress&) {
            *rendered = renderDocumentPdf(prepareNextDraft(*record, std::nullopt).evaluated.document);
        },
        [](const wxString&) {},
        [this, rendered, ref, use](std::exception_ptr failure) {
            updateButtons();
            showStatus({});
            if (failure) {
                prompts().showError(this, describeError(_("Could not lay out the next draft."), failure));
                return;
            }
            use(rendered->layout, wxString::Format(_("Next draft of %s (not recorded)"), toWx(ref)));
        });
    showStatus(_(L"Laying out the draft\u2026"));
    updateButtons();
}

void DraftsPanel::preview() {
    withLayout([this](const report::LaidOutDocument& layout, const wxString& title) { showPreview(layout, title); });
}

void DraftsPanel::print() {
    withLayout([this](const report::LaidOutDocument& layout, const wxString& title) { printLayout(layout, title); });
}

void DraftsPanel::showPreview(const report::LaidOutDocument& layout, const wxString& title) {
    previewDocument(this, layout, title, m_printData);
}

void DraftsPanel::printLayout(const report::LaidOutDocument& layout, const wxString& title) {
    if (printDocument(this, layout, title, m_printData)) showStatus(wxString::Format(_("Sent %s to the printer."), title));
}

void DraftsPanel::openPdf() {
    const int version = selectedVersion();
    if (version <= 0) return;
    const auto path = pdfPath(version);
    std::error_code ec;
    if (!path || !std::filesystem::exists(*path, ec)) {
        if (prompts().confirm(this, _("Open PDF"),
                              wxString::Format(_("The PDF of version %d was not written in this session (or has "
                                                 "been moved), so where it is is not known. Generate a new draft?"),
                                               version)))
            generate();
        return;
    }
    if (!wxLaunchDefaultApplication(toWx(*path)))
        prompts().showError(this, {wxString::Format(_("Could not open %s."), toWx(*path)),
                                   _("The system has no PDF viewer set up for this file."),
                                   _("Open the file from your file manager.")});
}

void DraftsPanel::compare() {
    if (m_context.record.drafts.size() < 2) return;
    DraftCompareDialog dialog(this, m_context.record, selectedVersion());
    prompts().showModal(dialog);
}

}  // namespace cg::app
