#include "cli/document_html.h"

#include <type_traits>

namespace cg::cli {

namespace {

using namespace domain::documents;

std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string runs(const RichText& text) {
    std::string out;
    for (const auto& run : text) {
        const bool bold = run.style == TextStyle::Bold || run.style == TextStyle::BoldItalic;
        const bool italic = run.style == TextStyle::Italic || run.style == TextStyle::BoldItalic;
        out += std::string(bold ? "<b>" : "") + (italic ? "<i>" : "") + escaped(run.text) + (italic ? "</i>" : "") +
               (bold ? "</b>" : "");
    }
    return out;
}

void table(std::string& html, const Table& t) {
    if (!t.caption.empty()) html += "<p><i>" + escaped(t.caption) + "</i></p>\n";
    html += "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>";
    for (const auto& c : t.columns) html += "<th>" + escaped(c.header) + "</th>";
    html += "</tr></thead><tbody>\n";
    for (const auto& row : t.rows) {
        html += "<tr>";
        for (const auto& cell : row) html += "<td>" + escaped(cell) + "</td>";
        html += "</tr>\n";
    }
    html += "</tbody></table>\n";
}

}  // namespace

std::string documentHtml(const Document& document) {
    std::string html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
                       escaped(document.info.title) +
                       "</title><style>body{font-family:'DejaVu Serif';font-size:10.5pt;text-align:justify}"
                       "</style></head><body>\n";
    for (const Block& block : document.blocks) {
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Heading>) {
                    const std::string tag = "h" + std::to_string(b.level < 1 ? 1 : b.level > 4 ? 4 : b.level);
                    html += "<" + tag + ">" + (b.number.empty() ? "" : escaped(b.number) + " ") + runs(b.text) +
                            "</" + tag + ">\n";
                } else if constexpr (std::is_same_v<T, Paragraph>) {
                    html += "<p style=\"margin-left:" + std::to_string(b.indentLevel * 2) + "em\">" +
                            (b.number.empty() ? "" : escaped(b.number) + " ") + runs(b.text) + "</p>\n";
                } else if constexpr (std::is_same_v<T, Table>) {
                    table(html, b);
                } else if constexpr (std::is_same_v<T, SignatureBlocks>) {
                    html += "<table width=\"100%\"><tr>";
                    for (const auto& s : b.blocks)
                        html += "<td>" + escaped(s.caption) + "<br><b>" + escaped(s.partyName) +
                                "</b><br><br>______________________<br>Name: " + escaped(s.signatoryName) +
                                "<br>Title: " + escaped(s.signatoryTitle) + "<br>Date:</td>";
                    html += "</tr></table>\n";
                } else if constexpr (std::is_same_v<T, MapFigure>) {
                    html += "<p><i>" + escaped(b.caption) + "</i></p>\n";
                } else if constexpr (std::is_same_v<T, PageBreak>) {
                    html += "<div style=\"page-break-after:always\"></div>\n";
                }
            },
            block);
    }
    return html + "</body></html>\n";
}

}  // namespace cg::cli
