#pragma once
// What the analysis pages (worksheet, responsibility, exposure) share: the
// case as the workspace's audience may see it, and the HTML their
// wxHtmlWindows show. wxHtmlWindow knows no CSS, so the calm look (muted
// headings, light rules, numbers right-aligned) is spelled out here once.
// Links name records as "record:KIND:NO" so any page can open them.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <wx/string.h>

#include "app/audience.h"
#include "domain/case_record.h"
#include "domain/common_ground/audience.h"

class wxHtmlWindow;

namespace cg::app {

struct WorkspaceContext;
class WorkspacePage;

// The case through the domain's audience filter. Alternatives and bottom
// lines are kept for the mediator only: a BATNA is never Everyone and a
// bottom line is the mediator's alone, so a shared screen shows neither.
domain::CaseRecord caseForAudience(const WorkspaceContext& context);

// "record:claim:3" for a link; the kind and number back from an href.
wxString recordHref(const std::string& kind, domain::RecordNo no);
std::optional<std::pair<std::string, domain::RecordNo>> parseRecordHref(const wxString& href);

// "Bridgeview Managed IT Services, Inc. (2)", as the CLI's views name parties.
wxString partyName(const domain::CaseRecord& record, domain::RecordNo partyNo);

wxString escapeHtml(const wxString& text);
wxString moneyHtml(const domain::Money& money);
wxString moneyHtml(const std::optional<domain::Money>& money);  // "—" when absent

// Builds one page of HTML.
class HtmlBuilder {
public:
    HtmlBuilder();

    void title(const wxString& text, const wxString& subtitle);
    void heading(const wxString& text);
    void subheading(const wxString& text);
    void paragraph(const wxString& html);
    void note(const wxString& html);  // small grey text
    void rule();

    // A table whose cells are already HTML; numeric columns align right.
    void beginTable(const std::vector<wxString>& headers, const std::vector<bool>& numeric = {});
    void row(const std::vector<wxString>& cells, const wxString& background = {});
    void endTable();

    void raw(const wxString& html) { m_html << html; }
    wxString html() const { return m_html + "</body></html>"; }

    // A link to a record, its text escaped.
    static wxString link(const std::string& kind, domain::RecordNo no, const wxString& text);
    // A link drawn as a small button (wxHtmlWindow cannot host a real one in a table).
    static wxString button(const wxString& href, const wxString& text);
    // Text in a colour, escaped.
    static wxString coloured(const wxString& colour, const wxString& text);

private:
    wxString m_html;
    std::vector<bool> m_numeric;
    bool m_shade = false;
};

// Shows new HTML where the reader was (a refresh after a confirmation must
// not jump back to the top), and hands "record:" links to the page's
// onOpenRecord; other links go to otherLink.
void showHtml(wxHtmlWindow* window, const wxString& html);
void bindRecordLinks(wxHtmlWindow* window, WorkspacePage& page,
                     std::function<void(const wxString& href)> otherLink = {});

// Colours shared by the pages: calm, and readable by the colour-blind
// (green and orange of the Okabe–Ito palette, darkened for text).
namespace colours {
inline constexpr const char* kMuted = "#5f6368";
inline constexpr const char* kSupported = "#00704f";
inline constexpr const char* kDisputed = "#a35200";
inline constexpr const char* kMissing = "#8a1c1c";
inline constexpr const char* kSuggested = "#fff6e0";
inline constexpr const char* kConfidential = "#fdecea";
}  // namespace colours

}  // namespace cg::app
