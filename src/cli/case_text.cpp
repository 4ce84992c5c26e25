#include "cli/case_text.h"

#include <algorithm>
#include <ostream>
#include <string>

#include "cli/fee_text.h"
#include "domain/vocabulary.h"

namespace cg::cli {

namespace {

using namespace domain;

std::string partyName(const CaseRecord& record, RecordNo no) {
    const Party* p = record.findParty(no);
    return p ? p->name : "party " + std::to_string(no);
}

std::string partyName(const CaseRecord& record, const OptionalNo& no) {
    return no ? partyName(record, *no) : std::string("—");
}

std::string confidentialityMark(Visibility v, const CaseRecord& record, RecordNo partyNo) {
    switch (v) {
        case Visibility::Everyone: return "";
        case Visibility::PartyAndMediator: return " [CONFIDENTIAL: " + partyName(record, partyNo) + " and mediator]";
        case Visibility::MediatorOnly: return " [CONFIDENTIAL: mediator only]";
    }
    return "";
}

std::string refs(const std::string& kind, const RecordNos& nos) {
    std::string text;
    for (RecordNo no : nos) text += (text.empty() ? "" : ", ") + kind + " " + std::to_string(no);
    return text;
}

void heading(std::ostream& out, const std::string& title, std::size_t count) {
    out << "\n" << title << " (" << count << ")\n" << std::string(title.size() + 3 + std::to_string(count).size(), '-')
        << "\n";
}

void printHead(std::ostream& out, const Case& head) {
    out << head.reference << "  " << head.title << "\n"
        << "Status: " << toString(head.status) << "    Opened: " << head.openedOn.toString();
    if (head.closedOn) out << "    Closed: " << head.closedOn->toString();
    if (head.outcome) out << "    Outcome: " << toString(*head.outcome);
    if (head.closedOn) out << " (" << daysToClose(head) << " days from intake to close)";
    out << "\nMediator: " << head.mediator << "\nGoverning law: " << head.governingLaw
        << "    Jurisdiction: " << head.jurisdiction << "    Currency: " << head.currency << "\n";
    if (!head.summary.empty()) out << "\n" << head.summary << "\n";
}

// An address of several lines on one: "Schloßstraße 12, 80331 München".
std::string oneLine(const std::string& text) {
    std::string line;
    for (char c : text) {
        if (c == '\r') continue;
        line += c == '\n' ? std::string(", ") : std::string(1, c);
    }
    return line;
}

void printParties(std::ostream& out, const CaseRecord& r) {
    heading(out, "Parties", r.parties.size());
    for (const auto& p : r.parties) {
        out << p.no << ". " << p.name << " — " << toString(p.role) << " (" << toString(p.kind) << ")";
        if (!p.sector.empty()) out << ", " << p.sector;
        out << "\n";
        if (!p.representative.empty()) out << "   Representative: " << p.representative << "\n";
        if (!p.counsel.empty()) out << "   Counsel: " << p.counsel << "\n";
        if (!p.signatoryName.empty())
            out << "   Signs: " << p.signatoryName << (p.signatoryTitle.empty() ? "" : ", " + p.signatoryTitle) << "\n";
        if (!p.address.empty()) out << "   Address: " << oneLine(p.address) << "\n";
        for (const auto& c : p.covers)
            out << "   Insurance: " << toString(c.kind) << " cover, limit " << c.limit.display() << ", deductible "
                << c.deductible.display() << (c.insurer.empty() ? "" : ", " + c.insurer) << "\n";
        if (p.agreementSignedOn) out << "   Agreement to mediate signed on " << p.agreementSignedOn->toString() << "\n";
    }
    const auto notSigned = partiesNotSigned(r.parties);
    if (!notSigned.empty()) {
        out << "Not yet signed the agreement to mediate:";
        for (std::size_t i = 0; i < notSigned.size(); ++i)
            out << (i == 0 ? " " : ", ") << notSigned[i]->name << " (party " << notSigned[i]->no << ")";
        out << "\n";
    }
}

void printParticipants(std::ostream& out, const CaseRecord& r) {
    heading(out, "Participants", r.participants.size());
    for (const auto& p : r.participants) {
        out << p.no << ". " << p.name << " — " << toString(p.role);
        if (!p.organisation.empty()) out << ", " << p.organisation;
        if (p.partyNo) out << ", for " << partyName(r, p.partyNo);
        if (!p.email.empty()) out << " <" << p.email << ">";
        out << "\n";
    }
}

void printInterests(std::ostream& out, const CaseRecord& r) {
    heading(out, "Interests", r.interests.size());
    for (const auto& i : r.interests)
        out << i.no << ". [" << partyName(r, i.partyNo) << "] " << i.description << " — " << toString(i.category)
            << ", priority " << i.priority << confidentialityMark(i.visibility, r, i.partyNo) << "\n";
}

void printClauses(std::ostream& out, const CaseRecord& r) {
    heading(out, "Contract clauses", r.clauses.size());
    for (const auto& c : r.clauses) {
        out << c.no << ". " << c.section << " " << (c.documentTitle.empty() ? toString(c.source) : c.documentTitle)
            << " — " << toString(c.kind);
        if (c.obligatedPartyNo) out << ", obliges " << partyName(r, c.obligatedPartyNo);
        out << "\n";
        if (!c.text.empty()) out << "   \"" << c.text << "\"\n";
        if (!c.coveredControls.empty()) {
            out << "   Controls:";
            for (const auto& control : c.coveredControls) out << " " << control << ";";
            out << "\n";
        }
        if (c.cap) {
            out << "   Liability cap: " << c.cap->amount().display();
            if (c.cap->basis == CapBasis::FeesLookback)
                out << " (" << c.cap->monthlyFees.display() << " a month × " << c.cap->lookbackMonths << " months × "
                    << c.cap->multiplierPercent << " %)";
            out << "\n";
            for (const auto& carveOut : c.cap->carveOuts) out << "   Not capped: " << carveOut << "\n";
        }
    }
}

void printFacts(std::ostream& out, const CaseRecord& r) {
    heading(out, "Breach facts", r.facts.size());
    for (const auto& f : r.facts) {
        out << f.no << ". " << f.occurredOn.toString() << (f.occurredEstimated ? " (estimated)" : "") << " "
            << f.description << " — " << toString(f.category) << ", " << toString(f.standing);
        if (f.assertedByPartyNo) out << ", asserted by " << partyName(r, f.assertedByPartyNo);
        out << "\n";
        if (f.discoveredOn) out << "   Discovered: " << f.discoveredOn->toString() << "\n";
        if (!f.failedControl.empty()) out << "   Failed control: " << f.failedControl << "\n";
        if (!f.dataTypes.empty() || f.recordsAffected) {
            out << "   Data exposed:";
            for (auto t : f.dataTypes) out << " " << toString(t);
            if (f.recordsAffected) out << " (" << *f.recordsAffected << " records)";
            out << "\n";
        }
    }
}

void printClaims(std::ostream& out, const CaseRecord& r) {
    heading(out, "Blame claims", r.claims.size());
    for (const auto& c : r.claims) {
        out << c.no << ". " << partyName(r, c.accuserNo) << " → " << partyName(r, c.accusedNo) << ": " << c.allegation
            << " (" << toString(c.basis) << ")";
        if (c.amountClaimed) out << ", claims " << c.amountClaimed->display();
        out << "\n";
        if (!c.position.empty()) out << "   Position: " << c.position << "\n";
        if (!c.factNos.empty()) out << "   Rests on: " << refs("fact", c.factNos) << "\n";
        if (!c.clauseNos.empty()) out << "   Clauses: " << refs("clause", c.clauseNos) << "\n";
        if (!c.interestNos.empty()) out << "   Interests: " << refs("interest", c.interestNos) << "\n";
    }
}

void printOptions(std::ostream& out, const CaseRecord& r) {
    heading(out, "Settlement options", r.options.size());
    for (const auto& o : r.options) {
        out << o.no << ". [" << toString(o.status) << "] " << o.description << " — " << toString(o.kind);
        if (o.amount) out << ", " << o.amount->display();
        if (o.payerNo) out << ", paid by " << partyName(r, o.payerNo);
        if (o.payeeNo) out << " to " << partyName(r, o.payeeNo);
        if (o.dueOn) out << ", due " << o.dueOn->toString();
        out << "\n";
        if (!o.interestNos.empty()) out << "   Serves: " << refs("interest", o.interestNos) << "\n";
        for (std::size_t i = 0; i < o.instalments.size(); ++i)
            out << "   Instalment " << i + 1 << " of " << o.instalments.size() << ": "
                << o.instalments[i].amount.display() << " due " << o.instalments[i].dueOn.toString() << "\n";
    }
}

void printSessions(std::ostream& out, const CaseRecord& r) {
    heading(out, "Sessions", r.sessions.size());
    for (const auto& s : r.sessions) {
        out << s.no << ". " << (s.kind == SessionKind::Joint ? "Joint session" : "Caucus with " + partyName(r, s.caucusPartyNo))
            << ", " << s.startedAt.toString();
        if (s.endedAt) out << " to " << s.endedAt->toString();
        if (s.plannedMinutes) out << ", booked for " << *s.plannedMinutes << " minutes";
        out << "\n";
        if (!s.location.empty()) out << "   Location: " << oneLine(s.location) << "\n";
        if (!s.videoLink.empty()) out << "   Video link: " << s.videoLink << "\n";
        if (!s.participants.empty()) {
            out << "   Participants:";
            for (const auto& p : s.participants) out << " " << p << ";";
            out << "\n";
        }
        for (const auto& n : s.notes)
            out << "   Note " << n.no << " (" << n.writtenAt.toString() << ")"
                << confidentialityMark(n.visibility, r, s.caucusPartyNo.value_or(0)) << ": " << n.text << "\n";
    }
}

void printOffers(std::ostream& out, const CaseRecord& r) {
    heading(out, "Offers", r.offers.size());
    for (const auto& o : r.offers) {
        out << o.no << ". " << o.madeAt.toString() << " " << partyName(r, o.fromPartyNo) << " → "
            << partyName(r, o.toPartyNo) << ": " << (o.amount ? o.amount->display() : std::string("no amount")) << " ["
            << toString(o.status) << "]";
        if (o.respondsToOfferNo) out << ", answers offer " << *o.respondsToOfferNo;
        if (o.sessionNo) out << ", in session " << *o.sessionNo;
        out << "\n";
        if (!o.terms.empty()) out << "   Terms: " << o.terms << "\n";
    }
}

void printLosses(std::ostream& out, const CaseRecord& r) {
    heading(out, "Losses", r.losses.size());
    for (const auto& l : r.losses)
        out << l.no << ". [" << partyName(r, l.partyNo) << "] " << toString(l.category) << " "
            << l.low.display() << " – " << l.high.display() << " (" << toString(l.damages) << ")"
            << (l.description.empty() ? "" : ": " + l.description) << "\n";
}

// Shown only when there are any, so a case without them reads as before.
// case show is the mediator's view of the whole record, so the bottom lines
// are listed, each marked confidential.
void printBargaining(std::ostream& out, const CaseRecord& r) {
    if (!r.alternatives.empty()) {
        heading(out, "Alternatives", r.alternatives.size());
        for (const auto& a : r.alternatives)
            out << a.no << ". [" << partyName(r, a.partyNo) << "] " << (a.kind == AlternativeKind::Batna ? "BATNA" : "WATNA")
                << ", " << (a.value ? a.value->display() : std::string("no value")) << ", " << a.likelihoodPercent
                << " % likely" << confidentialityMark(a.visibility, r, a.partyNo) << ": " << a.description << "\n";
    }
    if (!r.bottomLines.empty()) {
        heading(out, "Bottom lines", r.bottomLines.size());
        for (const auto& b : r.bottomLines) {
            out << b.no << ". [" << partyName(r, b.partyNo) << "] " << toString(b.stance) << " " << b.amount.display()
                << ", given " << b.givenOn.toString();
            if (b.sessionNo) out << " in session " << *b.sessionNo;
            out << " [CONFIDENTIAL: mediator only]\n";
            if (!b.note.empty()) out << "   Note: " << b.note << "\n";
        }
    }
}

void printDrafts(std::ostream& out, const CaseRecord& r) {
    heading(out, "Agreement drafts", r.drafts.size());
    for (const auto& d : r.drafts)
        out << d.no << ". Draft " << d.version << " from template " << d.templateName << ", " << d.createdAt.toString()
            << (d.termNos.empty() ? "" : "; terms: " + refs("option", d.termNos))
            << (d.termSnapshot.empty() ? "" : "; terms as rendered kept")
            << (d.pdfSha256.empty() ? "" : "; PDF SHA-256 " + d.pdfSha256) << "\n";
}

void printExhibits(std::ostream& out, const CaseRecord& r) {
    heading(out, "Exhibits", r.exhibits.size());
    for (const auto& e : r.exhibits) {
        out << e.no << ". " << e.title << " (" << e.fileName << ", " << e.sizeBytes << " bytes, attached "
            << e.attachedAt.toString() << ")"
            << confidentialityMark(e.visibility, r, e.submittedByPartyNo.value_or(0)) << "\n";
        if (e.submittedByPartyNo) out << "   Submitted by: " << partyName(r, e.submittedByPartyNo) << "\n";
        if (!e.factNos.empty() || !e.claimNos.empty()) {
            std::string evidence = refs("fact", e.factNos);
            const std::string claims = refs("claim", e.claimNos);
            if (!claims.empty()) evidence += (evidence.empty() ? "" : ", ") + claims;
            out << "   Evidence for: " << evidence << "\n";
        }
        out << "   SHA-256: " << e.sha256 << "\n";
        if (!e.description.empty()) out << "   " << e.description << "\n";
    }
}

// Time, expenses and payments as totals: the listings have the detail.
void printPractice(std::ostream& out, const CaseRecord& r) {
    heading(out, "Fees and time", r.timeEntries.size() + r.expenses.size() + r.payments.size());
    out << "Fees: " << feeBasisText(r.head.fees) << "; split "
        << (r.head.fees.shares.empty() ? "equally between the claimants and respondents"
                                       : splitText(r.head.fees.shares))
        << "\n";
    int minutes = 0;
    int billable = 0;
    for (const auto& t : r.timeEntries) {
        minutes += t.minutes;
        if (t.billable) billable += t.minutes;
    }
    out << "Time: " << r.timeEntries.size() << (r.timeEntries.size() == 1 ? " entry, " : " entries, ") << minutes
        << " minutes (" << billable << " billable)\n";
    for (const auto& e : r.expenses)
        out << "Expense " << e.no << ": " << e.incurredOn.toString() << " " << e.amount.display() << " "
            << e.description << (e.chargedToPartyNo ? " (charged to " + partyName(r, e.chargedToPartyNo) + ")" : "")
            << "\n";
    for (const auto& p : r.payments)
        out << "Payment " << p.no << ": " << p.receivedOn.toString() << " " << p.amount.display() << " from "
            << partyName(r, p.partyNo) << (p.reference.empty() ? "" : ", " + p.reference) << "\n";
}

}  // namespace

long daysToClose(const Case& head) {
    return head.closedOn ? static_cast<long>((head.closedOn->days() - head.openedOn.days()).count()) : 0;
}

std::vector<const Party*> partiesNotSigned(const std::vector<Party>& parties) {
    std::vector<const Party*> result;
    for (const auto& p : parties)
        if (!p.agreementSignedOn) result.push_back(&p);
    return result;
}

void printCase(std::ostream& out, const CaseRecord& record) {
    printHead(out, record.head);
    printParties(out, record);
    printParticipants(out, record);
    printInterests(out, record);
    printClauses(out, record);
    printFacts(out, record);
    printClaims(out, record);
    printOptions(out, record);
    printSessions(out, record);
    printOffers(out, record);
    printLosses(out, record);
    printBargaining(out, record);
    printDrafts(out, record);
    printExhibits(out, record);
    printPractice(out, record);
}

void printConflictDecisionSection(std::ostream& out,
                                  const std::vector<conflicts::ConflictDecision>& decisions) {
    heading(out, "Conflict checks", decisions.size());
    for (const auto& d : decisions) {
        const auto hits = std::count(d.hitsSeen.begin(), d.hitsSeen.end(), '\n');
        out << d.no << ". " << d.checkedName << ": " << conflicts::toString(d.verdict) << " ("
            << hits << (hits == 1 ? " hit" : " hits") << " seen; " << d.decidedBy << ", "
            << d.decidedAt.toString() << ")\n";
        if (!d.reason.empty()) out << "   Reason: " << oneLine(d.reason) << "\n";
    }
}

}  // namespace cg::cli
