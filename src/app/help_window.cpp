#include "app/help_window.h"

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/html/htmlwin.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "app/forms_location.h"
#include "app/inline_check.h"
#include "app/prompts.h"
#include "app/wx_text.h"

namespace cg::app {

namespace fs = std::filesystem;

namespace {
constexpr char kCaseLinkScheme[] = "cg:case/";
}  // namespace

fs::path locateHelp(const fs::path& executable) {
    return resources::locateFolder(executable, fs::path("data") / "help", kUserGuidePage,
                                   "The user guide");
}

std::optional<CaseSectionLink> parseCaseSectionLink(const wxString& href) {
    wxString rest;
    if (!href.StartsWith(kCaseLinkScheme, &rest)) return std::nullopt;
    // An href keeps "&amp;" when the HTML parser hands it over undecoded.
    rest.Replace("&amp;", "&");
    const wxString ref = rest.BeforeFirst('/'), section = rest.AfterFirst('/');
    if (ref.empty() || section.empty()) return std::nullopt;
    return CaseSectionLink{fromWx(ref), section};
}

HelpWindow::HelpWindow(wxWindow* parent) {
    wxXmlResource::Get()->LoadFrame(this, parent, "HelpWindow");
    m_html = formControl<wxHtmlWindow>(this, "page");
    m_html->SetRelatedFrame(this, _(L"%s \u2014 CommonGround Help"));

    auto* back = formControl<wxButton>(this, "back");
    auto* forward = formControl<wxButton>(this, "forward");
    auto* contents = formControl<wxButton>(this, "contents");
    auto* browser = formControl<wxButton>(this, "open_in_browser");
    back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_html->HistoryBack(); });
    forward->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_html->HistoryForward(); });
    contents->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showPage(m_folder, kUserGuidePage); });
    browser->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxString page = m_html->GetOpenedPage();
        if (!m_html->GetOpenedAnchor().empty()) page << "#" << m_html->GetOpenedAnchor();
        if (!wxLaunchDefaultBrowser(page))
            prompts().showError(
                this, {wxString::Format(_("Could not open %s in the web browser."), page),
                       {},
                       _("Open the file from your file manager, or set a default web browser.")});
    });
    back->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_html->HistoryCanBack()); });
    forward->Bind(wxEVT_UPDATE_UI,
                  [this](wxUpdateUIEvent& e) { e.Enable(m_html->HistoryCanForward()); });
    contents->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_folder.empty()); });
    // A page made in the program (the shortcut list) has no file to open.
    browser->Bind(wxEVT_UPDATE_UI,
                  [this](wxUpdateUIEvent& e) { e.Enable(!m_html->GetOpenedPage().empty()); });
    m_html->Bind(wxEVT_HTML_LINK_CLICKED, &HelpWindow::onLink, this);
    // Closing only hides the window, so its history is still there next time.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (e.CanVeto())
            Hide();
        else
            e.Skip();
    });
    SetSize(FromDIP(wxSize(760, 720)));
}

bool HelpWindow::showPage(const fs::path& folder, const std::string& page) {
    m_folder = folder;
    const std::string file = page.substr(0, page.find('#'));
    const std::string anchor =
        page.find('#') == std::string::npos ? "" : page.substr(page.find('#'));
    const fs::path path = folder / file;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) ||
        !m_html->LoadPage(wxFileName::FileNameToURL(toWx(path.string())) + toWx(anchor))) {
        prompts().showError(
            this, {wxString::Format(_("The help page %s could not be shown."), toWx(path.string())),
                   {},
                   _("The program's help files are incomplete; reinstall CommonGround.")});
        return false;
    }
    return true;
}

void HelpWindow::showGenerated(const wxString& title, const wxString& html) {
    m_html->SetPage(html);
    SetTitle(wxString::Format(_(L"%s \u2014 CommonGround Help"), title));
}

wxString HelpWindow::pageTitle() const { return m_html->GetOpenedPageTitle(); }

void HelpWindow::onLink(wxHtmlLinkEvent& event) {
    const wxString href = event.GetLinkInfo().GetHref();
    if (auto link = parseCaseSectionLink(href)) {
        if (onCaseSection) onCaseSection(*link);
        return;
    }
    if (href.StartsWith("http:") || href.StartsWith("https:") || href.StartsWith("mailto:")) {
        wxLaunchDefaultBrowser(href);
        return;
    }
    event.Skip();  // a page or an anchor of the guide: wxHtmlWindow follows it
}

}  // namespace cg::app
