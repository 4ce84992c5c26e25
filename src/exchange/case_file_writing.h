#pragma once
// What the case-file writers share: how ids, names and optional values are
// spelled in a file, and the order records are written in. One writer per
// element lives in case_file_writer.cpp and practice_writers.cpp.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_record.h"
#include "exchange/xml_output.h"

namespace cg::exchange {

inline std::string idOf(std::string_view kind, domain::RecordNo no) {
    return std::string(kind) + "-" + std::to_string(no);
}

inline std::string idOf(std::string_view kind, const domain::OptionalNo& no) { return no ? idOf(kind, *no) : ""; }

template <typename E>
std::string nameOf(E value) {
    return std::string(domain::toString(value));
}

template <typename T>
std::string textOf(const std::optional<T>& value) {
    return value ? value->toString() : "";
}

template <typename Record>
std::vector<const Record*> inNumberOrder(const std::vector<Record>& records) {
    std::vector<const Record*> sorted;
    for (const Record& r : records) sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Record* a, const Record* b) { return a->no < b->no; });
    return sorted;
}

inline void writeRefs(XmlOutput& out, std::string_view element, std::string_view kind, const domain::RecordNos& nos) {
    for (domain::RecordNo no : nos) out.element(element, "", XmlAttributes().add("ref", idOf(kind, no)));
}

// practice_writers.cpp: the fee arrangement inside <case>, and the records
// of running the mediation (issue 7).
void writeFees(XmlOutput& out, const domain::Case& head);
void writeParticipant(XmlOutput& out, const domain::Participant& participant);
// Throws domain::Error when the exhibit's content was not loaded or does not
// match its SHA-256: the file would not import again.
void writeExhibit(XmlOutput& out, const domain::Exhibit& exhibit);
void writeTimeEntry(XmlOutput& out, const domain::TimeEntry& entry);
void writeExpense(XmlOutput& out, const domain::Expense& expense);
void writePayment(XmlOutput& out, const domain::Payment& payment);

// bargaining_writers.cpp: a party's alternatives and bottom lines.
void writeAlternative(XmlOutput& out, const domain::Alternative& alternative);
void writeBottomLine(XmlOutput& out, const domain::BottomLine& bottomLine);

}  // namespace cg::exchange
