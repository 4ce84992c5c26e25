#include "app/view_html.h"

#include <wx/html/htmlwin.h>
#include <wx/intl.h>

#include "app/workspace_context.h"
#include "app/workspace_page.h"
#include "app/wx_text.h"

namespace cg::app {

domain::CaseRecord caseForAudience(const WorkspaceContext& context) {
    domain::CaseRecord visible = domain::visibleTo(context.record, domainAudience(context.audience));
    if (context.audience != Audience::Mediator) {
        std::erase_if(visible.alternatives,
                      [](const domain::Alternative& a) { return isConfidential(a.visibility); });
        visible.bottomLines.clear();
    }
    return visible;
}

void showHtml(wxHtmlWindow* window, const wxString& html) {
    int x = 0;
    int y = 0;
    window->GetViewStart(&x, &y);
    window->Freeze();
    window->SetPage(html);
    window->Scroll(x, y);
    window->Thaw();
}

void bindRecordLinks(wxHtmlWindow* window, WorkspacePage& page, std::function<void(const wxString& href)> otherLink) {
    window->Bind(wxEVT_HTML_LINK_CLICKED, [&page, otherLink](wxHtmlLinkEvent& event) {
        const wxString href = event.GetLinkInfo().GetHref();
        if (const auto record = parseRecordHref(href)) {
            if (page.onOpenRecord) page.onOpenRecord(record->first, record->second);
        } else if (otherLink) {
            otherLink(href);
        }
    });
}

wxString recordHref(const std::string& kind, domain::RecordNo no) {
    return wxString::Format("record:%s:%lld", toWx(kind), static_cast<long long>(no));
}

std::optional<std::pair<std::string, domain::RecordNo>> parseRecordHref(const wxString& href) {
    if (!href.StartsWith("record:")) return std::nullopt;
    const wxString rest = href.Mid(7);
    const int colon = rest.Find(':', true);
    long long no = 0;
    if (colon == wxNOT_FOUND || !rest.Mid(colon + 1).ToLongLong(&no) || no <= 0) return std::nullopt;
    return std::make_pair(fromWx(rest.Left(colon)), static_cast<domain::RecordNo>(no));
}

wxString partyName(const domain::CaseRecord& record, domain::RecordNo partyNo) {
    const domain::Party* party = record.findParty(partyNo);
    return wxString::Format("%s (%lld)", party ? toWx(party->name) : wxString(_("missing party")),
                            static_cast<long long>(partyNo));
}

wxString escapeHtml(const wxString& text) {
    wxString out;
    out.reserve(text.length());
    for (const wxUniChar c : text) {
        switch (c.GetValue()) {
            case '&': out << "&amp;"; break;
            case '<': out << "&lt;"; break;
            case '>': out << "&gt;"; break;
            case '"': out << "&quot;"; break;
            case '\n': out << "<br>"; break;
            default: out << c;
        }
    }
    return out;
}

// Kept on one line: "USD" alone above its figure reads as a different amount.
wxString moneyHtml(const domain::Money& money) {
    wxString html = escapeHtml(toWx(money.display()));
    html.Replace(" ", "&nbsp;");
    return html;
}

wxString moneyHtml(const std::optional<domain::Money>& money) {
    return money ? moneyHtml(*money) : wxString(L"\u2014");
}

HtmlBuilder::HtmlBuilder() { m_html << "<html><body bgcolor=\"#ffffff\" text=\"#202124\">"; }

void HtmlBuilder::title(const wxString& text, const wxString& subtitle) {
    m_html << "<font size=\"+2\"><b>" << escapeHtml(text) << "</b></font><br>";
    if (!subtitle.empty()) m_html << "<font color=\"" << colours::kMuted << "\">" << escapeHtml(subtitle) << "</font>";
    m_html << "<br>";
}

void HtmlBuilder::heading(const wxString& text) {
    m_html << "<br><br><font size=\"+1\" color=\"#1a3c5a\"><b>" << escapeHtml(text) << "</b></font><br>";
}

void HtmlBuilder::subheading(const wxString& text) {
    m_html << "<p><b><font color=\"#3c4043\">" << escapeHtml(text) << "</font></b></p>";
}

void HtmlBuilder::paragraph(const wxString& html) { m_html << "<p>" << html << "</p>"; }

void HtmlBuilder::note(const wxString& html) {
    m_html << "<p><font size=\"-1\" color=\"" << colours::kMuted << "\">" << html << "</font></p>";
}

void HtmlBuilder::rule() { m_html << "<hr size=\"1\" noshade>"; }

void HtmlBuilder::beginTable(const std::vector<wxString>& headers, const std::vector<bool>& numeric) {
    m_numeric = numeric;
    m_numeric.resize(headers.size(), false);
    m_shade = false;
    m_html << "<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr bgcolor=\"#eef1f4\">";
    for (std::size_t i = 0; i < headers.size(); ++i)
        m_html << "<th align=\"" << (m_numeric[i] ? "right" : "left") << "\" valign=\"bottom\"><font size=\"-1\">"
               << escapeHtml(headers[i]) << "</font></th>";
    m_html << "</tr>";
}

void HtmlBuilder::row(const std::vector<wxString>& cells, const wxString& background) {
    // Alternate rows are tinted very lightly so a long row can be followed across.
    const wxString bg = !background.empty() ? background : wxString(m_shade ? "#f8f9fa" : "#ffffff");
    m_shade = !m_shade;
    m_html << "<tr bgcolor=\"" << bg << "\">";
    for (std::size_t i = 0; i < cells.size(); ++i)
        m_html << "<td valign=\"top\" align=\"" << (i < m_numeric.size() && m_numeric[i] ? "right" : "left")
               << "\">" << cells[i] << "</td>";
    m_html << "</tr>";
}

void HtmlBuilder::endTable() { m_html << "</table>"; }

wxString HtmlBuilder::link(const std::string& kind, domain::RecordNo no, const wxString& text) {
    return "<a href=\"" + recordHref(kind, no) + "\">" + escapeHtml(text) + "</a>";
}

wxString HtmlBuilder::button(const wxString& href, const wxString& text) {
    return "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" bgcolor=\"#e8f0fe\"><tr><td><a href=\"" + href +
           "\"><b>" + escapeHtml(text) + "</b></a></td></tr></table>";
}

wxString HtmlBuilder::coloured(const wxString& colour, const wxString& text) {
    return "<font color=\"" + colour + "\">" + escapeHtml(text) + "</font>";
}

}  // namespace cg::app
