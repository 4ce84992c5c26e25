#include "report/interest_map_svg.h"

#include <array>
#include <charconv>

#include "domain/common_ground/interest_map_palette.h"

namespace cg::report {

namespace {

using namespace domain;

// Coordinates with one decimal, written with to_chars so a locale with a
// decimal comma can never break the file.
std::string num(double value) {
    std::array<char, 32> buffer{};
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                   std::chars_format::fixed, 1);
    return std::string(buffer.data(), end.ptr);
}

std::string point(MapPoint p) { return num(p.x) + "," + num(p.y); }

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

constexpr std::array kCategories = {
    InterestCategory::Financial,    InterestCategory::Reputational,
    InterestCategory::Regulatory,   InterestCategory::OperationalContinuity,
    InterestCategory::Relationship, InterestCategory::SecurityImprovement,
    InterestCategory::Recognition};

// Characters that fit on a card line at the font size used: 11 px DejaVu
// Sans averages about 6.6 px a character, and the card leaves 150 px.
constexpr std::size_t kCardLineChars = 22;

std::string heading(const InterestMapLayout& layout) {
    return "Interest map — " + layout.caseReference + ": " + layout.caseTitle;
}

// Drawn last, so no card or line covers the case and audience lines.
void writeHeader(std::string& svg, const InterestMapLayout& layout) {
    svg += "<text x=\"16\" y=\"26\" font-size=\"18\" font-weight=\"bold\">" +
           xmlEscape(shortenText(heading(layout), static_cast<std::size_t>(layout.width / 10))) +
           "</text>\n";
    svg +=
        "<text x=\"16\" y=\"48\" font-size=\"14\">" + xmlEscape(layout.preparedFor) + "</text>\n";
}

void writeCommonGround(std::string& svg, const CommonGroundZone& zone) {
    svg += "<g id=\"common-ground\">\n<circle cx=\"" + num(zone.centre.x) + "\" cy=\"" +
           num(zone.centre.y) + "\" r=\"" + num(zone.radius) +
           "\" fill=\"#F2F2F2\" stroke=\"#555555\" stroke-width=\"2\"/>\n";
    svg += "<text x=\"" + num(zone.centre.x) + "\" y=\"" + num(zone.centre.y - zone.radius + 22) +
           "\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\">Common ground</text>\n";
    for (const auto& label : zone.labels)
        svg += "<text x=\"" + num(label.baseline.x) + "\" y=\"" + num(label.baseline.y) +
               "\" font-size=\"11\" text-anchor=\"middle\"" +
               (label.suggested ? " font-style=\"italic\"" : "") + ">" + xmlEscape(label.text) +
               "</text>\n";
    if (zone.entries.empty() || zone.unlabelledCount > 0)
        svg += "<text x=\"" + num(zone.centre.x) + "\" y=\"" +
               num(zone.centre.y + zone.radius - 10) +
               "\" font-size=\"11\" text-anchor=\"middle\">" +
               (zone.entries.empty() ? std::string("no shared interests yet")
                                     : "+" + std::to_string(zone.unlabelledCount) + " more") +
               "</text>\n";
    svg += "</g>\n";
}

void writeLinks(std::string& svg, const std::vector<CommonGroundLink>& links) {
    svg += "<g id=\"common-ground-links\" stroke=\"#555555\" stroke-width=\"1\">\n";
    for (const auto& l : links)
        svg += "<line x1=\"" + num(l.from.x) + "\" y1=\"" + num(l.from.y) + "\" x2=\"" +
               num(l.to.x) + "\" y2=\"" + num(l.to.y) + "\"" +
               (l.suggested ? " stroke-dasharray=\"4,3\"" : "") + "/>\n";
    svg += "</g>\n";
}

void writeClaims(std::string& svg, const std::vector<ClaimArrow>& arrows) {
    svg += "<g id=\"claims\" fill=\"none\" stroke=\"#333333\" stroke-width=\"2\">\n";
    for (const auto& a : arrows)
        svg +=
            "<path d=\"M" + point(a.from) + " Q" + point(a.control) + " " + point(a.to) +
            "\" marker-end=\"url(#arrowhead)\"><title>" +
            xmlEscape("Claim " + std::to_string(a.claimNo) + " (" + std::string(toString(a.basis)) +
                      "): party " + std::to_string(a.accuserNo) + " blames party " +
                      std::to_string(a.accusedNo)) +
            "</title></path>\n";
    svg += "</g>\n";
}

void writeParties(std::string& svg, const std::vector<PartyNode>& nodes) {
    svg += "<g id=\"parties\">\n";
    for (const auto& n : nodes) {
        svg += "<g><title>" + xmlEscape(n.name) + "</title><circle cx=\"" + num(n.centre.x) +
               "\" cy=\"" + num(n.centre.y) + "\" r=\"" + num(n.radius) +
               "\" fill=\"#FFFFFF\" stroke=\"#000000\" stroke-width=\"2\"/></g>\n";
        svg += "<text x=\"" + num(n.centre.x) + "\" y=\"" + num(n.centre.y - 2) +
               "\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\">" +
               xmlEscape(shortenText(n.name, 12)) + "</text>\n";
        svg += "<text x=\"" + num(n.centre.x) + "\" y=\"" + num(n.centre.y + 13) +
               "\" font-size=\"10\" text-anchor=\"middle\">" + std::string(toString(n.role)) +
               "</text>\n";
    }
    svg += "</g>\n";
}

void writeCards(std::string& svg, const std::vector<InterestCard>& cards) {
    svg += "<g id=\"interests\">\n";
    for (const auto& c : cards) {
        const std::string colour(categoryColour(c.category));
        const MapRect& b = c.box;
        svg += "<g><title>" +
               xmlEscape("Interest " + std::to_string(c.interestNo) + ": " + c.text) + "</title>";
        svg += "<rect x=\"" + num(b.x) + "\" y=\"" + num(b.y) + "\" width=\"" + num(b.width) +
               "\" height=\"" + num(b.height) + "\" fill=\"#FFFFFF\" stroke=\"" + colour +
               "\" stroke-width=\"2\"/>";
        svg += "<rect x=\"" + num(b.x) + "\" y=\"" + num(b.y) + "\" width=\"8\" height=\"" +
               num(b.height) + "\" fill=\"" + colour + "\"/>";
        svg += "<text x=\"" + num(b.x + 14) + "\" y=\"" + num(b.y + 17) + "\" font-size=\"10\">" +
               std::to_string(c.interestNo) + " · " + std::string(toString(c.category)) + " · P" +
               std::to_string(c.priority) + "</text>";
        svg += "<text x=\"" + num(b.x + 14) + "\" y=\"" + num(b.y + 34) + "\" font-size=\"11\">" +
               xmlEscape(shortenText(c.text, kCardLineChars)) + "</text></g>\n";
    }
    svg += "</g>\n";
}

void writeLegend(std::string& svg, const InterestMapLayout& layout) {
    const double y = layout.height - kMapLegendHeight + 12;
    svg += "<g id=\"legend\" font-size=\"11\">\n";
    double x = 16;
    for (auto category : kCategories) {
        svg += "<rect x=\"" + num(x) + "\" y=\"" + num(y) +
               "\" width=\"14\" height=\"14\" fill=\"" + std::string(categoryColour(category)) +
               "\"/>";
        svg += "<text x=\"" + num(x + 20) + "\" y=\"" + num(y + 11) + "\">" +
               std::string(toString(category)) + "</text>\n";
        x += 26 + 6.5 * static_cast<double>(toString(category).size());
    }
    svg += "<text x=\"" + num(x + 10) + "\" y=\"" + num(y + 11) +
           "\">arrow: blame claim · dashed line, italics: suggested shared interest</text>\n</g>\n";
}

}  // namespace

std::string xmlEscape(const std::string& text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            case '"':
                escaped += "&quot;";
                break;
            case '\'':
                escaped += "&apos;";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    break;
                escaped += c;
        }
    }
    return escaped;
}

std::string shortenText(const std::string& text, std::size_t maxChars) {
    if (maxChars == 0) return {};
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isContinuationByte(text[i])) continue;
        if (++chars == maxChars) {
            // Room for exactly maxChars: keep the text if this is its last character.
            std::size_t next = i + 1;
            while (next < text.size() && isContinuationByte(text[next])) ++next;
            if (next == text.size()) return text;
            return text.substr(0, i) + "…";
        }
    }
    return text;
}

std::string interestMapSvg(const InterestMapLayout& layout) {
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
           num(layout.width) + "\" height=\"" + num(layout.height) + "\" viewBox=\"0 0 " +
           num(layout.width) + " " + num(layout.height) +
           "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n";
    svg += "<title>" + xmlEscape(heading(layout) + " — " + layout.preparedFor) + "</title>\n";
    svg +=
        "<defs><marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
        "markerWidth=\"8\" "
        "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" "
        "fill=\"#333333\"/></marker></defs>\n";
    svg += "<rect x=\"0\" y=\"0\" width=\"" + num(layout.width) + "\" height=\"" +
           num(layout.height) + "\" fill=\"#FFFFFF\"/>\n";
    writeLinks(svg, layout.links);
    writeCommonGround(svg, layout.commonGround);
    writeClaims(svg, layout.arrows);
    writeParties(svg, layout.nodes);
    writeCards(svg, layout.cards);
    writeLegend(svg, layout);
    writeHeader(svg, layout);
    svg += "</svg>\n";
    return svg;
}

}  // namespace cg::report
