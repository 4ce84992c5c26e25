#pragma once
// Compares two case records field by field and lists every difference by
// its path ("facts[0].discoveredOn: 2026-01-02 vs (none)"), so a failed
// round trip says exactly what was lost.
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "domain/case_record.h"

namespace cg::testing {

class CaseDifferences {
public:
    std::vector<std::string> of(const domain::CaseRecord& a, const domain::CaseRecord& b) {
        m_found.clear();
        head(a.head, b.head);
        list("parties", a.parties, b.parties,
             [&](const std::string& at, const auto& x, const auto& y) { party(at, x, y); });
        list("interests", a.interests, b.interests,
             [&](const std::string& at, const auto& x, const auto& y) {
                 field(at + ".no", x.no, y.no);
                 field(at + ".partyNo", x.partyNo, y.partyNo);
                 field(at + ".category", x.category, y.category);
                 field(at + ".priority", x.priority, y.priority);
                 field(at + ".visibility", x.visibility, y.visibility);
                 field(at + ".description", x.description, y.description);
             });
        list("clauses", a.clauses, b.clauses,
             [&](const std::string& at, const auto& x, const auto& y) { clause(at, x, y); });
        list("facts", a.facts, b.facts,
             [&](const std::string& at, const auto& x, const auto& y) { fact(at, x, y); });
        list("claims", a.claims, b.claims,
             [&](const std::string& at, const auto& x, const auto& y) {
                 field(at + ".no", x.no, y.no);
                 field(at + ".accuserNo", x.accuserNo, y.accuserNo);
                 field(at + ".accusedNo", x.accusedNo, y.accusedNo);
                 field(at + ".basis", x.basis, y.basis);
                 field(at + ".allegation", x.allegation, y.allegation);
                 field(at + ".position", x.position, y.position);
                 field(at + ".amountClaimed", x.amountClaimed, y.amountClaimed);
                 field(at + ".factNos", x.factNos, y.factNos);
                 field(at + ".clauseNos", x.clauseNos, y.clauseNos);
                 field(at + ".interestNos", x.interestNos, y.interestNos);
             });
        list("options", a.options, b.options,
             [&](const std::string& at, const auto& x, const auto& y) { option(at, x, y); });
        list("sessions", a.sessions, b.sessions,
             [&](const std::string& at, const auto& x, const auto& y) { session(at, x, y); });
        list("offers", a.offers, b.offers,
             [&](const std::string& at, const auto& x, const auto& y) {
                 field(at + ".no", x.no, y.no);
                 field(at + ".fromPartyNo", x.fromPartyNo, y.fromPartyNo);
                 field(at + ".toPartyNo", x.toPartyNo, y.toPartyNo);
                 field(at + ".madeAt", x.madeAt, y.madeAt);
                 field(at + ".sessionNo", x.sessionNo, y.sessionNo);
                 field(at + ".respondsToOfferNo", x.respondsToOfferNo, y.respondsToOfferNo);
                 field(at + ".amount", x.amount, y.amount);
                 field(at + ".terms", x.terms, y.terms);
                 field(at + ".status", x.status, y.status);
             });
        list("losses", a.losses, b.losses,
             [&](const std::string& at, const auto& x, const auto& y) {
                 field(at + ".no", x.no, y.no);
                 field(at + ".partyNo", x.partyNo, y.partyNo);
                 field(at + ".category", x.category, y.category);
                 field(at + ".description", x.description, y.description);
                 field(at + ".low", x.low, y.low);
                 field(at + ".high", x.high, y.high);
                 field(at + ".damages", x.damages, y.damages);
             });
        list("drafts", a.drafts, b.drafts,
             [&](const std::string& at, const auto& x, const auto& y) {
                 field(at + ".no", x.no, y.no);
                 field(at + ".version", x.version, y.version);
                 field(at + ".templateName", x.templateName, y.templateName);
                 field(at + ".createdAt", x.createdAt, y.createdAt);
                 field(at + ".termNos", x.termNos, y.termNos);
                 field(at + ".note", x.note, y.note);
                 list(at + ".termSnapshot", x.termSnapshot, y.termSnapshot,
                      [&](const std::string& t, const auto& p, const auto& q) { option(t, p, q); });
                 field(at + ".pdfSha256", x.pdfSha256, y.pdfSha256);
             });
        list("alternatives", a.alternatives, b.alternatives,
             [&](const std::string& at, const auto& x, const auto& y) {
                 field(at + ".no", x.no, y.no);
                 field(at + ".partyNo", x.partyNo, y.partyNo);
                 field(at + ".kind", x.kind, y.kind);
                 field(at + ".description", x.description, y.description);
                 field(at + ".value", x.value, y.value);
                 field(at + ".likelihoodPercent", x.likelihoodPercent, y.likelihoodPercent);
                 field(at + ".visibility", x.visibility, y.visibility);
             });
        list("bottomLines", a.bottomLines, b.bottomLines,
             [&](const std::string& at, const auto& x, const auto& y) {
                 field(at + ".no", x.no, y.no);
                 field(at + ".partyNo", x.partyNo, y.partyNo);
                 field(at + ".stance", x.stance, y.stance);
                 field(at + ".amount", x.amount, y.amount);
                 field(at + ".sessionNo", x.sessionNo, y.sessionNo);
                 field(at + ".givenOn", x.givenOn, y.givenOn);
                 field(at + ".note", x.note, y.note);
             });
        return m_found;
    }

private:
    static std::string show(const std::string& v) { return "'" + v + "'"; }
    static std::string show(bool v) { return v ? "true" : "false"; }
    static std::string show(int v) { return std::to_string(v); }
    static std::string show(std::int64_t v) { return std::to_string(v); }
    static std::string show(const domain::Date& v) { return v.toString(); }
    static std::string show(const domain::Instant& v) { return v.toString(); }
    static std::string show(const domain::Money& v) { return v.display(); }
    template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
    static std::string show(E v) {
        return std::string(domain::toString(v));
    }
    template <typename T>
    static std::string show(const std::optional<T>& v) {
        return v ? show(*v) : "(none)";
    }
    template <typename T>
    static std::string show(const std::vector<T>& v) {
        std::string text = "[";
        for (const auto& item : v) text += (text.size() > 1 ? ", " : "") + show(item);
        return text + "]";
    }

    template <typename T>
    void field(const std::string& at, const T& a, const T& b) {
        if (show(a) != show(b)) m_found.push_back(at + ": " + show(a) + " vs " + show(b));
    }

    template <typename T, typename Compare>
    void list(const std::string& at, const std::vector<T>& a, const std::vector<T>& b,
              Compare compare) {
        if (a.size() != b.size()) {
            m_found.push_back(at + ": " + std::to_string(a.size()) + " vs " +
                              std::to_string(b.size()) + " items");
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i)
            compare(at + "[" + std::to_string(i) + "]", a[i], b[i]);
    }

    void head(const domain::Case& a, const domain::Case& b) {
        field("head.reference", a.reference, b.reference);
        field("head.title", a.title, b.title);
        field("head.status", a.status, b.status);
        field("head.governingLaw", a.governingLaw, b.governingLaw);
        field("head.jurisdiction", a.jurisdiction, b.jurisdiction);
        field("head.mediator", a.mediator, b.mediator);
        field("head.currency", a.currency, b.currency);
        field("head.openedOn", a.openedOn, b.openedOn);
        field("head.closedOn", a.closedOn, b.closedOn);
        field("head.summary", a.summary, b.summary);
    }

    void party(const std::string& at, const domain::Party& a, const domain::Party& b) {
        field(at + ".no", a.no, b.no);
        field(at + ".name", a.name, b.name);
        field(at + ".kind", a.kind, b.kind);
        field(at + ".role", a.role, b.role);
        field(at + ".sector", a.sector, b.sector);
        field(at + ".representative", a.representative, b.representative);
        field(at + ".counsel", a.counsel, b.counsel);
        field(at + ".signatoryName", a.signatoryName, b.signatoryName);
        field(at + ".signatoryTitle", a.signatoryTitle, b.signatoryTitle);
        field(at + ".address", a.address, b.address);
        list(at + ".covers", a.covers, b.covers,
             [&](const std::string& c, const auto& x, const auto& y) {
                 field(c + ".kind", x.kind, y.kind);
                 field(c + ".insurer", x.insurer, y.insurer);
                 field(c + ".policyNumber", x.policyNumber, y.policyNumber);
                 field(c + ".limit", x.limit, y.limit);
                 field(c + ".deductible", x.deductible, y.deductible);
             });
    }

    void option(const std::string& at, const domain::SettlementOption& a,
                const domain::SettlementOption& b) {
        field(at + ".no", a.no, b.no);
        field(at + ".kind", a.kind, b.kind);
        field(at + ".description", a.description, b.description);
        field(at + ".amount", a.amount, b.amount);
        field(at + ".payerNo", a.payerNo, b.payerNo);
        field(at + ".payeeNo", a.payeeNo, b.payeeNo);
        field(at + ".status", a.status, b.status);
        field(at + ".interestNos", a.interestNos, b.interestNos);
        field(at + ".dueOn", a.dueOn, b.dueOn);
        list(at + ".instalments", a.instalments, b.instalments,
             [&](const std::string& i, const auto& x, const auto& y) {
                 field(i + ".dueOn", x.dueOn, y.dueOn);
                 field(i + ".amount", x.amount, y.amount);
             });
    }

    void clause(const std::string& at, const domain::ContractClause& a,
                const domain::ContractClause& b) {
        field(at + ".no", a.no, b.no);
        field(at + ".source", a.source, b.source);
        field(at + ".documentTitle", a.documentTitle, b.documentTitle);
        field(at + ".section", a.section, b.section);
        field(at + ".kind", a.kind, b.kind);
        field(at + ".obligatedPartyNo", a.obligatedPartyNo, b.obligatedPartyNo);
        field(at + ".coveredControls", a.coveredControls, b.coveredControls);
        field(at + ".text", a.text, b.text);
        if (a.cap.has_value() != b.cap.has_value()) {
            m_found.push_back(at + ".cap: present in one record only");
            return;
        }
        if (!a.cap) return;
        field(at + ".cap.basis", a.cap->basis, b.cap->basis);
        field(at + ".cap.fixedAmount", a.cap->fixedAmount, b.cap->fixedAmount);
        field(at + ".cap.monthlyFees", a.cap->monthlyFees, b.cap->monthlyFees);
        field(at + ".cap.lookbackMonths", a.cap->lookbackMonths, b.cap->lookbackMonths);
        field(at + ".cap.multiplierPercent", a.cap->multiplierPercent, b.cap->multiplierPercent);
        field(at + ".cap.carveOuts", a.cap->carveOuts, b.cap->carveOuts);
    }

    void fact(const std::string& at, const domain::BreachFact& a, const domain::BreachFact& b) {
        field(at + ".no", a.no, b.no);
        field(at + ".category", a.category, b.category);
        field(at + ".description", a.description, b.description);
        field(at + ".occurredOn", a.occurredOn, b.occurredOn);
        field(at + ".occurredEstimated", a.occurredEstimated, b.occurredEstimated);
        field(at + ".discoveredOn", a.discoveredOn, b.discoveredOn);
        field(at + ".dataTypes", a.dataTypes, b.dataTypes);
        field(at + ".recordsAffected", a.recordsAffected, b.recordsAffected);
        field(at + ".failedControl", a.failedControl, b.failedControl);
        field(at + ".assertedByPartyNo", a.assertedByPartyNo, b.assertedByPartyNo);
        field(at + ".standing", a.standing, b.standing);
    }

    void session(const std::string& at, const domain::MediationSession& a,
                 const domain::MediationSession& b) {
        field(at + ".no", a.no, b.no);
        field(at + ".kind", a.kind, b.kind);
        field(at + ".caucusPartyNo", a.caucusPartyNo, b.caucusPartyNo);
        field(at + ".startedAt", a.startedAt, b.startedAt);
        field(at + ".endedAt", a.endedAt, b.endedAt);
        field(at + ".participants", a.participants, b.participants);
        list(at + ".notes", a.notes, b.notes,
             [&](const std::string& n, const auto& x, const auto& y) {
                 field(n + ".no", x.no, y.no);
                 field(n + ".writtenAt", x.writtenAt, y.writtenAt);
                 field(n + ".visibility", x.visibility, y.visibility);
                 field(n + ".text", x.text, y.text);
             });
    }

    std::vector<std::string> m_found;
};

inline std::vector<std::string> caseDifferences(const domain::CaseRecord& a,
                                                const domain::CaseRecord& b) {
    return CaseDifferences().of(a, b);
}

}  // namespace cg::testing
