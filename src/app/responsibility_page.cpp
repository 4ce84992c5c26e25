#include "app/responsibility_page.h"

#include <wx/html/htmlwin.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/sections.h"
#include "app/view_html.h"
#include "app/workspace_context.h"
#include "domain/common_ground/negligence_elements.h"
#include "domain/common_ground/responsibility_matrix.h"

namespace cg::app {

namespace {

using namespace domain;

wxString standingHtml(FactStanding standing) {
    return standing == FactStanding::Agreed ? HtmlBuilder::coloured(colours::kSupported, _("agreed"))
                                            : HtmlBuilder::coloured(colours::kDisputed, _("disputed"));
}

wxString factsHtml(const std::vector<FactEntry>& facts) {
    wxString html;
    for (const auto& f : facts)
        html << (html.empty() ? "" : ", ")
             << HtmlBuilder::link("fact", f.factNo,
                                  wxString::Format(_("fact %lld"), static_cast<long long>(f.factNo)))
             << " " << standingHtml(f.standing);
    return html;
}

wxString cellHtml(const MatrixCell& cell) {
    wxString html;
    for (const auto& c : cell.responsibleUnder)
        html << "<b>" << escapeHtml(_("Responsible under")) << "</b> "
             << HtmlBuilder::link("clause", c.clauseNo, toWx(c.section)) << " "
             << HtmlBuilder::coloured(colours::kMuted, "(" + vocabularyLabel(c.kind) + ")") << "<br>";
    if (!cell.recommendationsMade.empty())
        html << escapeHtml(_("Recommended:")) << " " << factsHtml(cell.recommendationsMade) << "<br>";
    if (!cell.recommendationsDeclined.empty())
        html << escapeHtml(_("Declined:")) << " " << factsHtml(cell.recommendationsDeclined) << "<br>";
    if (!cell.facts.empty()) html << escapeHtml(_("Asserts:")) << " " << factsHtml(cell.facts);
    if (html.empty()) html = HtmlBuilder::coloured(colours::kMuted, L"\u2014");
    return html;
}

wxString supportHtml(const ElementFinding& e) {
    wxString html;
    switch (e.support) {
        case ElementSupport::SupportedByAgreedFacts:
            html = "<b>" + HtmlBuilder::coloured(colours::kSupported, L"\u2713 " + _("supported")) + "</b>";
            break;
        case ElementSupport::Disputed:
            html = "<b>" + HtmlBuilder::coloured(colours::kDisputed, L"\u2248 " + _("disputed")) + "</b>";
            break;
        case ElementSupport::Missing:
            html = "<b>" + HtmlBuilder::coloured(colours::kMissing, L"\u2717 " + _("missing")) + "</b>";
            break;
    }
    const auto add = [&html](const std::string& kind, const wxString& what, const RecordNos& nos) {
        if (nos.empty()) return;
        html << "<br><font size=\"-1\">" << escapeHtml(what) << " ";
        for (std::size_t i = 0; i < nos.size(); ++i)
            html << (i ? ", " : "")
                 << HtmlBuilder::link(kind, nos[i], wxString::Format("%lld", static_cast<long long>(nos[i])));
        html << "</font>";
    };
    add("clause", _("clauses"), e.clauseNos);
    add("fact", _("facts"), e.factNos);
    add("loss", _("loss estimates"), e.lossNos);
    return html;
}

wxString matrixHtml(const CaseRecord& visible) {
    const ResponsibilityMatrix matrix = buildResponsibilityMatrix(visible);
    HtmlBuilder page;
    page.title(_("Responsibility matrix"), toWx(visible.head.reference) + L" \u2014 " + toWx(visible.head.title));
    page.heading(_(L"Failed controls \u00d7 parties"));
    page.note(escapeHtml(
        _("Each cell shows the clauses that made the party responsible for the control, the recommendations it "
          "documented or declined, and the facts it asserts, agreed or disputed. The case records who asserts a "
          "fact, not whom it concerns.")));
    if (matrix.rows.empty()) {
        page.paragraph(escapeHtml(_("No fact names a failed control, so the matrix has no rows.")));
    } else {
        std::vector<wxString> headers{_("Control")};
        for (RecordNo partyNo : matrix.partyNos) headers.push_back(partyName(visible, partyNo));
        page.beginTable(headers);
        for (const auto& row : matrix.rows) {
            wxString control = "<b>" + escapeHtml(toWx(row.key)) + "</b><br>" + escapeHtml(toWx(row.label));
            control << "<br><font size=\"-1\">"
                    << escapeHtml(row.recommendationDocumented
                                      ? (row.recommendationDeclined ? _("recommendation documented and declined")
                                                                    : _("recommendation documented"))
                                      : _("no recommendation documented"))
                    << "</font>";
            std::vector<wxString> cells{control};
            for (const auto& cell : row.cells) cells.push_back(cellHtml(cell));
            page.row(cells);
        }
        page.endTable();
    }

    page.heading(_("Negligence elements per claim"));
    page.note(escapeHtml(_("Supported: rests on an agreed fact or a clause. Disputed: only disputed facts or one "
                           "side's loss estimates. Missing: nothing linked.")));
    const auto elements = assessNegligenceElements(visible);
    if (elements.empty()) {
        page.paragraph(escapeHtml(_("No blame claims recorded.")));
        return page.html();
    }
    page.beginTable({_("Claim"), _("Duty"), _("Breach"), _("Causation"), _("Damages")});
    for (const auto& e : elements)
        page.row({HtmlBuilder::link("claim", e.claimNo,
                                    wxString::Format(_("Claim %lld"), static_cast<long long>(e.claimNo))) +
                      "<br><font size=\"-1\">" +
                      escapeHtml(wxString::Format(_("%s blames %s"), partyName(visible, e.accuserNo),
                                                  partyName(visible, e.accusedNo))) +
                      "<br>" + escapeHtml(vocabularyLabel(e.basis)) + "</font>",
                  supportHtml(e.duty), supportHtml(e.breach), supportHtml(e.causation), supportHtml(e.damages)});
    page.endTable();
    return page.html();
}

}  // namespace

ResponsibilityPage::ResponsibilityPage(wxWindow* parent, WorkspaceContext& context) : m_context(context) {
    wxXmlResource::Get()->LoadPanel(this, parent, "ResponsibilityPage");
    m_view = formControl<wxHtmlWindow>(this, "view");
    bindRecordLinks(m_view, *this);
}

wxString ResponsibilityPage::title() const { return _("Responsibility"); }

void ResponsibilityPage::refresh() { showHtml(m_view, matrixHtml(caseForAudience(m_context))); }

wxString ResponsibilityPage::shownText() const { return m_view->ToText(); }

}  // namespace cg::app
