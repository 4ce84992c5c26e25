#pragma once
// The interest map (issue 4): parties around the edge, their interests as
// cards between them and the centre, blame claims as arrows between parties
// and the shared interests in the middle ("common ground") with lines to the
// cards they join. The layout is computed here, once, in plain coordinates,
// so the CLI's SVG, the app's canvas and the PDF handout draw the same
// picture. Units are abstract (SVG user units, or points in a PDF); y grows
// downwards.
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "domain/common_ground/audience.h"

namespace cg::domain {

struct MapPoint {
    double x = 0;
    double y = 0;
};

struct MapRect {
    double x = 0;  // top-left corner
    double y = 0;
    double width = 0;
    double height = 0;

    MapPoint centre() const { return {x + width / 2, y + height / 2}; }
    // Touching edges do not count: cards laid edge to edge do not overlap.
    bool intersects(const MapRect& o) const {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }
    bool insideCanvas(double canvasWidth, double canvasHeight) const {
        return x >= 0 && y >= 0 && x + width <= canvasWidth && y + height <= canvasHeight;
    }
};

struct PartyNode {
    RecordNo partyNo = 0;
    std::string name;
    PartyRole role = PartyRole::Claimant;
    MapPoint centre;
    double radius = 0;
};

struct InterestCard {
    RecordNo interestNo = 0;
    RecordNo partyNo = 0;
    std::string text;  // the full description; a renderer shortens it to fit
    InterestCategory category = InterestCategory::Financial;
    int priority = 3;
    MapRect box;
};

// A quadratic Bézier from the accuser's node to the accused's. The control
// point is pushed sideways so that two parties blaming each other, or one
// party with several claims against another, get separate arrows.
struct ClaimArrow {
    RecordNo claimNo = 0;
    RecordNo accuserNo = 0;
    RecordNo accusedNo = 0;
    ClaimBasis basis = ClaimBasis::Other;
    MapPoint from;  // on the accuser's node circle
    MapPoint control;
    MapPoint to;  // on the accused's node circle
};

// A pair of interests the parties share, as the worksheet found it (confirmed
// by the mediator, or a suggestion still to be confirmed).
struct CommonGroundEntry {
    RecordNo firstInterestNo = 0;
    RecordNo secondInterestNo = 0;
    InterestCategory category = InterestCategory::Financial;
    bool suggested = false;
};

// A line from the edge of the common-ground circle to a card it joins.
struct CommonGroundLink {
    RecordNo interestNo = 0;
    bool suggested = false;  // every pair naming this interest is a suggestion
    MapPoint from;
    MapPoint to;  // the card's centre; cards are drawn over the lines
};

struct CommonGroundLabel {
    std::string text;  // "financial: 3 ↔ 8 (suggested)"
    bool suggested = false;
    MapPoint baseline;  // the middle of the text's baseline
};

struct CommonGroundZone {
    MapPoint centre;
    double radius = 0;
    std::vector<CommonGroundEntry> entries;  // confirmed first, each pair once
    std::vector<CommonGroundLabel> labels;   // as many entries as fit in the circle
    std::size_t unlabelledCount = 0;         // entries without room for a label
};

struct InterestMapLayout {
    std::string caseReference;
    std::string caseTitle;
    std::string preparedFor;  // see preparedForLine(); set by the audience overload
    // May be larger than asked for: the canvas grows until every card fits.
    double width = 0;
    double height = 0;
    std::vector<PartyNode> nodes;
    std::vector<InterestCard> cards;  // one per interest of the visible record
    std::vector<ClaimArrow> arrows;   // one per claim
    CommonGroundZone commonGround;
    std::vector<CommonGroundLink> links;
};

inline constexpr double kCardWidth = 170;
inline constexpr double kCardHeight = 46;
// Room above the drawing for the title lines and below it for the legend.
inline constexpr double kMapHeaderHeight = 64;
inline constexpr double kMapLegendHeight = 40;

// Lays out a case already passed through visibleTo(). Deterministic.
InterestMapLayout layoutInterestMap(const CaseRecord& visibleRecord, double width, double height);

// The safe entrance: filters the case for the audience first, then lays it
// out and names the audience in the title.
InterestMapLayout layoutInterestMap(const CaseRecord& record, const Audience& audience,
                                    double width, double height);

// "Prepared for: Boutique Élégance USA, Inc." / "All parties" /
// "Mediator — contains confidential material".
std::string preparedForLine(const CaseRecord& record, const Audience& audience);

}  // namespace cg::domain
