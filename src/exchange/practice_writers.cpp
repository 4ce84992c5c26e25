// Writers for running the mediation (issue 7): the fee arrangement inside
// <case>, participants, exhibits with their content, time, expenses and
// payments. Same rules as case_file_writer.cpp: fixed attribute order,
// optional values left out when empty.
#include "domain/errors.h"
#include "domain/base64.h"
#include "domain/practice/share_text.h"
#include "exchange/case_file_writing.h"
#include "domain/sha256.h"

namespace cg::exchange {

namespace {

bool isDefault(const domain::FeeArrangement& fees) {
    return fees.basis == domain::FeeBasis::Hourly && fees.hourlyRate.isZero() && fees.fixedFee.isZero() &&
           fees.shares.empty();
}

// Fees are charged in the case currency; a file says so once, on <fees>.
std::string feeAmount(const domain::Money& fee, const std::string& what, const std::string& caseCurrency) {
    if (fee.isZero()) return "";
    if (fee.currency() != caseCurrency)
        throw domain::Error("<fees>: the " + what + " is in " + fee.currency() + ", not the case currency " +
                            caseCurrency);
    return fee.amountText();
}

}  // namespace

void writeFees(XmlOutput& out, const domain::Case& head) {
    const domain::FeeArrangement& fees = head.fees;
    if (isDefault(fees)) return;
    const std::string hourlyRate = feeAmount(fees.hourlyRate, "hourly rate", head.currency);
    const std::string fixedFee = feeAmount(fees.fixedFee, "fixed fee", head.currency);
    const XmlAttributes attributes =
        XmlAttributes()
            .add("basis", nameOf(fees.basis))
            .addOptional("hourly-rate", hourlyRate)
            .addOptional("fixed-fee", fixedFee)
            .addOptional("currency", hourlyRate.empty() && fixedFee.empty() ? "" : head.currency);
    if (fees.shares.empty()) {
        out.element("fees", "", attributes);
        return;
    }
    out.open("fees", attributes);
    // In the order the mediator gave them, as the invoices list them.
    for (const domain::FeeShare& share : fees.shares)
        out.element("share", "", XmlAttributes()
                                     .add("party", idOf("party", share.partyNo))
                                     .add("percent", domain::practice::percentNumber(share.basisPoints)));
    out.close();
}

void writeParticipant(XmlOutput& out, const domain::Participant& participant) {
    out.open("participant", XmlAttributes()
                                .add("id", idOf("participant", participant.no))
                                .add("role", nameOf(participant.role))
                                .addOptional("party", idOf("party", participant.partyNo)));
    out.element("name", participant.name);
    out.optionalElement("organisation", participant.organisation);
    out.optionalElement("email", participant.email);
    out.close();
}

void writeExhibit(XmlOutput& out, const domain::Exhibit& exhibit) {
    // An exhibit without its bytes would give a file that cannot be
    // imported: the content is what the SHA-256 vouches for.
    if (!exhibit.content)
        throw domain::Error("the content of '" + exhibit.fileName +
                            "' was not loaded; load the exhibits' contents before writing the case file");
    if (domain::sha256Hex(*exhibit.content) != exhibit.sha256)
        throw domain::Error("the content of '" + exhibit.fileName + "' does not match its SHA-256 " + exhibit.sha256 +
                            "; it changed after it was attached");
    out.open("exhibit", XmlAttributes()
                            .add("id", idOf("exhibit", exhibit.no))
                            .add("file-name", exhibit.fileName)
                            .addOptional("media-type", exhibit.mediaType)
                            .add("size", std::to_string(exhibit.sizeBytes))
                            .add("sha256", exhibit.sha256)
                            .add("attached-at", exhibit.attachedAt.toString())
                            .add("visibility", nameOf(exhibit.visibility))
                            .addOptional("submitted-by", idOf("party", exhibit.submittedByPartyNo)));
    out.element("title", exhibit.title);
    out.optionalElement("description", exhibit.description);
    writeRefs(out, "fact-ref", "fact", exhibit.factNos);
    writeRefs(out, "claim-ref", "claim", exhibit.claimNos);
    out.element("content", domain::encodeBase64(*exhibit.content));
    out.close();
}

void writeTimeEntry(XmlOutput& out, const domain::TimeEntry& entry) {
    const XmlAttributes attributes = XmlAttributes()
                                         .add("id", idOf("time-entry", entry.no))
                                         .add("worked-on", entry.workedOn.toString())
                                         .add("minutes", std::to_string(entry.minutes))
                                         .add("activity", nameOf(entry.activity))
                                         .addOptional("session", idOf("session", entry.sessionNo))
                                         .addOptional("billable", entry.billable ? "" : "false");
    if (entry.mediator.empty() && entry.description.empty()) {
        out.element("time-entry", "", attributes);
        return;
    }
    out.open("time-entry", attributes);
    out.optionalElement("mediator", entry.mediator);
    out.optionalElement("description", entry.description);
    out.close();
}

void writeExpense(XmlOutput& out, const domain::Expense& expense) {
    out.open("expense", XmlAttributes()
                            .add("id", idOf("expense", expense.no))
                            .add("incurred-on", expense.incurredOn.toString())
                            .add("amount", expense.amount.amountText())
                            .add("currency", expense.amount.currency())
                            .addOptional("charged-to", idOf("party", expense.chargedToPartyNo)));
    out.element("description", expense.description);
    out.close();
}

void writePayment(XmlOutput& out, const domain::Payment& payment) {
    const XmlAttributes attributes = XmlAttributes()
                                         .add("id", idOf("payment", payment.no))
                                         .add("party", idOf("party", payment.partyNo))
                                         .add("received-on", payment.receivedOn.toString())
                                         .add("amount", payment.amount.amountText())
                                         .add("currency", payment.amount.currency());
    if (payment.reference.empty()) {
        out.element("payment", "", attributes);
        return;
    }
    out.open("payment", attributes);
    out.element("reference", payment.reference);
    out.close();
}

}  // namespace cg::exchange
