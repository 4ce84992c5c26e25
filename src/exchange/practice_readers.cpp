// Readers for running the mediation (issue 7): the fee arrangement of the
// case, participants, exhibits (with their content, checked against the
// size and SHA-256 the record gives), time entries, expenses and payments.
#include "domain/base64.h"
#include "domain/practice/share_text.h"
#include "exchange/record_readers.h"
#include "domain/sha256.h"

namespace cg::exchange {

namespace {

const ElementShape kFeesShape{{{"basis", true}, {"hourly-rate", false}, {"fixed-fee", false}, {"currency", false}},
                              {{"share", Occurs::Many}}};

const ElementShape kShareShape{{{"party", true}, {"percent", true}}, {}, Content::Nothing};

const ElementShape kParticipantShape{{{"id", true}, {"role", true}, {"party", false}},
                                     {{"name", Occurs::One},
                                      {"organisation", Occurs::Optional},
                                      {"email", Occurs::Optional}}};

const ElementShape kExhibitShape{{{"id", true},
                                  {"file-name", true},
                                  {"media-type", false},
                                  {"size", true},
                                  {"sha256", true},
                                  {"attached-at", true},
                                  {"visibility", true},
                                  {"submitted-by", false}},
                                 {{"title", Occurs::One},
                                  {"description", Occurs::Optional},
                                  {"fact-ref", Occurs::Many},
                                  {"claim-ref", Occurs::Many},
                                  {"content", Occurs::One}}};

const ElementShape kTimeEntryShape{{{"id", true},
                                    {"worked-on", true},
                                    {"minutes", true},
                                    {"activity", true},
                                    {"session", false},
                                    {"billable", false}},
                                   {{"mediator", Occurs::Optional}, {"description", Occurs::Optional}}};

const ElementShape kExpenseShape{
    {{"id", true}, {"incurred-on", true}, {"amount", true}, {"currency", true}, {"charged-to", false}},
    {{"description", Occurs::One}}};

const ElementShape kPaymentShape{
    {{"id", true}, {"party", true}, {"received-on", true}, {"amount", true}, {"currency", true}},
    {{"reference", Occurs::Optional}}};

bool isSha256(std::string_view text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

domain::FeeShare readShare(pugi::xml_node node, const ElementReader& fees, CaseFileReading& reading,
                           std::size_t number) {
    const ElementReader el(node, kShareShape, fees.source(), fees.subject() + " <share> " + std::to_string(number));
    domain::FeeShare share;
    share.partyNo = reading.link(el, "party", "party");
    const std::string_view percent = el.attribute("percent");
    std::string problem;
    const auto basisPoints = domain::practice::parsePercent(percent, problem);
    if (!basisPoints) el.failAt("percent", "percent '" + std::string(percent) + "' " + problem);
    share.basisPoints = *basisPoints;
    return share;
}

// The exhibit's bytes from base64, where a wrong character is reported at
// its own line and column.
std::string readContent(const ElementReader& exhibit) {
    const pugi::xml_node node = exhibit.children("content").front();
    const ElementReader el(node, textElementShape(), exhibit.source(), exhibit.subject() + " <content>");
    const std::string text = el.text();
    try {
        return domain::decodeBase64(text);
    } catch (const domain::Base64Error& e) {
        const pugi::xml_node textNode = node.first_child();
        const std::size_t start = textNode ? exhibit.source().offsetOf(textNode) : el.offset();
        exhibit.source().fail(start + e.offset(), el.subject() + ": " + e.what());
    }
}

}  // namespace

domain::FeeArrangement readFees(const ElementReader& caseHead, CaseFileReading& reading,
                                const std::string& caseCurrency) {
    domain::FeeArrangement fees;
    fees.hourlyRate = domain::Money(0, caseCurrency);
    fees.fixedFee = domain::Money(0, caseCurrency);
    for (pugi::xml_node node : caseHead.children("fees")) {
        const ElementReader el(node, kFeesShape, caseHead.source(), "<fees>");
        fees.basis = el.enumValue<domain::FeeBasis>("basis");
        const bool hasAmount = el.has("hourly-rate") || el.has("fixed-fee");
        if (hasAmount && !el.has("currency"))
            el.fail(std::string("attribute 'currency' is required with ") +
                    (el.has("hourly-rate") ? "hourly-rate" : "fixed-fee"));
        if (!hasAmount && el.has("currency"))
            el.failAt("currency", "currency is given without an hourly-rate or fixed-fee");
        if (el.has("currency") && el.currencyCode("currency") != caseCurrency)
            el.failAt("currency", "currency " + std::string(el.attribute("currency")) + " is not the case currency " +
                                      caseCurrency + "; fees are charged in the case currency");
        if (el.has("hourly-rate")) fees.hourlyRate = el.money("hourly-rate", "currency");
        if (el.has("fixed-fee")) fees.fixedFee = el.money("fixed-fee", "currency");
        for (pugi::xml_node share : el.children("share"))
            fees.shares.push_back(readShare(share, el, reading, fees.shares.size() + 1));
    }
    return fees;
}

domain::Participant readParticipant(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "participant", kParticipantShape);
    domain::Participant participant;
    participant.no = no;
    participant.role = el.enumValue<domain::ParticipantRole>("role");
    participant.partyNo = reading.optionalLink(el, "party", "party");
    participant.name = el.childText("name");
    participant.organisation = el.childText("organisation");
    participant.email = el.childText("email");
    return participant;
}

domain::Exhibit readExhibit(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "exhibit", kExhibitShape);
    domain::Exhibit exhibit;
    exhibit.no = no;
    exhibit.fileName = std::string(el.attribute("file-name"));
    exhibit.mediaType = std::string(el.attribute("media-type"));
    const std::int64_t size = el.wholeNumber("size");
    if (size < 0)
        el.failAt("size", "size " + std::to_string(size) + " is negative; a size in bytes is zero or more");
    exhibit.sizeBytes = static_cast<std::uint64_t>(size);
    exhibit.sha256 = std::string(el.attribute("sha256"));
    if (!isSha256(exhibit.sha256))
        el.failAt("sha256", "sha256 '" + exhibit.sha256 + "' is not 64 lower-case hexadecimal digits");
    exhibit.attachedAt = el.instant("attached-at");
    exhibit.visibility = el.enumValue<domain::Visibility>("visibility");
    exhibit.submittedByPartyNo = reading.optionalLink(el, "submitted-by", "party");
    exhibit.title = el.childText("title");
    exhibit.description = el.childText("description");
    exhibit.factNos = reading.refs(el, "fact-ref", "fact");
    exhibit.claimNos = reading.refs(el, "claim-ref", "claim");

    // The record vouches for the bytes: a file whose content was changed
    // (or cut short) after export must not import as if it were the original.
    std::string content = readContent(el);
    const std::size_t contentOffset = el.source().offsetOf(el.children("content").front());
    if (content.size() != exhibit.sizeBytes)
        el.source().fail(contentOffset, el.subject() + ": content is " + std::to_string(content.size()) +
                                            " bytes, but size says " + std::to_string(exhibit.sizeBytes));
    if (const std::string actual = domain::sha256Hex(content); actual != exhibit.sha256)
        el.source().fail(contentOffset, el.subject() + ": content does not match its SHA-256 (sha256 says " +
                                            exhibit.sha256 + ", the content's is " + actual +
                                            "); the file was altered after it was written");
    exhibit.content = std::make_shared<const std::string>(std::move(content));
    return exhibit;
}

domain::TimeEntry readTimeEntry(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "time-entry", kTimeEntryShape);
    domain::TimeEntry entry;
    entry.no = no;
    entry.workedOn = el.date("worked-on");
    entry.minutes = el.smallNumber("minutes");
    entry.activity = el.enumValue<domain::TimeActivity>("activity");
    entry.sessionNo = reading.optionalLink(el, "session", "session");
    // Billable unless the file says otherwise: most time is.
    entry.billable = !el.has("billable") || el.flag("billable");
    entry.mediator = el.childText("mediator");
    entry.description = el.childText("description");
    return entry;
}

domain::Expense readExpense(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "expense", kExpenseShape);
    domain::Expense expense;
    expense.no = no;
    expense.incurredOn = el.date("incurred-on");
    expense.amount = el.money("amount", "currency");
    expense.chargedToPartyNo = reading.optionalLink(el, "charged-to", "party");
    expense.description = el.childText("description");
    return expense;
}

domain::Payment readPayment(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "payment", kPaymentShape);
    domain::Payment payment;
    payment.no = no;
    payment.partyNo = reading.link(el, "party", "party");
    payment.receivedOn = el.date("received-on");
    payment.amount = el.money("amount", "currency");
    payment.reference = el.childText("reference");
    return payment;
}

}  // namespace cg::exchange
