#include "app/interest_map_page.h"

#include <cmath>
#include <set>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/audience.h"
#include "app/inline_check.h"
#include "app/map_canvas.h"
#include "app/presentation_frame.h"
#include "app/prompts.h"
#include "app/wx_text.h"
#include "exchange/atomic_file_write.h"
#include "report/interest_map_png.h"
#include "report/interest_map_svg.h"

namespace cg::app {

namespace {

// Smaller than the CLI's 1600 × 1100: fitted to a laptop's window the cards
// stay readable. A case with many interests grows the map as needed.
constexpr double kMapWidth = 1200;
constexpr double kMapHeight = 825;

std::optional<std::string> askExportPath(wxWindow* parent, const wxString& title, const wxString& defaultName,
                                         const wxString& wildcard) {
    wxFileDialog dialog(parent, title, {}, defaultName, wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
    return fromWx(dialog.GetPath());
}

}  // namespace

InterestMapPage::InterestMapPage(wxWindow* parent, WorkspaceContext& context) : m_context(context) {
    wxXmlResource::Get()->LoadPanel(this, parent, "InterestMapPage");
    m_canvas = new MapCanvas(this);
    wxXmlResource::Get()->AttachUnknownControl("canvas", m_canvas, this);
    m_audienceChoice = formControl<wxChoice>(this, "audience");
    m_zoom = formControl<wxStaticText>(this, "zoom");
    m_status = formControl<wxStaticText>(this, "status");

    m_canvas->onOpenRecord = [this](const std::string& kind, domain::RecordNo no) {
        if (onOpenRecord) onOpenRecord(kind, no);
    };
    m_canvas->onZoomChanged = [this](double zoom) { showZoom(zoom); };
    formControl<wxButton>(this, "zoom_in")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_canvas->zoomIn(); });
    formControl<wxButton>(this, "zoom_out")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_canvas->zoomOut(); });
    formControl<wxButton>(this, "fit")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_canvas->zoomToFit(); });
    formControl<wxButton>(this, "present")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { present(); });
    formControl<wxButton>(this, "export_png")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportPng(); });
    formControl<wxButton>(this, "export_svg")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportSvg(); });
    // The first time the page is shown with a size, the whole map fits it.
    m_canvas->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (m_fitted || event.GetSize().x < 50 || event.GetSize().y < 50) return;
        m_fitted = true;
        CallAfter([this] { m_canvas->zoomToFit(); });
    });
    chooseExportPath = [this](const wxString& title, const wxString& defaultName, const wxString& wildcard) {
        return askExportPath(this, title, defaultName, wildcard);
    };
    showZoom(m_canvas->zoom());
}

wxString InterestMapPage::title() const { return _("Interest map"); }

void InterestMapPage::refresh() {
    if (m_context.caseRef != m_shownCase) {
        m_canvas->forgetMovedCards();
        m_shownCase = m_context.caseRef;
        m_fitted = false;
    }
    fillAudiences();
    if (m_context.caseRef.empty()) {
        m_canvas->setLayout({});
        m_status->SetLabel({});
        return;
    }
    const domain::Audience audience = domainAudience(m_context.audience);
    m_canvas->setLayout(domain::layoutInterestMap(m_context.record, audience, kMapWidth, kMapHeight));
    std::set<domain::RecordNo> confidential;
    if (m_context.audience == Audience::Mediator)
        for (const auto& interest : m_context.record.interests)
            if (isConfidential(interest.visibility)) confidential.insert(interest.no);
    m_canvas->setConfidential(std::move(confidential));
    const auto& layout = m_canvas->drawnLayout();
    const auto count = [](std::size_t n) { return static_cast<unsigned long>(n); };
    m_status->SetLabel(wxString::Format(_("%lu parties, %lu interests, %lu claims, %lu shared"),
                                        count(layout.nodes.size()), count(layout.cards.size()),
                                        count(layout.arrows.size()), count(layout.commonGround.entries.size())));
    if (m_fitted && IsShownOnScreen()) m_canvas->zoomToFit();
    Layout();
}

void InterestMapPage::fillAudiences() {
    const int previous = m_audienceChoice->GetSelection();
    const std::optional<domain::Audience> kept =
        previous >= 0 && static_cast<std::size_t>(previous) < m_audiences.size()
            ? std::optional(m_audiences[static_cast<std::size_t>(previous)])
            : std::nullopt;
    m_audiences.clear();
    m_audienceChoice->Clear();
    if (m_context.caseRef.empty()) return;
    // With the screen shared, presenting the mediator's or one party's view
    // would show the others what they may not see.
    if (m_context.audience == Audience::Mediator) {
        m_audiences.push_back(domain::Audience::mediator());
        m_audienceChoice->Append(_("Mediator (confidential)"));
    }
    m_audiences.push_back(domain::Audience::allParties());
    m_audienceChoice->Append(_("All parties"));
    if (m_context.audience == Audience::Mediator)
        for (const auto& party : m_context.record.parties) {
            m_audiences.push_back(domain::Audience::party(party.no));
            m_audienceChoice->Append(wxString::Format(_("Only %s"), toWx(party.name)));
        }
    int selection = m_context.audience == Audience::Mediator ? 1 : 0;  // all parties
    for (std::size_t i = 0; i < m_audiences.size(); ++i)
        if (kept && m_audiences[i] == *kept) selection = static_cast<int>(i);
    m_audienceChoice->SetSelection(selection);
}

void InterestMapPage::choosePresentationAudience(const domain::Audience& audience) {
    for (std::size_t i = 0; i < m_audiences.size(); ++i)
        if (m_audiences[i] == audience) m_audienceChoice->SetSelection(static_cast<int>(i));
}

PresentationFrame* InterestMapPage::present() {
    const int selection = m_audienceChoice->GetSelection();
    if (m_context.caseRef.empty() || selection < 0) return nullptr;
    auto* frame =
        new PresentationFrame(wxGetTopLevelParent(this), m_context.record, m_audiences[static_cast<std::size_t>(selection)]);
    frame->Show();
    return frame;
}

void InterestMapPage::showZoom(double zoom) {
    m_zoom->SetLabel(wxString::Format("%ld %%", std::lround(zoom * 100)));
}

void InterestMapPage::exportAs(const wxString& title, const wxString& extension, const wxString& wildcard,
                               const std::function<std::string()>& bytes) {
    if (m_context.caseRef.empty()) return;
    const wxString suffix = m_context.audience == Audience::Mediator ? "-mediator" : "-parties";
    const auto path = chooseExportPath(title, toWx(m_context.caseRef) + "-interest-map" + suffix + extension, wildcard);
    if (!path) return;
    try {
        exchange::writeFileAtomically(*path, bytes());
        m_status->SetLabel(wxString::Format(_("Wrote %s"), toWx(*path)));
    } catch (...) {
        reportCurrentError(this, wxString::Format(_("The interest map could not be exported to %s"), toWx(*path)));
    }
}

void InterestMapPage::exportPng() {
    exportAs(_("Export the interest map as PNG"), ".png", _("PNG pictures (*.png)|*.png"),
             [this] { return report::interestMapPng(m_canvas->drawnLayout()); });
}

void InterestMapPage::exportSvg() {
    exportAs(_("Export the interest map as SVG"), ".svg", _("SVG drawings (*.svg)|*.svg"),
             [this] { return report::interestMapSvg(m_canvas->drawnLayout()); });
}

WorkspacePage* makeInterestMapPage(wxWindow* parent, WorkspaceContext& context) {
    return new InterestMapPage(parent, context);
}

}  // namespace cg::app
