#include "domain/documents/handouts/case_summary_document.h"

#include <algorithm>

#include "domain/common_ground/audience.h"
#include "domain/documents/handouts/case_wording.h"
#include "domain/documents/handouts/document_frame.h"
#include "domain/documents/handouts/document_writer.h"
#include "domain/documents/handouts/exposure_section.h"
#include "domain/documents/record_labels.h"

namespace cg::domain::documents {

namespace {

void writeHead(DocumentWriter& writer, const Case& head) {
    writer.section("The case");
    const auto orDash = [](const std::string& text) {
        return text.empty() ? std::string("—") : text;
    };
    writer.labelled("Reference", head.reference);
    writer.labelled("Title", head.title);
    writer.labelled("Status", words(head.status));
    writer.labelled("Mediator", orDash(head.mediator));
    writer.labelled("Governing law",
                    orDash(head.governingLaw) +
                        (head.jurisdiction.empty() ? "" : " (" + head.jurisdiction + ")"));
    writer.labelled("Currency", head.currency);
    writer.labelled("Opened", dateText(head.openedOn));
    if (head.closedOn) writer.labelled("Closed", dateText(*head.closedOn));
    if (!head.summary.empty()) writer.labelled("Summary", head.summary);
}

std::string coverText(const InsuranceCover& c) {
    std::vector<std::string> policy;
    for (const std::string* part : {&c.insurer, &c.policyNumber})
        if (!part->empty()) policy.push_back(*part);
    return words(c.kind) + (policy.empty() ? "" : " (" + joined(policy, " ") + ")") + ": limit " +
           c.limit.display() + ", deductible " + c.deductible.display();
}

void writeParties(DocumentWriter& writer, const CaseRecord& record) {
    writer.section("Parties");
    Table table;
    table.columns = {{"No", 0.5},      {"Party", 2.2},    {"Role", 1.2}, {"Representative", 1.8},
                     {"Counsel", 1.6}, {"Insurance", 3.2}};
    for (const Party& p : record.parties) {
        std::vector<std::string> covers;
        for (const auto& c : p.covers) covers.push_back(coverText(c));
        table.rows.push_back({std::to_string(p.no),
                              p.name + (p.sector.empty() ? "" : ", " + p.sector), words(p.role),
                              p.representative.empty() ? "—" : p.representative,
                              p.counsel.empty() ? "—" : p.counsel,
                              covers.empty() ? "none recorded" : joined(covers, "; ")});
    }
    writer.table(std::move(table), "No parties recorded.");
}

// "EUR 108,000.00 (fees EUR 4,500.00 a month × 12 months × 200 %)".
std::string capText(const LiabilityCap& cap) {
    std::string text = cap.amount().display();
    if (cap.basis == CapBasis::FeesLookback)
        text += " (fees " + cap.monthlyFees.display() + " a month × " +
                std::to_string(cap.lookbackMonths) + " months × " +
                std::to_string(cap.multiplierPercent) + " %)";
    if (!cap.carveOuts.empty()) text += "; carve-outs: " + joined(cap.carveOuts, ", ");
    return text;
}

void writeClauses(DocumentWriter& writer, const CaseRecord& record) {
    writer.section("Contract clauses");
    Table table;
    table.columns = {{"No", 0.5},        {"Source", 2.2}, {"Kind", 1.5},
                     {"Obligates", 1.5}, {"Cap", 2.2},    {"Text", 3.2}};
    for (const ContractClause& c : record.clauses) {
        const std::string source = (c.documentTitle.empty() ? words(c.source) : c.documentTitle) +
                                   (c.section.empty() ? "" : " " + c.section);
        table.rows.push_back({std::to_string(c.no), source, words(c.kind),
                              c.obligatedPartyNo ? partyName(record, *c.obligatedPartyNo) : "—",
                              c.cap ? capText(*c.cap) : "—", c.text.empty() ? "—" : c.text});
    }
    writer.table(std::move(table), "No contract clauses recorded.");
}

std::string factDetail(const BreachFact& f) {
    std::vector<std::string> parts;
    if (!f.failedControl.empty()) parts.push_back("control: " + f.failedControl);
    if (!f.dataTypes.empty()) {
        std::vector<std::string> types;
        // The abbreviations are how breach notices and statutes name them.
        for (DataType t : f.dataTypes)
            types.push_back(t == DataType::Pii ? "PII" : t == DataType::Phi ? "PHI" : words(t));
        parts.push_back("data: " + joined(types, ", "));
    }
    if (f.recordsAffected) parts.push_back(countText(*f.recordsAffected) + " records");
    if (f.discoveredOn) parts.push_back("discovered " + dateText(*f.discoveredOn));
    return parts.empty() ? "—" : joined(parts, "; ");
}

void writeFacts(DocumentWriter& writer, const CaseRecord& record) {
    writer.section("Facts in date order");
    std::vector<const BreachFact*> facts;
    for (const BreachFact& f : record.facts) facts.push_back(&f);
    std::stable_sort(facts.begin(), facts.end(), [](const BreachFact* a, const BreachFact* b) {
        return a->occurredOn < b->occurredOn;
    });
    Table table;
    table.columns = {{"Date", 1.3},   {"No", 0.5},          {"Category", 1.5}, {"Fact", 3},
                     {"Detail", 2.4}, {"Asserted by", 1.6}, {"Standing", 1}};
    for (const BreachFact* f : facts)
        table.rows.push_back({dateText(f->occurredOn) + (f->occurredEstimated ? " (est.)" : ""),
                              std::to_string(f->no), words(f->category), f->description,
                              factDetail(*f),
                              f->assertedByPartyNo ? partyName(record, *f->assertedByPartyNo) : "—",
                              words(f->standing)});
    writer.table(std::move(table), "No facts recorded.");
}

void writeClaims(DocumentWriter& writer, const CaseRecord& record) {
    writer.section("Blame claims");
    Table table;
    table.columns = {{"No", 0.5},    {"Accuser", 1.8},  {"Accused", 1.8},
                     {"Basis", 1.5}, {"Allegation", 3}, {"Amount claimed", 1.8, Alignment::Right}};
    for (const BlameClaim& c : record.claims)
        table.rows.push_back({std::to_string(c.no), partyName(record, c.accuserNo),
                              partyName(record, c.accusedNo), words(c.basis), c.allegation,
                              amountText(c.amountClaimed)});
    writer.table(std::move(table), "No blame claims recorded.");
}

void writeOptions(DocumentWriter& writer, const CaseRecord& record) {
    writer.section("Settlement options");
    Table table;
    table.columns = {{"No", 0.5},        {"Kind", 1.5},
                     {"Option", 3},      {"Amount", 1.8, Alignment::Right},
                     {"From → to", 2.4}, {"Status", 1.4}};
    for (const SettlementOption& o : record.options) {
        std::string flow = "—";
        if (o.payerNo || o.payeeNo)
            flow = (o.payerNo ? partyName(record, *o.payerNo) : "—") + " → " +
                   (o.payeeNo ? partyName(record, *o.payeeNo) : "—");
        table.rows.push_back({std::to_string(o.no), words(o.kind),
                              o.description.empty() ? "—" : o.description, amountText(o.amount),
                              flow, words(o.status)});
    }
    writer.table(std::move(table), "No settlement options recorded.");
}

void writeSessions(DocumentWriter& writer, const CaseRecord& record) {
    writer.section("Sessions held");
    std::vector<const MediationSession*> sessions;
    for (const auto& s : record.sessions) sessions.push_back(&s);
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const MediationSession* a, const MediationSession* b) {
                         return a->startedAt < b->startedAt;
                     });
    const auto caucuses =
        std::count_if(sessions.begin(), sessions.end(),
                      [](const MediationSession* s) { return s->kind == SessionKind::Caucus; });
    if (!sessions.empty())
        writer.paragraph(std::to_string(sessions.size()) +
                         (sessions.size() == 1 ? " session" : " sessions") +
                         " held: " + std::to_string(sessions.size() - caucuses) + " joint, " +
                         std::to_string(caucuses) + (caucuses == 1 ? " caucus." : " caucuses."));
    Table table;
    table.columns = {{"No", 0.5},
                     {"Started", 2},
                     {"Ended", 2},
                     {"Kind", 2.6},
                     {"Notes kept", 1, Alignment::Right}};
    for (const MediationSession* s : sessions) {
        const std::string kind = s->kind == SessionKind::Caucus && s->caucusPartyNo
                                     ? "caucus with " + partyName(record, *s->caucusPartyNo)
                                     : words(s->kind);
        table.rows.push_back({std::to_string(s->no), instantText(s->startedAt),
                              s->endedAt ? instantText(*s->endedAt) : "—", kind,
                              std::to_string(s->notes.size())});
    }
    writer.table(std::move(table), "No sessions held yet.");
}

void writeDrafts(DocumentWriter& writer, const CaseRecord& record) {
    writer.section("Drafts so far");
    Table table;
    table.columns = {{"Version", 0.8, Alignment::Right},
                     {"Made", 2},
                     {"Template", 2},
                     {"Terms", 1.2},
                     {"Note", 3}};
    for (const AgreementDraft& d : record.drafts)
        table.rows.push_back({std::to_string(d.version), instantText(d.createdAt), d.templateName,
                              numberList(d.termNos), d.note.empty() ? "—" : d.note});
    writer.table(std::move(table), "No settlement agreement drafted yet.");
}

}  // namespace

Document caseSummaryDocument(const CaseRecord& record, Date date, PaperSize paper) {
    const CaseRecord visible = visibleTo(record, Audience::mediator());
    Document document = mediatorPaper(visible, "Case summary", "Mediator's case summary", "case summary", date, paper);

    DocumentWriter writer(document);
    writer.title("Case summary — " + visible.head.title);
    writer.labelled("Date", writtenDate(date));
    writeHead(writer, visible.head);
    writeParties(writer, visible);
    writeClauses(writer, visible);
    writeFacts(writer, visible);
    writeClaims(writer, visible);
    writeLossesAndExposure(writer, visible);
    writeOptions(writer, visible);
    writeSessions(writer, visible);
    writeDrafts(writer, visible);
    writer.note("Prepared for the mediator from the case records. Not legal advice.");
    return document;
}

}  // namespace cg::domain::documents
