#pragma once
// The timeline beside the fact list: one axis from the earliest to the latest
// date of the case's facts, each fact a mark where it occurred (coloured by
// category: events, control failures, recommendations, notifications,
// losses) and a hollow mark where it was discovered, so the gap between
// occurrence, discovery and notification, which drives the regulatory
// deadlines, can be seen at a glance.
#include <vector>

#include <wx/panel.h>

#include "domain/breach_fact.h"

namespace cg::app {

class FactTimeline : public wxPanel {
public:
    explicit FactTimeline(wxWindow* parent);

    void showFacts(const std::vector<const domain::BreachFact*>& facts);
    std::size_t markCount() const { return m_marks.size(); }

private:
    struct Mark {
        long long day;  // days since 1970-01-01
        domain::FactCategory category;
        bool discovered;
    };
    void onPaint(wxPaintEvent& event);

    std::vector<Mark> m_marks;
    long long m_first = 0;
    long long m_last = 0;
};

}  // namespace cg::app
