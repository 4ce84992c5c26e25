#include "app/exposure_page.h"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/html/htmlwin.h>
#include <wx/spinctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/offer_chart.h"
#include "app/reference_catalogs.h"
#include "app/sections.h"
#include "app/view_html.h"
#include "app/workspace_context.h"
#include "domain/common_ground/bottom_line.h"
#include "domain/errors.h"

namespace cg::app {

namespace {

using namespace domain;

wxString rangeHtml(const MoneyRange& r) { return moneyHtml(r.low) + L" \u2013 " + moneyHtml(r.high); }

wxString carveOutsHtml(const std::vector<std::string>& carveOuts) {
    wxString text;
    for (const auto& c : carveOuts) text << (text.empty() ? "" : "; ") << toWx(c);
    return text.empty() ? HtmlBuilder::coloured(colours::kMuted, _("none")) : escapeHtml(text);
}

void addLosses(HtmlBuilder& page, const CaseRecord& record, const Exposure& e) {
    page.heading(wxString::Format(_("Losses and own insurance by party (%s)"), toWx(e.currency)));
    page.beginTable({_("Party"), _(L"Losses, low \u2013 high"), _("Direct"), _("Consequential"), _("Undetermined"),
                     _("Insurance pays"), _("Uninsured gap")},
                    {false, true, true, true, true, true, true});
    for (const auto& p : e.parties)
        page.row({HtmlBuilder::link("party", p.partyNo, partyName(record, p.partyNo)),
                  "<b>" + rangeHtml(p.losses.total) + "</b>", rangeHtml(p.losses.direct),
                  rangeHtml(p.losses.consequential), rangeHtml(p.losses.undetermined),
                  moneyHtml(p.insuredLow.paid) + L" \u2013 " + moneyHtml(p.insuredHigh.paid),
                  "<b>" + moneyHtml(p.insuredLow.gap) + L" \u2013 " + moneyHtml(p.insuredHigh.gap) + "</b>"});
    page.endTable();
    page.note(escapeHtml(_("Insurance: cyber and errors-and-omissions covers; paid = min(limit, max(0, loss - "
                           "deductible)), gap = loss - paid (the deductible is part of the gap).")));
}

void addCaps(HtmlBuilder& page, const CaseRecord& record, const Exposure& e) {
    page.heading(_("Liability caps"));
    if (e.caps.empty()) {
        page.paragraph(escapeHtml(_("No limitation-of-liability clause with a cap is recorded.")));
        return;
    }
    if (e.carveOutAsserted) page.paragraph("<b>" + escapeHtml(_("What-if: a carve-out is asserted.")) + "</b>");
    page.beginTable({_("Clause"), _("Limits"), _("Cap"), _("Carve-outs"), _("Claimant"), _(L"Recoverable, low \u2013 high")},
                    {false, false, true, false, false, true});
    for (const auto& c : e.caps) {
        const wxString clause = HtmlBuilder::link(
            "clause", c.clauseNo, wxString::Format(_("Clause %lld %s"), static_cast<long long>(c.clauseNo), toWx(c.section)));
        if (c.recoveries.empty())
            page.row({clause,
                      escapeHtml(c.obligatedPartyNo ? partyName(record, *c.obligatedPartyNo) : _("both (mutual)")),
                      moneyHtml(c.cap), carveOutsHtml(c.carveOuts), L"\u2014", L"\u2014"});
        for (const auto& r : c.recoveries)
            page.row({clause, escapeHtml(partyName(record, r.liableNo)), moneyHtml(c.cap), carveOutsHtml(c.carveOuts),
                      escapeHtml(partyName(record, r.claimantNo)), "<b>" + rangeHtml(r.recoverable) + "</b>"});
    }
    page.endTable();
    page.note(escapeHtml(_("Assumed: a limitation clause excludes consequential loss and caps the rest; losses of "
                           "undetermined type count as excluded at the low end and as direct at the high end.")));
}

void addPairs(HtmlBuilder& page, const CaseRecord& record, const Exposure& e) {
    page.heading(_("Each side's range and the zone of possible agreement"));
    if (e.pairs.empty()) {
        page.paragraph(escapeHtml(_("No blame claims recorded, so there is no claimant and respondent to compare.")));
        return;
    }
    page.beginTable({_("Claimant"), _("Respondent"), _("Largest claim"), _("Claimant's range"), _("Respondent's range"),
                     _("Zone of possible agreement")},
                    {false, false, true, true, true, false});
    for (const auto& p : e.pairs) {
        const wxString zone =
            p.zoneExists
                ? "<b>" + HtmlBuilder::coloured(colours::kSupported, toWx(p.zone.low.display()) + L" \u2013 " +
                                                                         toWx(p.zone.high.display())) +
                      "</b>"
                : "<b>" + HtmlBuilder::coloured(colours::kMissing,
                                                wxString::Format(_("none: a gap of %s"), toWx(p.gap.display()))) +
                      "</b>";
        page.row({escapeHtml(partyName(record, p.claimantNo)), escapeHtml(partyName(record, p.respondentNo)),
                  moneyHtml(p.claimed), rangeHtml(p.claimantRange), rangeHtml(p.respondentRange), zone});
    }
    page.endTable();
    page.note(escapeHtml(_("The zone runs from the claimant's low expectation (its recovery under the lowest "
                           "applicable cap at the low estimates) to the respondent's high exposure. It is a proxy "
                           "drawn from the records; the confidential bottom lines are the real limits.")));
}

void addOffers(HtmlBuilder& page, const CaseRecord& record, const Exposure& e) {
    page.heading(_("Offers over time"));
    if (e.offers.empty()) {
        page.paragraph(escapeHtml(_("No offers recorded.")));
        return;
    }
    page.beginTable({_("When"), _("Offer"), _("From"), _("To"), _("Amount"), _("Status")},
                    {false, false, false, false, true, false});
    for (const auto& o : e.offers)
        page.row({escapeHtml(toWx(o.madeAt.toString())),
                  HtmlBuilder::link("offer", o.offerNo, wxString::Format("%lld", static_cast<long long>(o.offerNo))),
                  escapeHtml(partyName(record, o.fromPartyNo)), escapeHtml(partyName(record, o.toPartyNo)),
                  moneyHtml(o.amount), escapeHtml(vocabularyLabel(o.status))});
    page.endTable();
}

void addFault(HtmlBuilder& page, const CaseRecord& record, const Exposure& e) {
    for (const auto& f : e.faultWhatIfs) {
        page.heading(wxString::Format(_("What-if: %s %d %% at fault against %s"), partyName(record, f.claimantNo),
                                      f.claimantFaultBasisPoints / 100, partyName(record, f.respondentNo)));
        page.note(escapeHtml(wxString::Format(_(L"Damages %s \u2013 %s."), toWx(f.damages.low.display()),
                                              toWx(f.damages.high.display()))));
        page.beginTable({_("Fault regime"), _("Barred"), _("Recovers at low"), _("Recovers at high")},
                        {false, false, true, true});
        for (std::size_t i = 0; i < f.atLow.size() && i < f.atHigh.size(); ++i)
            page.row({escapeHtml(toWx(f.atLow[i].regime.name)), f.atLow[i].barred ? _("yes") : _("no"),
                      moneyHtml(f.atLow[i].recovery), moneyHtml(f.atHigh[i].recovery)});
        page.endTable();
    }
}

// For the mediator's eyes only; the caller never builds it for a shared screen.
void addBottomLines(HtmlBuilder& page, const CaseRecord& record, const Exposure& e) {
    page.heading(confidentialBadge() + " " + _("Bottom-line check (mediator only)"));
    if (record.bottomLines.empty()) {
        page.paragraph(escapeHtml(_("No party has given a bottom line in caucus.")));
        return;
    }
    page.beginTable({_("Party"), _("Bottom line"), _("Amount"), _("Given on"), _("Note")},
                    {false, false, true, false, false});
    for (const auto& b : record.bottomLines)
        page.row({escapeHtml(partyName(record, b.partyNo)),
                  escapeHtml(b.stance == BottomLineStance::PaysAtMost ? _("pays at most") : _("accepts at least")),
                  moneyHtml(b.amount), escapeHtml(toWx(b.givenOn.toString())), escapeHtml(toWx(b.note))},
                 colours::kConfidential);
    page.endTable();
    for (const auto& p : e.pairs) {
        const wxString pair = wxString::Format(_("%s and %s:"), partyName(record, p.claimantNo),
                                               partyName(record, p.respondentNo));
        if (!p.bottomLines) {
            page.paragraph(escapeHtml(pair + " " +
                                      _("the check needs the claimant's least it will accept and the respondent's "
                                        "most it will pay.")));
            continue;
        }
        const BottomLineCheck& check = p.bottomLines->check;
        const wxString verdict =
            check.outcome == BottomLineCheck::Outcome::Overlap
                ? HtmlBuilder::coloured(colours::kSupported, wxString::Format(_("the bottom lines overlap by %s"),
                                                                              toWx(check.amount.display())))
                : HtmlBuilder::coloured(colours::kMissing, wxString::Format(_("the bottom lines are %s apart"),
                                                                            toWx(check.amount.display())));
        page.paragraph(escapeHtml(pair) + " <b>" + verdict + "</b> " +
                       escapeHtml(wxString::Format(_("(accepts at least %s, pays at most %s)"),
                                                   toWx(p.bottomLines->claimantAcceptsAtLeast.display()),
                                                   toWx(p.bottomLines->respondentPaysAtMost.display()))));
    }
}

}  // namespace

ExposurePage::ExposurePage(wxWindow* parent, WorkspaceContext& context, const LoadedCatalogs& catalogs)
    : m_context(context), m_catalogs(catalogs) {
    wxXmlResource::Get()->LoadPanel(this, parent, "ExposurePage");
    m_fault = formControl<wxSpinCtrl>(this, "fault");
    m_carveOut = formControl<wxCheckBox>(this, "carve_out");
    m_pair = formControl<wxChoice>(this, "pair");
    m_view = formControl<wxHtmlWindow>(this, "view");
    m_chart = new OfferChart(this);
    wxXmlResource::Get()->AttachUnknownControl("chart", m_chart, this);
    bindRecordLinks(m_view, *this);
    m_fault->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { refresh(); });
    m_carveOut->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { refresh(); });
    m_pair->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showChart(); });
}

wxString ExposurePage::title() const { return _("Exposure"); }

void ExposurePage::refresh() {
    const CaseRecord visible = caseForAudience(m_context);
    ExposureOptions options;
    options.carveOutAsserted = m_carveOut->GetValue();
    options.faultRegimes = m_catalogs.catalogs.faultRegimes;
    // Without the regimes of the catalog there is nothing to apply the share to.
    if (!options.faultRegimes.empty()) options.claimantFaultBasisPoints = m_fault->GetValue() * 100;
    m_fault->Enable(!options.faultRegimes.empty());
    HtmlBuilder page;
    page.title(_("Exposure"), toWx(visible.head.reference) + L" \u2014 " + toWx(visible.head.title));
    if (options.faultRegimes.empty())
        page.note(escapeHtml(_("The fault what-if needs the fault regimes of the reference catalogs, and none "
                               "were loaded.")));
    try {
        m_exposure = buildExposure(visible, options);
    } catch (const ValidationError& error) {
        m_exposure = {};
        page.paragraph(escapeHtml(toWx(error.what())));
    }
    addPairs(page, visible, m_exposure);
    // The mediator's own check sits under the ranges it tests; a shared screen never builds it.
    if (m_context.audience == Audience::Mediator) addBottomLines(page, visible, m_exposure);
    addLosses(page, visible, m_exposure);
    addCaps(page, visible, m_exposure);
    addOffers(page, visible, m_exposure);
    addFault(page, visible, m_exposure);
    page.note(escapeHtml(_("Amounts are in the case's currency. Nothing here is legal advice.")));
    showHtml(m_view, page.html());

    const int selected = std::max(0, m_pair->GetSelection());
    m_pair->Clear();
    for (const auto& p : m_exposure.pairs)
        m_pair->Append(wxString::Format(_(L"%s \u2192 %s"), partyName(visible, p.claimantNo),
                                        partyName(visible, p.respondentNo)));
    if (!m_exposure.pairs.empty())
        m_pair->SetSelection(std::min(selected, static_cast<int>(m_exposure.pairs.size()) - 1));
    m_pair->Enable(m_exposure.pairs.size() > 1);
    showChart();
    Layout();
}

void ExposurePage::showChart() {
    const int selected = m_pair->GetSelection();
    if (selected == wxNOT_FOUND || static_cast<std::size_t>(selected) >= m_exposure.pairs.size())
        m_chart->show(std::nullopt, {});
    else
        m_chart->show(m_exposure.pairs[static_cast<std::size_t>(selected)], m_exposure.offers);
}

wxString ExposurePage::shownText() const { return m_view->ToText(); }

}  // namespace cg::app
