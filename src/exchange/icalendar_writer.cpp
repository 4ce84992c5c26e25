#include "exchange/icalendar_writer.h"

#include <string_view>

#include "exchange/atomic_file_write.h"

namespace cg::exchange {

namespace {

// RFC 5545 section 3.1: a content line is at most 75 octets, CRLF not counted.
constexpr std::size_t kMaxLineOctets = 75;

bool isUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Section 3.3.11: backslash, semicolon and comma are escaped and a line
// break becomes "\n". Other control characters are not allowed in TEXT and
// no calendar would show them, so they are left out.
std::string escapedText(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': escaped += "\\\\"; break;
            case ';': escaped += "\\;"; break;
            case ',': escaped += "\\,"; break;
            case '\n': escaped += "\\n"; break;
            case '\r':
                escaped += "\\n";
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one line break
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
                if (c == 0x7F) break;
                escaped += c;
        }
    }
    return escaped;
}

// A URI value is not TEXT and takes no backslashes (section 3.3.13); bytes
// that would end the line or are not allowed in a URI are percent-encoded.
std::string uriValue(std::string_view uri) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string value;
    for (char c : uri) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F) {
            value += '%';
            value += kHex[byte >> 4];
            value += kHex[byte & 0xF];
        } else {
            value += c;
        }
    }
    return value;
}

// "2026-12-09T14:00:00Z" -> "20261209T140000Z" (section 3.3.5, form 2: UTC).
std::string utcDateTime(const domain::Instant& instant) {
    std::string value;
    for (char c : instant.toString())
        if (c != '-' && c != ':') value += c;
    return value;
}

class ContentLines {
public:
    // Section 3.1: a long line is folded by inserting CRLF and one space;
    // the space counts towards the next line's 75 octets. A fold never falls
    // inside a UTF-8 sequence, which some programs would show as two broken
    // characters.
    void add(std::string_view name, std::string_view value) {
        std::string line = std::string(name) + ":" + std::string(value);
        std::size_t start = 0;
        std::size_t room = kMaxLineOctets;
        while (line.size() - start > room) {
            std::size_t cut = start + room;
            while (cut > start && isUtf8Continuation(line[cut])) --cut;
            m_text.append(line, start, cut - start);
            m_text += "\r\n ";
            start = cut;
            room = kMaxLineOctets - 1;
        }
        m_text.append(line, start, std::string::npos);
        m_text += "\r\n";
    }
    void addText(std::string_view name, std::string_view text) {
        if (!text.empty()) add(name, escapedText(text));
    }

    std::string take() { return std::move(m_text); }

private:
    std::string m_text;
};

}  // namespace

std::string writeICalendar(const std::vector<domain::practice::CalendarEvent>& events, domain::Instant stamp) {
    ContentLines lines;
    lines.add("BEGIN", "VCALENDAR");
    lines.add("VERSION", "2.0");
    lines.add("PRODID", "-//CommonGround//CommonGround//EN");
    lines.add("CALSCALE", "GREGORIAN");
    for (const domain::practice::CalendarEvent& event : events) {
        lines.add("BEGIN", "VEVENT");
        lines.addText("UID", event.uid);
        lines.add("DTSTAMP", utcDateTime(stamp));
        lines.add("DTSTART", utcDateTime(event.start));
        lines.add("DTEND", utcDateTime(event.end));
        lines.addText("SUMMARY", event.summary);
        lines.addText("LOCATION", event.location);
        if (!event.url.empty()) lines.add("URL", uriValue(event.url));
        lines.addText("DESCRIPTION", event.description);
        lines.add("END", "VEVENT");
    }
    lines.add("END", "VCALENDAR");
    return lines.take();
}

void writeICalendarFile(const std::vector<domain::practice::CalendarEvent>& events, domain::Instant stamp,
                        const std::string& path) {
    writeFileAtomically(path, writeICalendar(events, stamp));
}

}  // namespace cg::exchange
