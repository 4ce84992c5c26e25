// The worksheet as XML, for a firm's own tools: the same rows and sheets as
// the text and CSV outputs, written by exchange's XmlOutput (fixed attribute
// order, so the same case gives the same bytes). Like them it is built from
// a case already passed through visibleTo(), so a party audience's document
// holds no bottom line, caucus or mediator-only material.
#include <ostream>
#include <unordered_map>

#include "cli/view_output.h"
#include "cli/view_worksheet.h"
#include "exchange/xml_output.h"

namespace cg::cli {

namespace {

using namespace domain;
using exchange::XmlAttributes;
using exchange::XmlOutput;

std::string flag(bool value) { return value ? "true" : "false"; }
std::string amount(const std::optional<Money>& money) { return money ? money->amountText() : ""; }
std::string currency(const std::optional<Money>& money) { return money ? money->currency() : ""; }
std::string numbers(const RecordNos& nos) {
    std::string text;
    for (auto no : nos) text += (text.empty() ? "" : " ") + std::to_string(no);
    return text;
}

class WorksheetXml {
public:
    explicit WorksheetXml(const CaseRecord& visible) {
        for (const auto& i : visible.interests) m_descriptions[i.no] = &i.description;
    }

    void interest(XmlOutput& out, std::string_view side, const WorksheetInterest& i) {
        out.element("interest", description(i.no),
                    XmlAttributes()
                        .add("side", std::string(side))
                        .add("party", std::to_string(i.partyNo))
                        .add("no", std::to_string(i.no))
                        .add("category", std::string(toString(i.category)))
                        .add("priority", std::to_string(i.priority))
                        .add("visibility", std::string(toString(i.visibility)))
                        .add("linked", flag(i.linkedFromClaim)));
    }

private:
    const std::string& description(RecordNo no) const {
        static const std::string kNone;
        const auto it = m_descriptions.find(no);
        return it == m_descriptions.end() ? kNone : *it->second;
    }
    std::unordered_map<RecordNo, const std::string*> m_descriptions;
};

void writeCriteria(XmlOutput& out, const std::vector<ClauseCriterion>& clauses,
                   const std::vector<ControlCriterion>& controls) {
    for (const auto& c : clauses) {
        out.open("clause", XmlAttributes()
                               .add("no", std::to_string(c.clauseNo))
                               .add("section", c.section)
                               .add("kind", std::string(toString(c.kind)))
                               .addOptional("obligates", c.obligatedPartyNo ? std::to_string(*c.obligatedPartyNo) : "")
                               .addOptional("cap", amount(c.capAmount))
                               .addOptional("currency", currency(c.capAmount)));
        out.optionalElement("document", c.documentTitle);
        for (const auto& carveOut : c.carveOuts) out.element("carve-out", carveOut);
        out.close();
    }
    for (const auto& c : controls)
        out.element("control", c.label,
                    XmlAttributes()
                        .add("key", c.key)
                        .add("facts", numbers(c.factNos))
                        .add("standing", c.allAgreed ? "agreed" : "disputed"));
}

void writeOptions(XmlOutput& out, const std::vector<ServingOption>& options) {
    for (const auto& o : options)
        out.element("option", o.description,
                    XmlAttributes()
                        .add("no", std::to_string(o.optionNo))
                        .add("kind", std::string(toString(o.kind)))
                        .add("status", std::string(toString(o.status)))
                        .addOptional("serves", numbers(o.servedInterestNos)));
}

void writeRow(XmlOutput& out, WorksheetXml& xml, const WorksheetRow& row) {
    out.open("claim", XmlAttributes()
                          .add("no", std::to_string(row.claimNo))
                          .add("basis", std::string(toString(row.basis)))
                          .add("accuser", std::to_string(row.accuserNo))
                          .add("accused", std::to_string(row.accusedNo))
                          .addOptional("claimed", amount(row.amountClaimed))
                          .addOptional("currency", currency(row.amountClaimed)));
    out.element("allegation", row.allegation);
    out.optionalElement("accuser-position", row.accuserPosition);
    for (const auto& p : row.accusedPositions) out.element("accused-position", p);
    for (const auto& i : row.accuserInterests) xml.interest(out, "accuser", i);
    for (const auto& i : row.accusedInterests) xml.interest(out, "accused", i);
    for (const auto& s : row.shared) {
        std::string words;
        for (const auto& w : s.commonWords) words += (words.empty() ? "" : " ") + w;
        out.element("shared", words,
                    XmlAttributes()
                        .add("accuser-interest", std::to_string(s.accuserInterestNo))
                        .add("accused-interest", std::to_string(s.accusedInterestNo))
                        .add("category", std::string(toString(s.category)))
                        .add("basis", s.suggested ? "suggested" : "linked")
                        .addOptional("score", s.suggested ? std::to_string(s.scorePercent) : ""));
    }
    writeCriteria(out, row.clauses, row.controls);
    writeOptions(out, row.options);
    for (auto no : row.unservedInterestNos)
        out.element("unserved-interest", "", XmlAttributes().add("no", std::to_string(no)));
    out.close();
}

void writeSheet(XmlOutput& out, WorksheetXml& xml, const CaseRecord& visible, const PreparationSheet& sheet) {
    out.open("preparation-sheet", XmlAttributes()
                                      .add("party", std::to_string(sheet.partyNo))
                                      .add("name", visible.party(sheet.partyNo).name));
    for (const auto& i : sheet.ownInterests) xml.interest(out, "own", i);
    for (const auto& i : sheet.otherInterests) xml.interest(out, "other", i);
    for (const auto& s : sheet.absentStakeholders)
        out.element("stakeholder", s.why,
                    XmlAttributes().add("who", s.who).addOptional("party", s.partyNo ? std::to_string(*s.partyNo) : ""));
    for (const auto& a : sheet.alternatives)
        out.element("alternative", a.description,
                    XmlAttributes()
                        .add("no", std::to_string(a.no))
                        .add("kind", std::string(toString(a.kind)))
                        .addOptional("value", amount(a.value))
                        .addOptional("currency", currency(a.value))
                        .add("likelihood", std::to_string(a.likelihoodPercent)));
    writeOptions(out, sheet.options);
    writeCriteria(out, sheet.clauses, sheet.controls);
    out.close();
}

}  // namespace

void printWorksheetXml(std::ostream& out, const CaseRecord& visible, const Audience& audience,
                       const WorksheetView& view) {
    XmlOutput xml;
    xml.open("worksheet", XmlAttributes()
                              .add("case", visible.head.reference)
                              .add("title", visible.head.title)
                              .add("audience", audience.describe(visible)));
    WorksheetXml rows(visible);
    for (const auto& row : view.worksheet.rows) writeRow(xml, rows, row);
    for (const auto& sheet : view.sheets) writeSheet(xml, rows, visible, sheet);
    xml.close();
    out << xml.finish();
}

}  // namespace cg::cli
