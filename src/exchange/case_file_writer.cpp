// Writing a case file. The output depends on the case alone: records in
// number order, attributes in the order the format lists them, optional
// attributes and elements left out when empty. So the same case always gives
// the same bytes, and export -> import -> export is an identity.
#include "domain/validation.h"
#include "exchange/atomic_file_write.h"
#include "exchange/case_file.h"
#include "exchange/case_file_writing.h"
#include "exchange/xml_output.h"

namespace cg::exchange {

namespace {

std::string amountOf(const std::optional<domain::Money>& money) { return money ? money->amountText() : ""; }
std::string currencyOf(const std::optional<domain::Money>& money) { return money ? money->currency() : ""; }

void writeCaseHead(XmlOutput& out, const domain::Case& head) {
    out.open("case", XmlAttributes()
                         .add("reference", head.reference)
                         .add("status", nameOf(head.status))
                         .add("currency", head.currency)
                         .add("opened-on", head.openedOn.toString())
                         .addOptional("closed-on", textOf(head.closedOn))
                         .addOptional("outcome", head.outcome ? nameOf(*head.outcome) : ""));
    out.element("title", head.title);
    out.optionalElement("mediator", head.mediator);
    out.optionalElement("governing-law", head.governingLaw);
    out.optionalElement("jurisdiction", head.jurisdiction);
    out.optionalElement("summary", head.summary);
    writeFees(out, head);
    out.close();
}

void writeParty(XmlOutput& out, const domain::Party& party) {
    out.open("party", XmlAttributes()
                          .add("id", idOf("party", party.no))
                          .add("kind", nameOf(party.kind))
                          .add("role", nameOf(party.role))
                          .addOptional("agreement-signed-on", textOf(party.agreementSignedOn)));
    out.element("name", party.name);
    out.optionalElement("sector", party.sector);
    out.optionalElement("representative", party.representative);
    out.optionalElement("counsel", party.counsel);
    if (!party.signatoryName.empty() || !party.signatoryTitle.empty())
        out.element("signatory", party.signatoryName,
                    XmlAttributes().addOptional("title", party.signatoryTitle));
    out.optionalElement("address", party.address);
    for (const domain::InsuranceCover& cover : party.covers) {
        const XmlAttributes attributes = XmlAttributes()
                                             .add("kind", nameOf(cover.kind))
                                             .add("limit", cover.limit.amountText())
                                             .add("deductible", cover.deductible.amountText())
                                             .add("currency", cover.limit.currency());
        if (cover.insurer.empty() && cover.policyNumber.empty()) {
            out.element("insurance", "", attributes);
            continue;
        }
        out.open("insurance", attributes);
        out.optionalElement("insurer", cover.insurer);
        out.optionalElement("policy-number", cover.policyNumber);
        out.close();
    }
    out.close();
}

void writeInterest(XmlOutput& out, const domain::Interest& interest) {
    out.open("interest", XmlAttributes()
                             .add("id", idOf("interest", interest.no))
                             .add("party", idOf("party", interest.partyNo))
                             .add("category", nameOf(interest.category))
                             .add("priority", std::to_string(interest.priority))
                             .add("visibility", nameOf(interest.visibility)));
    out.element("description", interest.description);
    out.close();
}

XmlAttributes capAttributes(const domain::LiabilityCap& cap) {
    XmlAttributes attributes;
    attributes.add("basis", nameOf(cap.basis));
    if (cap.basis == domain::CapBasis::FixedAmount)
        return attributes.add("amount", cap.fixedAmount.amountText()).add("currency", cap.fixedAmount.currency());
    return attributes.add("monthly-fees", cap.monthlyFees.amountText())
        .add("currency", cap.monthlyFees.currency())
        .add("lookback-months", std::to_string(cap.lookbackMonths))
        .add("multiplier-percent", std::to_string(cap.multiplierPercent));
}

void writeClause(XmlOutput& out, const domain::ContractClause& clause) {
    out.open("clause", XmlAttributes()
                           .add("id", idOf("clause", clause.no))
                           .add("source", nameOf(clause.source))
                           .add("kind", nameOf(clause.kind))
                           .addOptional("obligated-party", idOf("party", clause.obligatedPartyNo)));
    out.optionalElement("document", clause.documentTitle);
    out.element("section", clause.section);
    out.optionalElement("text", clause.text);
    for (const std::string& control : clause.coveredControls) out.element("control", control);
    if (clause.cap) {
        if (clause.cap->carveOuts.empty()) {
            out.element("liability-cap", "", capAttributes(*clause.cap));
        } else {
            out.open("liability-cap", capAttributes(*clause.cap));
            for (const std::string& carveOut : clause.cap->carveOuts) out.element("carve-out", carveOut);
            out.close();
        }
    }
    out.close();
}

void writeFact(XmlOutput& out, const domain::BreachFact& fact) {
    out.open("fact", XmlAttributes()
                         .add("id", idOf("fact", fact.no))
                         .add("category", nameOf(fact.category))
                         .add("occurred-on", fact.occurredOn.toString())
                         .addOptional("occurred-estimated", fact.occurredEstimated ? "true" : "")
                         .addOptional("discovered-on", textOf(fact.discoveredOn))
                         .addOptional("records-affected",
                                      fact.recordsAffected ? std::to_string(*fact.recordsAffected) : "")
                         .addOptional("asserted-by", idOf("party", fact.assertedByPartyNo))
                         .add("standing", nameOf(fact.standing)));
    out.element("description", fact.description);
    out.optionalElement("failed-control", fact.failedControl);
    for (domain::DataType type : fact.dataTypes) out.element("data-type", nameOf(type));
    out.close();
}

void writeClaim(XmlOutput& out, const domain::BlameClaim& claim) {
    out.open("claim", XmlAttributes()
                          .add("id", idOf("claim", claim.no))
                          .add("accuser", idOf("party", claim.accuserNo))
                          .add("accused", idOf("party", claim.accusedNo))
                          .add("basis", nameOf(claim.basis))
                          .addOptional("amount", amountOf(claim.amountClaimed))
                          .addOptional("currency", currencyOf(claim.amountClaimed)));
    out.element("allegation", claim.allegation);
    out.optionalElement("position", claim.position);
    writeRefs(out, "fact-ref", "fact", claim.factNos);
    writeRefs(out, "clause-ref", "clause", claim.clauseNos);
    writeRefs(out, "interest-ref", "interest", claim.interestNos);
    out.close();
}

// An option's fields, shared by <option> and a draft's <rendered-term>.
XmlAttributes termAttributes(XmlAttributes attributes, const domain::SettlementOption& term) {
    return attributes.add("kind", nameOf(term.kind))
        .add("status", nameOf(term.status))
        .addOptional("amount", amountOf(term.amount))
        .addOptional("currency", currencyOf(term.amount))
        .addOptional("payer", idOf("party", term.payerNo))
        .addOptional("payee", idOf("party", term.payeeNo))
        .addOptional("due-on", textOf(term.dueOn));
}

void writeTermBody(XmlOutput& out, const domain::SettlementOption& term) {
    out.element("description", term.description);
    writeRefs(out, "interest-ref", "interest", term.interestNos);
    for (const domain::Instalment& instalment : term.instalments)
        out.element("instalment", "", XmlAttributes()
                                          .add("due-on", instalment.dueOn.toString())
                                          .add("amount", instalment.amount.amountText())
                                          .add("currency", instalment.amount.currency()));
}

void writeOption(XmlOutput& out, const domain::SettlementOption& option) {
    out.open("option", termAttributes(XmlAttributes().add("id", idOf("option", option.no)), option));
    writeTermBody(out, option);
    out.close();
}

void writeSession(XmlOutput& out, const domain::MediationSession& session) {
    const XmlAttributes attributes = XmlAttributes()
                                         .add("id", idOf("session", session.no))
                                         .add("kind", nameOf(session.kind))
                                         .addOptional("caucus-party", idOf("party", session.caucusPartyNo))
                                         .add("started-at", session.startedAt.toString())
                                         .addOptional("ended-at", textOf(session.endedAt))
                                         .addOptional("planned-minutes", session.plannedMinutes
                                                                              ? std::to_string(*session.plannedMinutes)
                                                                              : "");
    if (session.location.empty() && session.videoLink.empty() && session.participants.empty() &&
        session.notes.empty()) {
        out.element("session", "", attributes);
        return;
    }
    out.open("session", attributes);
    out.optionalElement("location", session.location);
    out.optionalElement("video-link", session.videoLink);
    for (const std::string& participant : session.participants) out.element("participant", participant);
    for (const domain::SessionNote* note : inNumberOrder(session.notes))
        out.element("note", note->text, XmlAttributes()
                                            .add("no", std::to_string(note->no))
                                            .add("written-at", note->writtenAt.toString())
                                            .add("visibility", nameOf(note->visibility)));
    out.close();
}

void writeOffer(XmlOutput& out, const domain::Offer& offer) {
    const XmlAttributes attributes = XmlAttributes()
                                         .add("id", idOf("offer", offer.no))
                                         .add("from", idOf("party", offer.fromPartyNo))
                                         .add("to", idOf("party", offer.toPartyNo))
                                         .add("made-at", offer.madeAt.toString())
                                         .addOptional("session", idOf("session", offer.sessionNo))
                                         .addOptional("responds-to", idOf("offer", offer.respondsToOfferNo))
                                         .addOptional("amount", amountOf(offer.amount))
                                         .addOptional("currency", currencyOf(offer.amount))
                                         .add("status", nameOf(offer.status));
    if (offer.terms.empty()) {
        out.element("offer", "", attributes);
        return;
    }
    out.open("offer", attributes);
    out.element("terms", offer.terms);
    out.close();
}

void writeLoss(XmlOutput& out, const domain::LossItem& loss) {
    const XmlAttributes attributes = XmlAttributes()
                                         .add("id", idOf("loss", loss.no))
                                         .add("party", idOf("party", loss.partyNo))
                                         .add("category", nameOf(loss.category))
                                         .add("low", loss.low.amountText())
                                         .add("high", loss.high.amountText())
                                         .add("currency", loss.low.currency())
                                         .add("damages", nameOf(loss.damages));
    if (loss.description.empty()) {
        out.element("loss", "", attributes);
        return;
    }
    out.open("loss", attributes);
    out.element("description", loss.description);
    out.close();
}

void writeDraft(XmlOutput& out, const domain::AgreementDraft& draft) {
    const XmlAttributes attributes = XmlAttributes()
                                         .add("id", idOf("draft", draft.no))
                                         .add("version", std::to_string(draft.version))
                                         .add("template", draft.templateName)
                                         .add("created-at", draft.createdAt.toString())
                                         .addOptional("pdf-sha256", draft.pdfSha256);
    if (draft.termNos.empty() && draft.note.empty() && draft.termSnapshot.empty()) {
        out.element("draft", "", attributes);
        return;
    }
    out.open("draft", attributes);
    writeRefs(out, "term-ref", "option", draft.termNos);
    out.optionalElement("note", draft.note);
    for (const domain::SettlementOption& term : draft.termSnapshot) {
        out.open("rendered-term", termAttributes(XmlAttributes().add("option", idOf("option", term.no)), term));
        writeTermBody(out, term);
        out.close();
    }
    out.close();
}

template <typename Record>
void writeSection(XmlOutput& out, std::string_view section, std::string_view kind,
                  const std::vector<Record>& records, void (*writeRecord)(XmlOutput&, const Record&)) {
    if (records.empty()) {
        out.element(section, "");
        return;
    }
    out.open(section);
    for (const Record* record : inNumberOrder(records)) {
        try {
            writeRecord(out, *record);
        } catch (const domain::Error& e) {
            // XmlOutput knows the element, not the record; name the record.
            throw domain::Error(idOf(kind, record->no) + ": " + e.what());
        }
    }
    out.close();
}

// The sections added in issue 7 are left out when empty, so a case without
// them is written exactly as before.
template <typename Record>
void writeOptionalSection(XmlOutput& out, std::string_view section, std::string_view kind,
                          const std::vector<Record>& records, void (*writeRecord)(XmlOutput&, const Record&)) {
    if (!records.empty()) writeSection(out, section, kind, records, writeRecord);
}

}  // namespace

std::string writeCaseFileText(const domain::CaseRecord& record) {
    // A case that breaks its own rules would give a file no CommonGround can
    // import again; refuse it here, where the cause is still known.
    domain::validate(record);

    XmlOutput out;
    out.open("case-file", XmlAttributes()
                              .add("xmlns", kCaseFileNamespace)
                              .add("format-version", std::to_string(kCaseFileFormatVersion)));
    try {
        writeCaseHead(out, record.head);
    } catch (const domain::Error& e) {
        throw domain::Error(std::string("case: ") + e.what());
    }
    writeSection(out, "parties", "party", record.parties, writeParty);
    writeSection(out, "interests", "interest", record.interests, writeInterest);
    writeSection(out, "clauses", "clause", record.clauses, writeClause);
    writeSection(out, "facts", "fact", record.facts, writeFact);
    writeSection(out, "claims", "claim", record.claims, writeClaim);
    writeSection(out, "options", "option", record.options, writeOption);
    writeSection(out, "sessions", "session", record.sessions, writeSession);
    writeSection(out, "offers", "offer", record.offers, writeOffer);
    writeSection(out, "losses", "loss", record.losses, writeLoss);
    writeSection(out, "drafts", "draft", record.drafts, writeDraft);
    writeOptionalSection(out, "participants", "participant", record.participants, writeParticipant);
    writeOptionalSection(out, "exhibits", "exhibit", record.exhibits, writeExhibit);
    writeOptionalSection(out, "time-entries", "time-entry", record.timeEntries, writeTimeEntry);
    writeOptionalSection(out, "expenses", "expense", record.expenses, writeExpense);
    writeOptionalSection(out, "payments", "payment", record.payments, writePayment);
    writeOptionalSection(out, "alternatives", "alternative", record.alternatives, writeAlternative);
    writeOptionalSection(out, "bottom-lines", "bottom-line", record.bottomLines, writeBottomLine);
    out.close();
    return out.finish();
}

void writeCaseFile(const domain::CaseRecord& record, const std::string& path) {
    writeFileAtomically(path, writeCaseFileText(record));
}

}  // namespace cg::exchange
