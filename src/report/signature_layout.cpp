#include "report/signature_layout.h"

#include <algorithm>

#include "report/typography.h"

namespace cg::report {

using domain::documents::Alignment;
using domain::documents::SignatureBlocks;
using namespace typography;

namespace {

constexpr double kCaptionLeadingPt = 13;
constexpr double kPartyLeadingPt = 15;
constexpr double kRoomToSign = 34;     // above the signature rule
constexpr double kFieldLeading = 20;   // Name / Title / Date lines
constexpr double kFieldContinuation = 12;
constexpr double kLabelWidth = 34;     // "Title:" at 9.5 pt and a gap
constexpr double kRowGap = 20;
constexpr double kFieldSize = 9.5;

TypeSpec captionType() {
    TypeSpec type = TypeSpec::serif(kCaptionSize);
    type.regular = FontFace::SerifItalic;
    return type;
}

TypeSpec partyType() {
    TypeSpec type = TypeSpec::serif(kBodySize);
    type.regular = FontFace::SerifBold;
    return type;
}

}  // namespace

SignatureLayout::SignatureLayout(const SignatureBlocks& blocks, const PageFlow& flow, const FontBook& fonts) {
    m_left = flow.left();
    m_gutter = 28;
    m_blockWidth = (flow.measure() - m_gutter) / 2;
    for (const auto& block : blocks.blocks) {
        PreparedBlock prepared;
        if (!block.caption.empty())
            prepared.caption = breakIntoLines(block.caption, captionType(), m_blockWidth, fonts);
        prepared.party = breakIntoLines(block.partyName, partyType(), m_blockWidth, fonts);
        std::vector<std::pair<std::string, std::string>> fields = {{"Name:", block.signatoryName},
                                                                   {"Title:", block.signatoryTitle}};
        if (block.dated) fields.emplace_back("Date:", "");
        prepared.height = static_cast<double>(prepared.caption.size()) * kCaptionLeadingPt +
                          static_cast<double>(prepared.party.size()) * kPartyLeadingPt + kRoomToSign;
        for (const auto& [label, value] : fields) {
            Field field{label, breakIntoLines(value, TypeSpec::serif(kFieldSize), m_blockWidth - kLabelWidth, fonts)};
            prepared.height += fieldHeight(field);
            prepared.fields.push_back(std::move(field));
        }
        m_blocks.push_back(std::move(prepared));
    }
}

double SignatureLayout::fieldHeight(const Field& field) {
    // A long title wraps under itself rather than being cut off.
    const std::size_t extraLines = field.lines.empty() ? 0 : field.lines.size() - 1;
    return kFieldLeading + static_cast<double>(extraLines) * kFieldContinuation;
}

double SignatureLayout::rowHeight(std::size_t row) const {
    double height = 0;
    for (std::size_t i = row * 2; i < std::min(row * 2 + 2, m_blocks.size()); ++i)
        height = std::max(height, m_blocks[i].height);
    return height;
}

double SignatureLayout::firstRowHeight() const { return m_blocks.empty() ? 0 : rowHeight(0); }

void SignatureLayout::placeBlock(PageFlow& flow, const PreparedBlock& prepared, double x, double top) const {
    double y = top;
    std::vector<PageItem> items;
    for (std::size_t i = 0; i < prepared.caption.size(); ++i, y += kCaptionLeadingPt)
        setLine(prepared.caption[i], captionType(), x, baselineIn(y, kCaptionLeadingPt, kCaptionSize),
                m_blockWidth, Alignment::Left, true, items);
    for (std::size_t i = 0; i < prepared.party.size(); ++i, y += kPartyLeadingPt)
        setLine(prepared.party[i], partyType(), x, baselineIn(y, kPartyLeadingPt, kBodySize), m_blockWidth,
                Alignment::Left, true, items);
    y += kRoomToSign;
    items.push_back(LineItem{x, y, x + m_blockWidth, y, 0.6, {}, false});
    for (const auto& field : prepared.fields) {
        const double baseline = y + kFieldLeading - 5;
        items.push_back(TextItem{kSignatureLabelFace, kFieldSize - 1, x, baseline, field.label, {}});
        if (field.lines.empty()) {
            // A blank to fill in by hand.
            items.push_back(LineItem{x + kLabelWidth, baseline + 1.5, x + m_blockWidth, baseline + 1.5, 0.4,
                                     Colour::grey(0.3), false});
        }
        for (std::size_t i = 0; i < field.lines.size(); ++i)
            setLine(field.lines[i], TypeSpec::serif(kFieldSize), x + kLabelWidth,
                    baseline + static_cast<double>(i) * kFieldContinuation, m_blockWidth - kLabelWidth,
                    Alignment::Left, true, items);
        y += fieldHeight(field);
    }
    for (auto& item : items) flow.add(std::move(item));
}

void SignatureLayout::place(PageFlow& flow) const {
    const std::size_t rows = (m_blocks.size() + 1) / 2;
    for (std::size_t row = 0; row < rows; ++row) {
        const double height = rowHeight(row);
        if (!flow.atTopOfPage() && height > flow.remaining()) flow.newPage();
        const double top = flow.y();
        for (std::size_t i = row * 2; i < std::min(row * 2 + 2, m_blocks.size()); ++i)
            placeBlock(flow, m_blocks[i], m_left + static_cast<double>(i % 2) * (m_blockWidth + m_gutter), top);
        flow.advance(height);
        flow.addSpace(kRowGap);
    }
}

}  // namespace cg::report
