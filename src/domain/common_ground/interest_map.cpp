#include "domain/common_ground/interest_map.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <set>

#include "domain/common_ground/worksheet.h"

namespace cg::domain {

namespace {

constexpr double kNodeRadius = 44;
constexpr double kCardGap = 8;
constexpr double kMargin = 12;
constexpr double kLabelLineHeight = 14;
// Half the width of a typical label ("security-improvement: 12 ↔ 34
// (suggested)" at 11 px is about 200 units wide).
constexpr double kLabelHalfWidth = 100;
// Growing by a quarter at a time keeps the canvas close to the smallest that
// fits, in a handful of rounds even for thousands of interests.
constexpr double kGrowth = 1.25;

double distance(MapPoint a, MapPoint b) { return std::hypot(a.x - b.x, a.y - b.y); }

MapPoint towards(MapPoint from, MapPoint to, double length) {
    const double d = distance(from, to);
    if (d == 0) return from;
    return {from.x + (to.x - from.x) * length / d, from.y + (to.y - from.y) * length / d};
}

// The drawing area between the title band and the legend band.
struct Frame {
    MapPoint centre;
    double radiusX = 0;
    double radiusY = 0;
    double top = 0;
    double bottom = 0;
    double zoneRadius = 0;
};

Frame frameFor(double width, double height) {
    Frame f;
    f.top = kMapHeaderHeight;
    f.bottom = height - kMapLegendHeight;
    f.centre = {width / 2, (f.top + f.bottom) / 2};
    f.radiusX = width / 2 - kNodeRadius - kMargin;
    f.radiusY = (f.bottom - f.top) / 2 - kNodeRadius - kMargin;
    // Big enough for a few labels, small enough to leave the ring for cards.
    f.zoneRadius = std::clamp(std::min(f.radiusX, f.radiusY) * 0.3, 130.0, 220.0);
    return f;
}

std::vector<PartyNode> placeParties(const CaseRecord& record, const Frame& f) {
    std::vector<PartyNode> nodes;
    const std::size_t n = record.parties.size();
    for (std::size_t i = 0; i < n; ++i) {
        // Start at the top-left so two parties face each other left and right,
        // as they sit in a joint session.
        const double angle = std::numbers::pi +
                             2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        const Party& p = record.parties[i];
        nodes.push_back(
            {p.no,
             p.name,
             p.role,
             {f.centre.x + f.radiusX * std::cos(angle), f.centre.y + f.radiusY * std::sin(angle)},
             kNodeRadius});
    }
    return nodes;
}

// The free card slots: a grid over the drawing area, without the slots that
// would cover a party node or the common-ground circle.
std::vector<MapRect> freeSlots(double width, const Frame& f, const std::vector<PartyNode>& nodes) {
    std::vector<MapRect> slots;
    const double stepX = kCardWidth + kCardGap;
    const double stepY = kCardHeight + kCardGap;
    for (double y = f.top; y + kCardHeight <= f.bottom; y += stepY)
        for (double x = kMargin; x + kCardWidth <= width - kMargin; x += stepX) {
            const MapRect slot{x, y, kCardWidth, kCardHeight};
            const auto covers = [&](MapPoint c, double r) {
                return slot.intersects({c.x - r - kCardGap, c.y - r - kCardGap, 2 * (r + kCardGap),
                                        2 * (r + kCardGap)});
            };
            if (covers(f.centre, f.zoneRadius)) continue;
            if (std::any_of(nodes.begin(), nodes.end(),
                            [&](const PartyNode& n) { return covers(n.centre, n.radius); }))
                continue;
            slots.push_back(slot);
        }
    return slots;
}

// The interests of one party, most important first.
std::map<RecordNo, std::vector<const Interest*>> interestsByParty(const CaseRecord& record) {
    std::map<RecordNo, std::vector<const Interest*>> byParty;
    for (const auto& i : record.interests) byParty[i.partyNo].push_back(&i);
    for (auto& [party, list] : byParty)
        std::stable_sort(list.begin(), list.end(), [](const Interest* a, const Interest* b) {
            return a->priority < b->priority;
        });
    return byParty;
}

// Each party's cards fan out around a point between its node and the centre;
// the parties take slots in turn, each the free slot nearest its point, so
// no party crowds out another and no two cards share a slot. Returns false
// when the slots run out (the caller grows the canvas).
bool placeCards(const CaseRecord& record, const Frame& f, const std::vector<PartyNode>& nodes,
                const std::vector<MapRect>& slots, std::vector<InterestCard>& cards) {
    if (slots.size() < record.interests.size()) return false;
    const auto byParty = interestsByParty(record);

    struct Queue {
        const std::vector<const Interest*>* interests = nullptr;
        std::size_t nextInterest = 0;
        std::vector<std::size_t> slotOrder;
        std::size_t nextSlot = 0;
    };
    std::vector<Queue> queues;
    for (const auto& [partyNo, list] : byParty) {
        MapPoint anchor = f.centre;
        for (const auto& n : nodes)
            if (n.partyNo == partyNo)
                anchor = {(n.centre.x + f.centre.x) / 2, (n.centre.y + f.centre.y) / 2};
        Queue q;
        q.interests = &list;
        std::vector<std::pair<double, std::size_t>> byDistance;
        byDistance.reserve(slots.size());
        for (std::size_t s = 0; s < slots.size(); ++s)
            byDistance.push_back({distance(slots[s].centre(), anchor), s});
        // Only the nearest slots can be needed: the party's own cards plus
        // every other card that might take one of them first.
        const std::size_t needed = std::min(byDistance.size(), record.interests.size());
        std::partial_sort(byDistance.begin(),
                          byDistance.begin() + static_cast<std::ptrdiff_t>(needed),
                          byDistance.end());
        for (std::size_t k = 0; k < needed; ++k) q.slotOrder.push_back(byDistance[k].second);
        queues.push_back(std::move(q));
    }

    std::vector<bool> taken(slots.size(), false);
    for (bool placedAny = true; placedAny;) {
        placedAny = false;
        for (auto& q : queues) {
            if (q.nextInterest == q.interests->size()) continue;
            while (q.nextSlot < q.slotOrder.size() && taken[q.slotOrder[q.nextSlot]]) ++q.nextSlot;
            if (q.nextSlot == q.slotOrder.size()) return false;
            const std::size_t s = q.slotOrder[q.nextSlot];
            taken[s] = true;
            const Interest& i = *(*q.interests)[q.nextInterest++];
            cards.push_back({i.no, i.partyNo, i.description, i.category, i.priority, slots[s]});
            placedAny = true;
        }
    }
    return true;
}

std::vector<ClaimArrow> drawClaims(const CaseRecord& record, const std::vector<PartyNode>& nodes) {
    std::vector<ClaimArrow> arrows;
    std::map<std::pair<RecordNo, RecordNo>, int> drawnBetween;
    const auto nodeOf = [&](RecordNo partyNo) -> const PartyNode* {
        for (const auto& n : nodes)
            if (n.partyNo == partyNo) return &n;
        return nullptr;
    };
    for (const auto& c : record.claims) {
        const PartyNode* accuser = nodeOf(c.accuserNo);
        const PartyNode* accused = nodeOf(c.accusedNo);
        if (!accuser || !accused) continue;
        // Bend to the arrow's left; the reverse claim's left is the other
        // side, so A→B and B→A never coincide. Further claims bend further.
        const int earlier = drawnBetween[{c.accuserNo, c.accusedNo}]++;
        const double dx = accused->centre.x - accuser->centre.x;
        const double dy = accused->centre.y - accuser->centre.y;
        const double length = std::max(std::hypot(dx, dy), 1.0);
        const double bend = 40 + 24 * earlier;
        const MapPoint mid{(accuser->centre.x + accused->centre.x) / 2,
                           (accuser->centre.y + accused->centre.y) / 2};
        const MapPoint control{mid.x + dy / length * bend, mid.y - dx / length * bend};
        arrows.push_back({c.no, c.accuserNo, c.accusedNo, c.basis,
                          towards(accuser->centre, control, accuser->radius), control,
                          towards(accused->centre, control, accused->radius)});
    }
    return arrows;
}

std::vector<CommonGroundEntry> sharedEntries(const CaseRecord& record) {
    const Worksheet worksheet = buildWorksheet(record);
    std::vector<CommonGroundEntry> confirmed;
    std::vector<CommonGroundEntry> suggested;
    std::set<std::pair<RecordNo, RecordNo>> seen;
    for (const auto& row : worksheet.rows)
        for (const auto& s : row.shared) {
            const auto key = std::minmax(s.accuserInterestNo, s.accusedInterestNo);
            if (!seen.insert(key).second) continue;
            (s.suggested ? suggested : confirmed)
                .push_back({s.accuserInterestNo, s.accusedInterestNo, s.category, s.suggested});
        }
    // A pair confirmed on one claim and suggested on another is confirmed.
    std::set<std::pair<RecordNo, RecordNo>> confirmedKeys;
    for (const auto& e : confirmed)
        confirmedKeys.insert(std::minmax(e.firstInterestNo, e.secondInterestNo));
    std::erase_if(suggested, [&](const CommonGroundEntry& e) {
        return confirmedKeys.contains(std::minmax(e.firstInterestNo, e.secondInterestNo));
    });
    confirmed.insert(confirmed.end(), suggested.begin(), suggested.end());
    return confirmed;
}

void labelZone(CommonGroundZone& zone) {
    // Lines stacked from the top of the circle down, each as wide as the
    // circle is at that height; a line is only used if it is wide enough.
    const double r = zone.radius;
    const double firstBaseline = zone.centre.y - r + 2 * kLabelLineHeight + 6;  // under the heading
    std::size_t next = 0;
    for (double y = firstBaseline;
         y < zone.centre.y + r - kLabelLineHeight && next < zone.entries.size();
         y += kLabelLineHeight) {
        const double dy =
            std::max(std::abs(y - zone.centre.y), std::abs(y - kLabelLineHeight - zone.centre.y));
        const double halfWidth = std::sqrt(std::max(0.0, r * r - dy * dy));
        if (halfWidth < kLabelHalfWidth) continue;
        const auto& e = zone.entries[next++];
        zone.labels.push_back(
            {std::string(toString(e.category)) + ": " + std::to_string(e.firstInterestNo) + " ↔ " +
                 std::to_string(e.secondInterestNo) + (e.suggested ? " (suggested)" : ""),
             e.suggested,
             {zone.centre.x, y}});
    }
    zone.unlabelledCount = zone.entries.size() - next;
}

std::vector<CommonGroundLink> linkZone(const CommonGroundZone& zone,
                                       const std::vector<InterestCard>& cards) {
    std::map<RecordNo, bool> onlySuggested;
    for (const auto& e : zone.entries)
        for (RecordNo no : {e.firstInterestNo, e.secondInterestNo}) {
            const auto [it, inserted] = onlySuggested.try_emplace(no, e.suggested);
            if (!inserted) it->second = it->second && e.suggested;
        }
    std::vector<CommonGroundLink> links;
    for (const auto& card : cards) {
        const auto it = onlySuggested.find(card.interestNo);
        if (it == onlySuggested.end()) continue;
        links.push_back({card.interestNo, it->second,
                         towards(zone.centre, card.box.centre(), zone.radius), card.box.centre()});
    }
    return links;
}

}  // namespace

InterestMapLayout layoutInterestMap(const CaseRecord& visibleRecord, double width, double height) {
    InterestMapLayout layout;
    layout.caseReference = visibleRecord.head.reference;
    layout.caseTitle = visibleRecord.head.title;
    // A canvas too small for even the nodes and the centre starts at a size
    // that holds them; then it grows until every card has a slot.
    width = std::max(width, 640.0);
    height = std::max(height, 480.0);
    for (;;) {
        const Frame frame = frameFor(width, height);
        layout.nodes = placeParties(visibleRecord, frame);
        layout.cards.clear();
        if (placeCards(visibleRecord, frame, layout.nodes, freeSlots(width, frame, layout.nodes),
                       layout.cards)) {
            layout.commonGround.centre = frame.centre;
            layout.commonGround.radius = frame.zoneRadius;
            break;
        }
        width *= kGrowth;
        height *= kGrowth;
    }
    layout.width = width;
    layout.height = height;
    layout.arrows = drawClaims(visibleRecord, layout.nodes);
    layout.commonGround.entries = sharedEntries(visibleRecord);
    labelZone(layout.commonGround);
    layout.links = linkZone(layout.commonGround, layout.cards);
    return layout;
}

InterestMapLayout layoutInterestMap(const CaseRecord& record, const Audience& audience,
                                    double width, double height) {
    InterestMapLayout layout = layoutInterestMap(visibleTo(record, audience), width, height);
    layout.preparedFor = preparedForLine(record, audience);
    return layout;
}

std::string preparedForLine(const CaseRecord& record, const Audience& audience) {
    switch (audience.kind()) {
        case Audience::Kind::Mediator:
            return "Mediator — contains confidential material";
        case Audience::Kind::AllParties:
            return "All parties";
        case Audience::Kind::Party:
            return "Prepared for: " + record.party(audience.partyNo()).name;
    }
    return {};
}

}  // namespace cg::domain
