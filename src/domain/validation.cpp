#include "domain/validation.h"

#include <string>

#include "domain/case_reference.h"
#include "domain/errors.h"
#include "domain/practice/share_text.h"

namespace cg::domain {

namespace {

constexpr std::size_t kMaxNameLength = 300;
constexpr std::size_t kMaxTextLength = 200'000;
// More than the population of the earth is a typing error, not a breach.
constexpr std::int64_t kMaxRecordsAffected = 10'000'000'000;
constexpr std::int64_t kMoneyCeiling = 1'000'000'000'000'000;  // as in money.cpp

// Limits are in characters as a person counts them, not UTF-8 bytes, so a
// Greek or Cyrillic name gets the same room as a Latin one.
std::size_t characterCount(const std::string& text) {
    std::size_t count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

constexpr int kMinutesPerDay = 24 * 60;

bool isBlank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

class RecordRules {
public:
    RecordRules(std::string kind, RecordNo no) : m_kind(std::move(kind)), m_no(no) {}

    [[noreturn]] void fail(const std::string& what) const {
        throw ValidationError(m_kind + " " + std::to_string(m_no) + ": " + what, m_kind, m_no);
    }
    void require(bool condition, const std::string& what) const {
        if (!condition) fail(what);
    }
    void numbered() const { require(m_no >= 1, "record numbers start at 1"); }
    void required(const std::string& value, const std::string& field) const {
        require(!isBlank(value), field + " is required");
    }
    void name(const std::string& value, const std::string& field) const {
        required(value, field);
        require(characterCount(value) <= kMaxNameLength,
                field + " is longer than " + std::to_string(kMaxNameLength) + " characters");
    }
    void text(const std::string& value, const std::string& field) const {
        require(value.size() <= kMaxTextLength, field + " is longer than 200,000 characters");
    }
    void link(const std::set<RecordNo>& existing, RecordNo no, const std::string& target) const {
        require(existing.count(no) == 1, "refers to " + target + " " + std::to_string(no) +
                                             ", which is not in this case");
    }
    void link(const std::set<RecordNo>& existing, const OptionalNo& no, const std::string& target) const {
        if (no) link(existing, *no, target);
    }
    void links(const std::set<RecordNo>& existing, const RecordNos& nos, const std::string& target) const {
        std::set<RecordNo> seen;
        for (RecordNo no : nos) {
            link(existing, no, target);
            require(seen.insert(no).second, "links " + target + " " + std::to_string(no) + " twice");
        }
    }

private:
    std::string m_kind;
    RecordNo m_no;
};

// A payment in instalments is still one term of one amount: the agreement
// states the total and the schedule, and the two must never disagree.
void checkInstalments(const SettlementOption& option, const RecordRules& rules) {
    if (option.instalments.empty()) return;
    if (!option.amount) rules.fail("instalments need the term's amount; give the amount they add up to");
    const Money& amount = *option.amount;
    std::int64_t total = 0;
    for (std::size_t i = 0; i < option.instalments.size(); ++i) {
        const Instalment& instalment = option.instalments[i];
        const std::string which = "instalment " + std::to_string(i + 1);
        rules.require(instalment.amount.currency() == amount.currency(),
                      which + " is in " + instalment.amount.currency() + ", the term in " + amount.currency());
        rules.require(instalment.amount.minorUnits() > 0,
                      which + " of " + instalment.amount.display() + " is not a positive amount");
        if (i > 0)
            rules.require(option.instalments[i - 1].dueOn < instalment.dueOn,
                          which + " is due on " + instalment.dueOn.toString() + ", not after instalment " +
                              std::to_string(i) + " on " + option.instalments[i - 1].dueOn.toString() +
                              "; list them in the order they fall due");
        // Each is below Money's ceiling (money.cpp); past it the sum
        // is surely wrong, and stopping there keeps it from overflowing.
        if (total <= kMoneyCeiling) total += instalment.amount.minorUnits();
    }
    if (total > kMoneyCeiling)
        rules.fail("instalments add up to more than the term's " + amount.display());
    rules.require(total == amount.minorUnits(), "instalments add up to " + Money(total, amount.currency()).display() +
                                                    ", not the term's " + amount.display());
}

std::string joinNumbers(const RecordNos& nos) {
    if (nos.empty()) return "(none)";
    std::string text;
    for (RecordNo no : nos) text += (text.empty() ? "" : ", ") + std::to_string(no);
    return text;
}

bool isLowerHex(const std::string& text) {
    return text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

template <typename Record>
void requireUniqueNumbers(const std::vector<Record>& records, const std::string& kind) {
    std::set<RecordNo> seen;
    for (const auto& r : records)
        if (!seen.insert(r.no).second)
            throw ValidationError("two records are numbered " + kind + " " + std::to_string(r.no), kind, r.no);
}

template <typename Record>
std::set<RecordNo> numbersOf(const std::vector<Record>& records) {
    std::set<RecordNo> result;
    for (const auto& r : records) result.insert(r.no);
    return result;
}

}  // namespace

RecordIndex RecordIndex::of(const CaseRecord& record) {
    RecordIndex index;
    index.parties = numbersOf(record.parties);
    index.interests = numbersOf(record.interests);
    index.clauses = numbersOf(record.clauses);
    index.facts = numbersOf(record.facts);
    index.options = numbersOf(record.options);
    index.claims = numbersOf(record.claims);
    index.sessions = numbersOf(record.sessions);
    index.offers = numbersOf(record.offers);
    for (const auto& session : record.sessions)
        if (session.kind == SessionKind::Caucus && session.caucusPartyNo)
            index.caucusParties.emplace(session.no, *session.caucusPartyNo);
    return index;
}

void validate(const Case& head) {
    CaseReference::parse(head.reference);
    const auto fail = [&](const std::string& what) {
        throw ValidationError("case " + head.reference + ": " + what, "case", 0);
    };
    if (isBlank(head.title)) fail("title is required");
    if (characterCount(head.title) > kMaxNameLength) fail("title is longer than 300 characters");
    requireCurrencyCode(head.currency);
    if (head.closedOn && *head.closedOn < head.openedOn) fail("closed before it was opened");
    if (head.summary.size() > kMaxTextLength) fail("summary is longer than 200,000 characters");
    if (head.outcome && !head.closedOn)
        fail("an outcome is recorded when the case closes; give the closing date too");
    if (head.fees.basis == FeeBasis::Hourly && head.fees.hourlyRate.minorUnits() < 0)
        fail("the hourly rate cannot be negative");
    if (head.fees.basis == FeeBasis::Fixed && head.fees.fixedFee.minorUnits() < 0)
        fail("the fixed fee cannot be negative");
}

void validate(const Party& party) {
    const RecordRules rules("party", party.no);
    rules.numbered();
    rules.name(party.name, "name");
    rules.text(party.sector + party.representative + party.counsel, "sector, representative and counsel");
    if (!party.signatoryName.empty()) rules.name(party.signatoryName, "signatory name");
    if (!party.signatoryTitle.empty()) rules.name(party.signatoryTitle, "signatory title");
    rules.require(party.signatoryTitle.empty() || !party.signatoryName.empty(),
                  "a signatory title without a signatory name; name who signs as " + party.signatoryTitle);
    rules.text(party.address, "address");
    for (const auto& cover : party.covers) {
        rules.require(cover.limit.currency() == cover.deductible.currency(),
                      "insurance limit and deductible are in different currencies");
        rules.require(cover.deductible.minorUnits() <= cover.limit.minorUnits() || cover.limit.isZero(),
                      "insurance deductible " + cover.deductible.display() + " exceeds the limit " +
                          cover.limit.display());
    }
}

void validate(const Interest& interest, const RecordIndex& index) {
    const RecordRules rules("interest", interest.no);
    rules.numbered();
    rules.link(index.parties, interest.partyNo, "party");
    rules.required(interest.description, "description");
    rules.text(interest.description, "description");
    rules.require(interest.priority >= Interest::kHighestPriority && interest.priority <= Interest::kLowestPriority,
                  "priority " + std::to_string(interest.priority) + " is outside 1 (highest) to 5 (lowest)");
}

void validate(const ContractClause& clause, const RecordIndex& index) {
    const RecordRules rules("clause", clause.no);
    rules.numbered();
    rules.name(clause.section, "section reference");
    rules.text(clause.text, "clause text");
    rules.link(index.parties, clause.obligatedPartyNo, "party");
    if (clause.cap) {
        rules.require(clause.kind == ClauseKind::LimitationOfLiability,
                      "only a limitation-of-liability clause carries a liability cap");
        const LiabilityCap& cap = *clause.cap;
        if (cap.basis == CapBasis::FeesLookback) {
            rules.require(cap.lookbackMonths >= 1 && cap.lookbackMonths <= 120,
                          "look-back of " + std::to_string(cap.lookbackMonths) +
                              " months is outside 1 to 120 months");
            rules.require(cap.multiplierPercent >= 1 && cap.multiplierPercent <= 10'000,
                          "multiplier of " + std::to_string(cap.multiplierPercent) +
                              " % is outside 1 % to 10,000 %");
            try {
                cap.amount();
            } catch (const ValidationError& e) {
                rules.fail(e.what());
            }
        }
    }
}

void validate(const BreachFact& fact, const RecordIndex& index) {
    const RecordRules rules("fact", fact.no);
    rules.numbered();
    rules.required(fact.description, "description");
    rules.text(fact.description, "description");
    rules.link(index.parties, fact.assertedByPartyNo, "party");
    if (fact.recordsAffected) {
        rules.require(*fact.recordsAffected >= 0, "records affected cannot be negative");
        rules.require(*fact.recordsAffected <= kMaxRecordsAffected,
                      "records affected (" + std::to_string(*fact.recordsAffected) +
                          ") is more than ten billion; check the figure");
    }
    if (fact.discoveredOn && !fact.occurredEstimated)
        rules.require(*fact.discoveredOn >= fact.occurredOn,
                      "discovered on " + fact.discoveredOn->toString() + ", before it occurred on " +
                          fact.occurredOn.toString() + " (mark the occurrence date as estimated if it is)");
}

void validate(const BlameClaim& claim, const RecordIndex& index) {
    const RecordRules rules("claim", claim.no);
    rules.numbered();
    rules.link(index.parties, claim.accuserNo, "party");
    rules.link(index.parties, claim.accusedNo, "party");
    rules.require(claim.accuserNo != claim.accusedNo,
                  "accuser and accused are the same party (" + std::to_string(claim.accuserNo) + ")");
    rules.required(claim.allegation, "allegation");
    rules.text(claim.allegation + claim.position, "allegation and position");
    rules.links(index.facts, claim.factNos, "fact");
    rules.links(index.clauses, claim.clauseNos, "clause");
    rules.links(index.interests, claim.interestNos, "interest");
}

void validate(const SettlementOption& option, const RecordIndex& index) {
    const RecordRules rules("option", option.no);
    rules.numbered();
    rules.required(option.description, "description");
    rules.text(option.description, "description");
    rules.link(index.parties, option.payerNo, "party");
    rules.link(index.parties, option.payeeNo, "party");
    if (option.payerNo && option.payeeNo)
        rules.require(*option.payerNo != *option.payeeNo, "payer and payee are the same party");
    rules.links(index.interests, option.interestNos, "interest");
    checkInstalments(option, rules);
}

void validate(const MediationSession& session, const RecordIndex& index) {
    const RecordRules rules("session", session.no);
    rules.numbered();
    if (session.kind == SessionKind::Caucus) {
        rules.require(session.caucusPartyNo.has_value(), "a caucus is held with one party; name it");
        rules.link(index.parties, session.caucusPartyNo, "party");
    } else {
        rules.require(!session.caucusPartyNo, "a joint session has no caucus party");
    }
    if (session.endedAt)
        rules.require(*session.endedAt >= session.startedAt, "ends before it starts");
    if (session.plannedMinutes)
        rules.require(*session.plannedMinutes >= 1 && *session.plannedMinutes <= kMinutesPerDay,
                      "a session is booked for between 1 minute and 24 hours");
    rules.text(session.location, "location");
    rules.require(session.videoLink.empty() || session.videoLink.rfind("https://", 0) == 0 ||
                      session.videoLink.rfind("http://", 0) == 0,
                  "the video link must be a web address starting with https://");
    std::set<RecordNo> noteNos;
    for (const auto& note : session.notes) {
        rules.require(note.no >= 1, "note numbers start at 1");
        rules.require(noteNos.insert(note.no).second, "two notes are numbered " + std::to_string(note.no));
        rules.text(note.text, "note " + std::to_string(note.no));
    }
}

void validate(const Offer& offer, const RecordIndex& index) {
    const RecordRules rules("offer", offer.no);
    rules.numbered();
    rules.link(index.parties, offer.fromPartyNo, "party");
    rules.link(index.parties, offer.toPartyNo, "party");
    rules.require(offer.fromPartyNo != offer.toPartyNo, "an offer is made to another party, not to oneself");
    rules.link(index.sessions, offer.sessionNo, "session");
    rules.link(index.offers, offer.respondsToOfferNo, "offer");
    if (offer.respondsToOfferNo) rules.require(*offer.respondsToOfferNo != offer.no, "cannot answer itself");
    rules.require(offer.amount.has_value() || !offer.terms.empty(), "an offer needs an amount or terms");
    rules.text(offer.terms, "terms");
}

void validate(const LossItem& loss, const RecordIndex& index) {
    const RecordRules rules("loss", loss.no);
    rules.numbered();
    rules.link(index.parties, loss.partyNo, "party");
    rules.text(loss.description, "description");
    rules.require(loss.low.currency() == loss.high.currency(), "low and high estimates are in different currencies");
    rules.require(loss.low.minorUnits() <= loss.high.minorUnits(),
                  "low estimate " + loss.low.display() + " is above the high estimate " + loss.high.display());
}

void validate(const AgreementDraft& draft, const RecordIndex& index) {
    const RecordRules rules("draft", draft.no);
    rules.numbered();
    rules.require(draft.version >= 1, "versions start at 1");
    rules.links(index.options, draft.termNos, "option");
    // A draft saved before snapshots were kept (schema version 4, an older
    // case file) has none; one that has a snapshot has a term for every option.
    if (!draft.termSnapshot.empty()) {
        RecordNos snapshotNos;
        for (const auto& term : draft.termSnapshot) snapshotNos.push_back(term.no);
        rules.require(snapshotNos == draft.termNos,
                      "the terms as rendered are options " + joinNumbers(snapshotNos) + ", but the draft lists " +
                          joinNumbers(draft.termNos));
        for (const auto& term : draft.termSnapshot) {
            try {
                const RecordRules termRules("option", term.no);
                termRules.required(term.description, "description");
                checkInstalments(term, termRules);
            } catch (const ValidationError& e) {
                rules.fail(std::string("as rendered, ") + e.what());
            }
        }
    }
    rules.require(draft.pdfSha256.empty() || (draft.pdfSha256.size() == 64 && isLowerHex(draft.pdfSha256)),
                  "PDF SHA-256 '" + draft.pdfSha256 + "' is not 64 lower-case hexadecimal digits");
}

void validate(const Participant& participant, const RecordIndex& index) {
    const RecordRules rules("participant", participant.no);
    rules.numbered();
    rules.name(participant.name, "name");
    if (!participant.organisation.empty()) rules.name(participant.organisation, "organisation");
    rules.link(index.parties, participant.partyNo, "party");
    rules.require(participant.role != ParticipantRole::CoMediator || !participant.partyNo,
                  "a co-mediator is neutral and attends for no party");
    rules.require(participant.email.empty() || participant.email.find('@') != std::string::npos,
                  "e-mail address '" + participant.email + "' has no @");
}

void validate(const Exhibit& exhibit, const RecordIndex& index) {
    const RecordRules rules("exhibit", exhibit.no);
    rules.numbered();
    rules.name(exhibit.title, "title");
    rules.name(exhibit.fileName, "file name");
    rules.require(exhibit.fileName.find_first_of("/\\") == std::string::npos,
                  "file name '" + exhibit.fileName + "' contains a directory");
    rules.require(exhibit.sha256.size() == 64 && isLowerHex(exhibit.sha256),
                  "SHA-256 must be 64 lowercase hexadecimal digits");
    rules.link(index.parties, exhibit.submittedByPartyNo, "party");
    rules.require(exhibit.visibility != Visibility::PartyAndMediator || exhibit.submittedByPartyNo,
                  "an exhibit shown to one party and the mediator needs the party who submitted it");
    rules.links(index.facts, exhibit.factNos, "fact");
    rules.links(index.claims, exhibit.claimNos, "claim");
    rules.text(exhibit.description, "description");
    if (exhibit.content)
        rules.require(exhibit.content->size() == exhibit.sizeBytes,
                      "content is " + std::to_string(exhibit.content->size()) + " bytes, the record says " +
                          std::to_string(exhibit.sizeBytes));
}

void validate(const TimeEntry& entry, const RecordIndex& index) {
    const RecordRules rules("time entry", entry.no);
    rules.numbered();
    rules.require(entry.minutes >= 1 && entry.minutes <= kMinutesPerDay,
                  "time is between 1 minute and 24 hours, not " + std::to_string(entry.minutes) + " minutes");
    rules.link(index.sessions, entry.sessionNo, "session");
    if (!entry.mediator.empty()) rules.name(entry.mediator, "mediator");
    rules.text(entry.description, "description");
}

void validate(const Expense& expense, const RecordIndex& index) {
    const RecordRules rules("expense", expense.no);
    rules.numbered();
    rules.name(expense.description, "description");
    rules.require(expense.amount.minorUnits() > 0, "the amount must be more than zero");
    rules.link(index.parties, expense.chargedToPartyNo, "party");
}

void validate(const Payment& payment, const RecordIndex& index) {
    const RecordRules rules("payment", payment.no);
    rules.numbered();
    rules.link(index.parties, payment.partyNo, "party");
    rules.require(payment.amount.minorUnits() > 0, "the amount must be more than zero");
    rules.text(payment.reference, "reference");
}

void validate(const Alternative& alternative, const RecordIndex& index) {
    const RecordRules rules("alternative", alternative.no);
    rules.numbered();
    rules.link(index.parties, alternative.partyNo, "party");
    rules.required(alternative.description, "description");
    rules.text(alternative.description, "description");
    rules.require(alternative.likelihoodPercent >= 0 && alternative.likelihoodPercent <= 100,
                  "likelihood " + std::to_string(alternative.likelihoodPercent) + " % is outside 0 % to 100 %");
    // What a party would do without a deal is never for the other side's eyes.
    rules.require(alternative.visibility != Visibility::Everyone,
                  "an alternative is seen by its party and the mediator, or by the mediator alone; not by everyone");
}

void validate(const BottomLine& bottomLine, const RecordIndex& index) {
    const RecordRules rules("bottom line", bottomLine.no);
    rules.numbered();
    rules.link(index.parties, bottomLine.partyNo, "party");
    rules.require(bottomLine.amount.minorUnits() > 0, "the amount must be more than zero");
    if (bottomLine.sessionNo) {
        rules.link(index.sessions, bottomLine.sessionNo, "session");
        const auto caucus = index.caucusParties.find(*bottomLine.sessionNo);
        rules.require(caucus != index.caucusParties.end() && caucus->second == bottomLine.partyNo,
                      "session " + std::to_string(*bottomLine.sessionNo) + " is not a caucus with party " +
                          std::to_string(bottomLine.partyNo) +
                          "; a bottom line is given in private, in that party's caucus");
    }
    rules.text(bottomLine.note, "note");
}

void validate(const FeeArrangement& fees, const RecordIndex& index) {
    if (fees.shares.empty()) return;
    std::set<RecordNo> seen;
    long total = 0;
    for (const FeeShare& share : fees.shares) {
        if (index.parties.count(share.partyNo) == 0)
            throw ValidationError("fee split: party " + std::to_string(share.partyNo) + " is not in this case",
                                  "case", 0);
        if (!seen.insert(share.partyNo).second)
            throw ValidationError("fee split: party " + std::to_string(share.partyNo) + " is named twice", "case",
                                  0);
        if (share.basisPoints <= 0 || share.basisPoints > FeeShare::kWhole)
            throw ValidationError("fee split: party " + std::to_string(share.partyNo) +
                                      "'s share must be more than 0 % and at most 100 %",
                                  "case", 0);
        total += share.basisPoints;
    }
    if (total != FeeShare::kWhole)
        throw ValidationError("the fee split adds up to " + practice::shareText(static_cast<int>(total)) + ", not 100 %", "case", 0);
}

void validate(const CaseRecord& record) {
    validate(record.head);
    requireUniqueNumbers(record.parties, "party");
    requireUniqueNumbers(record.interests, "interest");
    requireUniqueNumbers(record.clauses, "clause");
    requireUniqueNumbers(record.facts, "fact");
    requireUniqueNumbers(record.claims, "claim");
    requireUniqueNumbers(record.options, "option");
    requireUniqueNumbers(record.sessions, "session");
    requireUniqueNumbers(record.offers, "offer");
    requireUniqueNumbers(record.losses, "loss");
    requireUniqueNumbers(record.drafts, "draft");
    requireUniqueNumbers(record.participants, "participant");
    requireUniqueNumbers(record.exhibits, "exhibit");
    requireUniqueNumbers(record.timeEntries, "time entry");
    requireUniqueNumbers(record.expenses, "expense");
    requireUniqueNumbers(record.payments, "payment");
    requireUniqueNumbers(record.alternatives, "alternative");
    requireUniqueNumbers(record.bottomLines, "bottom line");

    const RecordIndex index = RecordIndex::of(record);
    for (const auto& r : record.parties) validate(r);
    for (const auto& r : record.interests) validate(r, index);
    for (const auto& r : record.clauses) validate(r, index);
    for (const auto& r : record.facts) validate(r, index);
    for (const auto& r : record.claims) validate(r, index);
    for (const auto& r : record.options) validate(r, index);
    for (const auto& r : record.sessions) validate(r, index);
    for (const auto& r : record.offers) validate(r, index);
    for (const auto& r : record.losses) validate(r, index);
    for (const auto& r : record.drafts) validate(r, index);
    for (const auto& r : record.participants) validate(r, index);
    for (const auto& r : record.exhibits) validate(r, index);
    for (const auto& r : record.timeEntries) validate(r, index);
    for (const auto& r : record.expenses) validate(r, index);
    for (const auto& r : record.payments) validate(r, index);
    for (const auto& r : record.alternatives) validate(r, index);
    for (const auto& r : record.bottomLines) validate(r, index);
    validate(record.head.fees, index);
}

}  // namespace cg::domain
