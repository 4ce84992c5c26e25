#pragma once
// A document's content, ready to be laid out (issue 5): numbered headings,
// paragraphs of styled text, tables, signature blocks and the interest map,
// plus the page set-up, the running header and footer and the metadata.
// Templates evaluate to this (documents/template_evaluation.h), and the
// handouts and the case summary are built as this in code; src/report turns
// it into pages. Nothing here knows fonts, points or PDF: it says what the
// document contains and which parts belong together, never where they go.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/calendar.h"
#include "domain/common_ground/interest_map.h"

namespace cg::domain::documents {

enum class PaperSize { A4, Letter };

struct PageSetup {
    PaperSize paper = PaperSize::A4;
    double marginTopMm = 25;
    double marginBottomMm = 25;
    double marginLeftMm = 25;
    double marginRightMm = 25;
};

enum class TextStyle { Regular, Bold, Italic, BoldItalic };

struct TextRun {
    std::string text;  // UTF-8
    TextStyle style = TextStyle::Regular;

    bool operator==(const TextRun&) const = default;
};
using RichText = std::vector<TextRun>;

enum class Alignment { Left, Justified, Centred, Right };

// A numbered (or unnumbered) heading; level 1 is a section. The number is
// already worked out ("1", "4.2"), empty for an unnumbered heading. A heading
// is never left at the foot of a page: it goes with what follows.
struct Heading {
    int level = 1;
    std::string number;
    RichText text;
    bool inOutline = true;  // listed in the PDF's bookmarks
};

// A paragraph, possibly a numbered clause ("1.1", "(a)") hanging in the
// margin at its indent level. No lone first or last line at a page break.
struct Paragraph {
    std::string number;
    RichText text;
    Alignment alignment = Alignment::Justified;
    int indentLevel = 0;        // 0 = body; each level indents one step
    bool keepWithNext = false;  // e.g. "The parties agree as follows:"
    double spaceAfterMm = 3;
};

struct TableColumn {
    std::string header;
    double weight = 1;  // share of the text width
    Alignment alignment = Alignment::Left;
};

// A table that may run over several pages; the header row is repeated on
// each. Rows are never split across pages.
struct Table {
    std::vector<TableColumn> columns;
    std::vector<std::vector<std::string>> rows;  // each as wide as columns
    std::string caption;                         // optional, above the table
};

// Signature blocks for the parties, two per row; a block is never split
// across pages, and a row of blocks stays together.
struct SignatureBlock {
    std::string caption;        // "For and on behalf of"
    std::string partyName;
    std::string signatoryName;  // empty: a blank "Name:" line
    std::string signatoryTitle;
    bool dated = true;          // a "Date:" line under the signature
};
struct SignatureBlocks {
    std::vector<SignatureBlock> blocks;
};

// The interest map drawn as vector graphics, scaled to the text width (and,
// if need be, to the rest of the page), from the same layout as the app.
struct MapFigure {
    InterestMapLayout layout;
    std::string caption;
};

struct PageBreak {};

struct Spacer {
    double heightMm = 6;
};

using Block = std::variant<Heading, Paragraph, Table, SignatureBlocks, MapFigure, PageBreak, Spacer>;

struct DocumentInfo {
    std::string title;    // also the PDF's Title
    std::string author;   // the mediator
    std::string subject;  // "Settlement agreement — draft 3"
    std::string keywords;
    Instant createdAt;
};

// The running header and footer on every page. "{page}" and "{pages}" in
// pageLabel are replaced by the page number and the page count.
struct RunningText {
    std::string headerLeft;   // case reference
    std::string headerRight;  // case title
    std::string footer;       // "Draft 3 — for discussion — not legal advice"
    std::string pageLabel = "Page {page} of {pages}";
};

struct Document {
    DocumentInfo info;
    PageSetup page;
    RunningText running;
    std::optional<std::string> watermark;  // "DRAFT", drawn faintly across each page
    std::vector<Block> blocks;
};

}  // namespace cg::domain::documents
