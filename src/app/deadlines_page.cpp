#include "app/deadlines_page.h"

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/html/htmlwin.h>
#include <wx/xrc/xmlres.h>

#include "app/inline_check.h"
#include "app/record_pickers.h"
#include "app/reference_catalogs.h"
#include "app/sections.h"
#include "app/view_html.h"
#include "app/workspace_context.h"
#include "domain/deadlines/deadline_engine.h"

namespace cg::app {

namespace {

using namespace domain;

wxString statusHtml(const Deadline& d) {
    switch (d.status) {
        case DeadlineStatus::Met: {
            wxString text = d.noticeOn ? wxString::Format(_("met on %s"), toWx(d.noticeOn->toString())) : _("met");
            wxString html = "<b>" + HtmlBuilder::coloured(colours::kSupported, L"\u2713 " + text) + "</b>";
            if (d.noticeFactNo)
                html << " (" << HtmlBuilder::link("fact", *d.noticeFactNo,
                                                  wxString::Format(_("fact %lld"), static_cast<long long>(*d.noticeFactNo)))
                     << ")";
            return html;
        }
        case DeadlineStatus::Missed: {
            const wxString text =
                d.minutesLate > 0 && d.days == 0
                    ? wxString::Format(wxPLURAL("missed by %lld minute", "missed by %lld minutes", d.minutesLate),
                                       static_cast<long long>(d.minutesLate))
                    : wxString::Format(wxPLURAL("missed by %d day", "missed by %d days", d.days), d.days);
            wxString html = "<b>" + HtmlBuilder::coloured(colours::kMissing, L"\u2717 " + text) + "</b>";
            if (d.noticeFactNo)
                html << " (" << HtmlBuilder::link("fact", *d.noticeFactNo,
                                                  wxString::Format(_("fact %lld"), static_cast<long long>(*d.noticeFactNo)))
                     << ")";
            return html;
        }
        case DeadlineStatus::DueIn:
            return "<b>" +
                   HtmlBuilder::coloured(colours::kDisputed,
                                         d.days == 0 ? _("due today")
                                                     : wxString::Format(wxPLURAL("due in %d day", "due in %d days", d.days),
                                                                        d.days)) +
                   "</b>";
        case DeadlineStatus::Overdue:
            return "<b>" +
                   HtmlBuilder::coloured(colours::kMissing,
                                         wxString::Format(wxPLURAL("overdue by %d day", "overdue by %d days", d.days),
                                                          d.days)) +
                   "</b>";
        case DeadlineStatus::NotRequired:
            return HtmlBuilder::coloured(colours::kMuted, _("not required"));
        case DeadlineStatus::NoComputedDate:
            return HtmlBuilder::coloured(colours::kMuted, _("no date computed"));
    }
    return {};
}

wxString noteText(const Deadline& d) {
    wxString text;
    const auto add = [&text](const std::string& part) { text << (text.empty() ? "" : "; ") << toWx(part); };
    if (d.status == DeadlineStatus::NotRequired)
        add(d.counting);
    else if (d.threshold && d.countCompared)
        add(fromWx(wxString::Format(_("threshold %s met by %lld"), toWx(d.threshold->describe()),
                                    static_cast<long long>(*d.countCompared))));
    if (d.triggerText.find("taken as") != std::string::npos) add(d.triggerText);
    for (const auto& n : d.notes) add(n);
    return text;
}

wxString incidentHtml(const IncidentFacts& f) {
    wxString html;
    html << "<b>" << escapeHtml(_("Discovery:")) << "</b> ";
    if (f.discovery)
        html << escapeHtml(toWx(f.discovery->toString())) << " ("
             << HtmlBuilder::link("fact", f.discoveryFactNo,
                                  wxString::Format(_("fact %lld"), static_cast<long long>(f.discoveryFactNo)))
             << ")";
    else
        html << escapeHtml(_("not recorded"));
    html << " &middot; <b>" << escapeHtml(_("Records affected:")) << "</b> "
         << (f.recordsAffected ? wxString::Format("%lld", static_cast<long long>(*f.recordsAffected))
                               : escapeHtml(_("not recorded")));
    wxString types;
    for (auto t : f.dataTypes) types << (types.empty() ? "" : ", ") << vocabularyLabel(t);
    wxString places;
    for (const auto& j : f.jurisdictions) places << (places.empty() ? "" : ", ") << toWx(j);
    html << " &middot; <b>" << escapeHtml(_("Data types:")) << "</b> "
         << escapeHtml(types.empty() ? _("none recorded") : types) << " &middot; <b>"
         << escapeHtml(_("Jurisdictions:")) << "</b> " << escapeHtml(places.empty() ? _("none") : places);
    return html;
}

}  // namespace

DeadlinesPage::DeadlinesPage(wxWindow* parent, WorkspaceContext& context, const LoadedCatalogs& catalogs)
    : m_context(context), m_catalogs(catalogs) {
    wxXmlResource::Get()->LoadPanel(this, parent, "DeadlinesPage");
    m_asOf = formControl<wxDatePickerCtrl>(this, "as_of");
    m_view = formControl<wxHtmlWindow>(this, "view");
    m_asOf->SetValue(toDateTime(Date::today()));
    bindRecordLinks(m_view, *this);
    m_asOf->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { refresh(); });
    formControl<wxButton>(this, "today")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { setAsOf(Date::today()); });
}

wxString DeadlinesPage::title() const { return _("Deadlines"); }

void DeadlinesPage::setAsOf(const Date& day) {
    m_asOf->SetValue(toDateTime(day));
    refresh();
}

void DeadlinesPage::refresh() {
    const Date asOf = fromDateTime(m_asOf->GetValue());
    // Facts carry no confidentiality; the filter runs all the same, so a
    // future confidential fact cannot slip onto a shared screen.
    const CaseRecord visible = caseForAudience(m_context);
    const IncidentFacts facts = deriveIncidentFacts(visible);
    const auto deadlines = computeDeadlines(facts, m_catalogs.catalogs.notificationRules, asOf);

    HtmlBuilder page;
    page.title(wxString::Format(_("Notification deadlines as of %s"), toWx(asOf.toString())),
               toWx(visible.head.reference) + L" \u2014 " + toWx(visible.head.title));
    for (const auto& problem : m_catalogs.problems)
        page.paragraph(HtmlBuilder::coloured(colours::kMissing,
                                             wxString::Format(_("A reference catalog was left out: %s"), toWx(problem))));
    page.paragraph(incidentHtml(facts));
    if (deadlines.empty()) {
        page.paragraph(escapeHtml(_("No notification rule in the catalogs applies to this case.")));
    } else {
        std::vector<wxString> notes;
        page.beginTable({_("Rule"), _("Recipient"), _("Clock starts"), _("Due"), _("Status"), _("Note")});
        for (const auto& d : deadlines) {
            const wxString note = noteText(d);
            if (!note.empty()) notes.push_back(note);
            const std::string start = d.startText();
            page.row({"<b>" + escapeHtml(toWx(d.regime)) + "</b><br><font size=\"-1\" color=\"" + colours::kMuted +
                          "\">" + escapeHtml(toWx(d.citation)) + "</font>",
                      escapeHtml(toWx(d.recipient)),
                      start.empty() ? wxString(L"\u2014")
                                    : escapeHtml(toWx(start) + " (" + vocabularyLabel(d.trigger) + ")"),
                      d.dueText().empty() ? wxString(L"\u2014") : "<b>" + escapeHtml(toWx(d.dueText())) + "</b>",
                      statusHtml(d), note.empty() ? wxString() : wxString::Format("[%zu]", notes.size())});
        }
        page.endTable();
        wxString list;
        for (std::size_t i = 0; i < notes.size(); ++i)
            list << wxString::Format("[%zu] ", i + 1) << escapeHtml(notes[i]) << "<br>";
        if (!list.empty()) page.note(list);
    }
    page.note(escapeHtml(toWx(countingSummary())) + "<br>" +
              escapeHtml(_("Not legal advice: check each rule's source before relying on it.")));
    showHtml(m_view, page.html());
}

wxString DeadlinesPage::shownText() const { return m_view->ToText(); }

}  // namespace cg::app
