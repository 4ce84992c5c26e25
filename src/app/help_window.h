#pragma once
// The help window (forms/help_window.xrc): the bundled user guide, the start
// page and the keyboard-shortcut list in a wxHtmlWindow with Back, Forward
// and Open in browser. It is modeless, so reading the guide never blocks the
// case beside it, nor an unattended run. Links to the web open in the
// browser; "cg:case/REF/SECTION" links (the start page's) are handed to
// onCaseSection, which opens that section of that case in the main window.
#include <wx/frame.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

class wxHtmlWindow;
class wxHtmlLinkEvent;

namespace cg::app {

// The folder of the bundled help pages (data/help), found beside the program
// like the forms. Throws MissingResource naming the places searched.
std::filesystem::path locateHelp(const std::filesystem::path& executable);

inline constexpr char kUserGuidePage[] = "user-guide.html";
inline constexpr char kStartPage[] = "start-here.html";

// A link into a case: "cg:case/CG-2026-0001/Facts & timeline".
struct CaseSectionLink {
    std::string caseRef;
    wxString section;  // the section's English title, as in --section
};
// The link's case and section, or nothing when href is not a cg:case link.
std::optional<CaseSectionLink> parseCaseSectionLink(const wxString& href);

class HelpWindow : public wxFrame {
public:
    explicit HelpWindow(wxWindow* parent);

    // Shows a page of the help folder (a file name, optionally "#anchor").
    // False, with the reason in the status bar, when the page cannot be read.
    bool showPage(const std::filesystem::path& folder, const std::string& page);
    // Shows a page made in the program (the shortcut list).
    void showGenerated(const wxString& title, const wxString& html);

    wxHtmlWindow& html() { return *m_html; }
    wxString pageTitle() const;

    std::function<void(const CaseSectionLink&)> onCaseSection;

private:
    void onLink(wxHtmlLinkEvent& event);
    void showTitle();

    wxHtmlWindow* m_html = nullptr;
    std::filesystem::path m_folder;
};

}  // namespace cg::app
