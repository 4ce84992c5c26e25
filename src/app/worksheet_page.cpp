#include "app/worksheet_page.h"

#include <algorithm>
#include <unordered_map>

#include <wx/cmdproc.h>
#include <wx/html/htmlwin.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/record_commands.h"
#include "app/sections.h"
#include "app/view_html.h"
#include "app/workspace_context.h"
#include "domain/common_ground/preparation_sheet.h"
#include "domain/common_ground/worksheet.h"

namespace cg::app {

namespace {

using namespace domain;

constexpr const char* kConfirmPrefix = "confirm:";
constexpr const char* kMoreClaims = "more-claims:";
constexpr std::size_t kClaimsAtATime = 25;

class Descriptions {
public:
    explicit Descriptions(const CaseRecord& record) {
        for (const auto& i : record.interests) m_text[i.no] = &i.description;
    }
    wxString of(RecordNo no) const {
        const auto it = m_text.find(no);
        return it == m_text.end() ? wxString() : toWx(*it->second);
    }

private:
    std::unordered_map<RecordNo, const std::string*> m_text;
};

wxString interestCell(const Descriptions& d, const WorksheetInterest& i) {
    wxString cell = HtmlBuilder::link("interest", i.no, wxString::Format("%lld", static_cast<long long>(i.no))) +
                    " " + escapeHtml(d.of(i.no));
    if (isConfidential(i.visibility))
        cell = HtmlBuilder::coloured(colours::kMissing, confidentialBadge()) + " " + cell;
    return cell;
}

wxString interestLine(const Descriptions& d, const WorksheetInterest& i) {
    wxString meta = wxString::Format(_("%s, priority %d"), vocabularyLabel(i.category), i.priority);
    if (i.linkedFromClaim) meta << _(", linked to the claim");
    return interestCell(d, i) + " " + HtmlBuilder::coloured(colours::kMuted, "(" + meta + ")");
}

wxString interestList(const Descriptions& d, const std::vector<WorksheetInterest>& interests) {
    if (interests.empty()) return HtmlBuilder::coloured(colours::kMuted, _("none recorded"));
    wxString html;
    for (const auto& i : interests) html << interestLine(d, i) << "<br>";
    return html;
}

wxString numbersHtml(const std::string& kind, const RecordNos& nos) {
    wxString html;
    for (RecordNo no : nos)
        html << (html.empty() ? "" : ", ")
             << HtmlBuilder::link(kind, no, wxString::Format("%lld", static_cast<long long>(no)));
    return html;
}

void addCriteria(HtmlBuilder& page, const CaseRecord& record, const std::vector<ClauseCriterion>& clauses,
                 const std::vector<ControlCriterion>& controls) {
    page.subheading(_("Objective criteria"));
    if (clauses.empty() && controls.empty()) {
        page.note(escapeHtml(_("No clauses or failed controls are linked.")));
        return;
    }
    page.beginTable({_("Criterion"), _("Kind"), _("Obligates"), _("Cap"), _("Detail")}, {false, false, false, true});
    for (const auto& c : clauses) {
        wxString detail = escapeHtml(toWx(c.documentTitle));
        if (!c.carveOuts.empty()) {
            wxString carveOuts;
            for (const auto& co : c.carveOuts) carveOuts << (carveOuts.empty() ? "" : "; ") << toWx(co);
            detail << "<br>" << escapeHtml(wxString::Format(_("Carve-outs: %s"), carveOuts));
        }
        page.row({HtmlBuilder::link("clause", c.clauseNo,
                                    wxString::Format(_("Clause %lld %s"), static_cast<long long>(c.clauseNo),
                                                     toWx(c.section))),
                  escapeHtml(vocabularyLabel(c.kind)),
                  escapeHtml(c.obligatedPartyNo ? partyName(record, *c.obligatedPartyNo) : _("both / unspecified")),
                  c.capAmount ? moneyHtml(c.capAmount) : wxString(), detail});
    }
    for (const auto& c : controls)
        page.row({escapeHtml(toWx(c.key)), escapeHtml(_("failed control")), "", "",
                  escapeHtml(toWx(c.label)) + "<br>" + _("facts") + " " + numbersHtml("fact", c.factNos) + " " +
                      (c.allAgreed ? HtmlBuilder::coloured(colours::kSupported, _("agreed"))
                                   : HtmlBuilder::coloured(colours::kDisputed, _("disputed")))});
    page.endTable();
}

void addOptions(HtmlBuilder& page, const std::vector<ServingOption>& options) {
    page.subheading(_("Options"));
    if (options.empty()) {
        page.note(escapeHtml(_("No option serves these interests yet.")));
        return;
    }
    page.beginTable({_("No."), _("Kind"), _("Status"), _("Serves interests"), _("Option")});
    for (const auto& o : options)
        page.row({HtmlBuilder::link("option", o.optionNo, wxString::Format("%lld", static_cast<long long>(o.optionNo))),
                  escapeHtml(vocabularyLabel(o.kind)), escapeHtml(vocabularyLabel(o.status)),
                  numbersHtml("interest", o.servedInterestNos), escapeHtml(toWx(o.description))});
    page.endTable();
}

void addShared(HtmlBuilder& page, const Descriptions& d, const WorksheetRow& row) {
    page.subheading(_("Shared interests"));
    if (row.shared.empty()) {
        page.note(escapeHtml(_("None linked and none suggested.")));
        return;
    }
    page.beginTable({_("Accuser's interest"), _("Accused's interest"), _("Category"), _("Basis"), ""});
    for (const auto& s : row.shared) {
        wxString basis;
        wxString action;
        if (s.suggested) {
            wxString words;
            for (const auto& w : s.commonWords) words << (words.empty() ? "" : ", ") << toWx(w);
            basis = "<b>" + escapeHtml(_("Suggested")) + "</b> " +
                    escapeHtml(wxString::Format(_("(%d %% word overlap: %s)"), s.scorePercent, words));
            action = HtmlBuilder::button(wxString::Format("%s%lld:%lld:%lld", kConfirmPrefix,
                                                          static_cast<long long>(row.claimNo),
                                                          static_cast<long long>(s.accuserInterestNo),
                                                          static_cast<long long>(s.accusedInterestNo)),
                                         _("Confirm"));
        } else {
            basis = HtmlBuilder::coloured(colours::kSupported, _("linked by the mediator"));
        }
        const auto cell = [&](RecordNo no) {
            return HtmlBuilder::link("interest", no, wxString::Format("%lld", static_cast<long long>(no))) + " " +
                   escapeHtml(d.of(no));
        };
        page.row({cell(s.accuserInterestNo), cell(s.accusedInterestNo), escapeHtml(vocabularyLabel(s.category)),
                  basis, action},
                 s.suggested ? wxString(colours::kSuggested) : wxString());
    }
    page.endTable();
}

void addClaim(HtmlBuilder& page, const CaseRecord& record, const Descriptions& d, const WorksheetRow& row) {
    page.heading(wxString::Format(_("Claim %lld: %s blames %s"), static_cast<long long>(row.claimNo),
                                  partyName(record, row.accuserNo), partyName(record, row.accusedNo)));
    page.paragraph(HtmlBuilder::link("claim", row.claimNo, vocabularyLabel(row.basis)) + " &middot; " +
                   escapeHtml(wxString::Format(_("claimed %s"), row.amountClaimed ? toWx(row.amountClaimed->display())
                                                                                 : wxString(L"\u2014"))) +
                   "<br><i>" + escapeHtml(toWx(row.allegation)) + "</i>");
    wxString accusedPositions;
    for (const auto& p : row.accusedPositions) accusedPositions << escapeHtml(toWx(p)) << "<br>";
    if (accusedPositions.empty())
        accusedPositions = HtmlBuilder::coloured(colours::kMuted, _("No counter-claim records one."));
    page.beginTable({wxString::Format(_("Accuser: %s"), partyName(record, row.accuserNo)),
                     wxString::Format(_("Accused: %s"), partyName(record, row.accusedNo))});
    page.row({"<b>" + escapeHtml(_("Position")) + "</b><br>" +
                  (row.accuserPosition.empty() ? wxString(L"\u2014") : escapeHtml(toWx(row.accuserPosition))),
              "<b>" + escapeHtml(_("Position")) + "</b><br>" + accusedPositions},
             "#ffffff");
    page.row({"<b>" + escapeHtml(_("Interests")) + "</b><br>" + interestList(d, row.accuserInterests),
              "<b>" + escapeHtml(_("Interests")) + "</b><br>" + interestList(d, row.accusedInterests)},
             "#ffffff");
    page.endTable();
    addShared(page, d, row);
    addCriteria(page, record, row.clauses, row.controls);
    addOptions(page, row.options);
    page.subheading(_("Interests no option serves yet"));
    if (row.unservedInterestNos.empty()) {
        page.note(escapeHtml(_("None: every involved interest is served by an option.")));
    } else {
        wxString list;
        for (RecordNo no : row.unservedInterestNos)
            list << HtmlBuilder::link("interest", no, wxString::Format("%lld", static_cast<long long>(no))) << " "
                 << escapeHtml(d.of(no)) << "<br>";
        page.paragraph(list);
    }
}

wxString claimsHtml(const CaseRecord& visible, const Worksheet& worksheet, std::size_t shown) {
    HtmlBuilder page;
    page.title(_("Shared-interest worksheet"),
               toWx(visible.head.reference) + L" \u2014 " + toWx(visible.head.title));
    page.note(escapeHtml(_("Suggested shared interests come from category and wording; they await your "
                           "confirmation before they count as common ground.")));
    if (worksheet.rows.empty()) page.paragraph(escapeHtml(_("No blame claims recorded, so the worksheet has no rows.")));
    const Descriptions d(visible);
    for (std::size_t i = 0; i < worksheet.rows.size() && i < shown; ++i) addClaim(page, visible, d, worksheet.rows[i]);
    if (shown < worksheet.rows.size()) {
        const std::size_t next = std::min(kClaimsAtATime, worksheet.rows.size() - shown);
        page.paragraph("<a href=\"" + wxString(kMoreClaims) + "\">" +
                       escapeHtml(wxString::Format(_("Show the next %zu of %zu claims"), next,
                                                   worksheet.rows.size() - shown)) +
                       "</a>");
    }
    return page.html();
}

// The sheet holds only the alternatives its party may see (the domain drops
// the mediator's own estimates); in mediator mode they are marked, since no
// alternative is ever for everyone.
void addAlternatives(HtmlBuilder& page, const PreparationSheet& sheet, Audience audience) {
    if (sheet.alternatives.empty()) {
        page.note(escapeHtml(_("None recorded.")));
        return;
    }
    if (audience == Audience::Mediator) page.paragraph(HtmlBuilder::coloured(colours::kMissing, confidentialBadge()));
    page.beginTable({_("Kind"), _("Alternative"), _("Value"), _("Likelihood")}, {false, false, true, true});
    for (const SheetAlternative& a : sheet.alternatives)
        page.row({"<b>" + escapeHtml(a.kind == AlternativeKind::Batna ? _("BATNA") : _("WATNA")) + "</b>",
                  HtmlBuilder::link("alternative", a.no, wxString::Format("%lld", static_cast<long long>(a.no))) +
                      " " + escapeHtml(toWx(a.description)),
                  moneyHtml(a.value), wxString::Format("%d %%", a.likelihoodPercent)});
    page.endTable();
}

wxString sheetHtml(const CaseRecord& visible, const PreparationSheet& sheet, Audience audience) {
    const Descriptions d(visible);
    HtmlBuilder page;
    page.title(wxString::Format(_("Preparation sheet for %s"), partyName(visible, sheet.partyNo)),
               _("Interests, alternatives, options and criteria, in the style of the PON seven-elements worksheet."));
    page.heading(_("Its interests"));
    page.paragraph(interestList(d, sheet.ownInterests));
    page.heading(_("Other parties' interests"));
    page.paragraph(interestList(d, sheet.otherInterests));
    page.heading(_("Stakeholders beyond the two sides"));
    if (sheet.absentStakeholders.empty()) {
        page.note(escapeHtml(_("None recorded.")));
    } else {
        wxString list;
        for (const auto& s : sheet.absentStakeholders)
            list << "<b>" << escapeHtml(toWx(s.who)) << "</b> &mdash; " << escapeHtml(toWx(s.why)) << "<br>";
        page.paragraph(list);
    }
    page.heading(_("Alternatives (BATNA / WATNA)"));
    addAlternatives(page, sheet, audience);
    page.heading(_("Options and criteria"));
    addOptions(page, sheet.options);
    addCriteria(page, visible, sheet.clauses, sheet.controls);
    return page.html();
}

}  // namespace

WorksheetPage::WorksheetPage(wxWindow* parent, WorkspaceContext& context) : m_context(context) {
    wxXmlResource::Get()->LoadPanel(this, parent, "WorksheetPage");
    m_notebook = formControl<wxNotebook>(this, "sheets");
    m_claims = formControl<wxHtmlWindow>(this, "claims");
    bindRecordLinks(m_claims, *this, [this](const wxString& href) { onLink(href); });
    m_notebook->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        if (event.GetSelection() > 0) fillSheet(static_cast<std::size_t>(event.GetSelection()) - 1);
        event.Skip();
    });
}

wxString WorksheetPage::title() const { return _("Worksheet"); }

void WorksheetPage::refresh() {
    m_visible = caseForAudience(m_context);
    m_worksheet = buildWorksheet(m_visible);
    m_claimsShown = std::max(m_claimsShown, kClaimsAtATime);
    showClaims();
    rebuildSheetTabs(m_visible.parties.size());
    m_sheetFilled.assign(m_sheets.size(), false);
    for (std::size_t i = 0; i < m_visible.parties.size(); ++i)
        m_notebook->SetPageText(i + 1, toWx(m_visible.parties[i].name));
    const int selected = m_notebook->GetSelection();
    if (selected > 0) fillSheet(static_cast<std::size_t>(selected) - 1);
}

void WorksheetPage::showClaims() { showHtml(m_claims, claimsHtml(m_visible, m_worksheet, m_claimsShown)); }

void WorksheetPage::fillSheet(std::size_t index) {
    if (index >= m_sheets.size() || m_sheetFilled[index]) return;
    m_sheetFilled[index] = true;
    const Party& party = m_visible.parties.at(index);
    showHtml(m_sheets[index], sheetHtml(m_visible, buildPreparationSheet(m_visible, party.no), m_context.audience));
}

void WorksheetPage::rebuildSheetTabs(std::size_t count) {
    while (m_sheets.size() > count) {
        m_notebook->DeletePage(m_sheets.size());
        m_sheets.pop_back();
    }
    while (m_sheets.size() < count) {
        auto* sheet = new wxHtmlWindow(m_notebook, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
        bindRecordLinks(sheet, *this);
        m_notebook->AddPage(sheet, wxString());
        m_sheets.push_back(sheet);
    }
}

void WorksheetPage::onLink(const wxString& href) {
    if (href == kMoreClaims) {
        m_claimsShown += kClaimsAtATime;
        showClaims();
        return;
    }
    if (!href.StartsWith(kConfirmPrefix)) return;
    const wxArrayString parts = wxSplit(href.Mid(wxStrlen(kConfirmPrefix)), ':');
    long long numbers[3] = {0, 0, 0};
    if (parts.size() != 3) return;
    for (std::size_t i = 0; i < 3; ++i)
        if (!parts[i].ToLongLong(&numbers[i])) return;
    confirmSuggestion(numbers[0], numbers[1], numbers[2]);
}

void WorksheetPage::confirmSuggestion(RecordNo claimNo, RecordNo accuserInterestNo, RecordNo accusedInterestNo) {
    // The stored claim, not the filtered one: its links to interests this
    // audience may not see must survive the edit.
    const auto& claims = m_context.record.claims;
    const auto it = std::find_if(claims.begin(), claims.end(), [&](const BlameClaim& c) { return c.no == claimNo; });
    if (it == claims.end()) return;
    BlameClaim after = *it;
    for (RecordNo no : {accuserInterestNo, accusedInterestNo})
        if (std::find(after.interestNos.begin(), after.interestNos.end(), no) == after.interestNos.end())
            after.interestNos.push_back(no);
    if (after.interestNos == it->interestNos) return;
    using Change = RecordChange<BlameClaim>;
    m_context.commands.Submit(
        new Change(m_context.db, m_context.listener, m_context.caseRef, Change::Action::Update, *it, after,
                   store::RecordRepository<BlameClaim>::loadedVersion(m_context.stamps, it->no)));
}

wxString WorksheetPage::shownText() {
    for (std::size_t i = 0; i < m_sheets.size(); ++i) fillSheet(i);
    wxString text = m_claims->ToText();
    for (wxHtmlWindow* sheet : m_sheets) text << "\n" << sheet->ToText();
    return text;
}

}  // namespace cg::app
