// Readers for the negotiation: settlement options, sessions (with their
// notes), offers, losses and agreement drafts.
#include <set>

#include "exchange/record_readers.h"
#include "exchange/term_readers.h"

namespace cg::exchange {

namespace {

const ElementShape kOptionShape{{{"id", true},
                                 {"kind", true},
                                 {"status", true},
                                 {"amount", false},
                                 {"currency", false},
                                 {"payer", false},
                                 {"payee", false},
                                 {"due-on", false}},
                                {{"description", Occurs::One},
                                 {"interest-ref", Occurs::Many},
                                 {"instalment", Occurs::Many}}};

const ElementShape kSessionShape{
    {{"id", true},
     {"kind", true},
     {"caucus-party", false},
     {"started-at", true},
     {"ended-at", false},
     {"planned-minutes", false}},
    {{"location", Occurs::Optional},
     {"video-link", Occurs::Optional},
     {"participant", Occurs::Many},
     {"note", Occurs::Many}}};

const ElementShape kNoteShape{{{"no", true}, {"written-at", true}, {"visibility", true}}, {}, Content::Text};

const ElementShape kOfferShape{{{"id", true},
                                {"from", true},
                                {"to", true},
                                {"made-at", true},
                                {"session", false},
                                {"responds-to", false},
                                {"amount", false},
                                {"currency", false},
                                {"status", true}},
                               {{"terms", Occurs::Optional}}};

const ElementShape kLossShape{{{"id", true},
                               {"party", true},
                               {"category", true},
                               {"low", true},
                               {"high", true},
                               {"currency", true},
                               {"damages", true}},
                              {{"description", Occurs::Optional}}};

const ElementShape kDraftShape{
    {{"id", true}, {"version", true}, {"template", true}, {"created-at", true}, {"pdf-sha256", false}},
    {{"term-ref", Occurs::Many}, {"note", Occurs::Optional}, {"rendered-term", Occurs::Many}}};

std::vector<domain::SessionNote> readNotes(const ElementReader& session) {
    std::vector<domain::SessionNote> notes;
    std::set<domain::RecordNo> numbers;
    for (pugi::xml_node node : session.children("note")) {
        const ElementReader el(node, kNoteShape, session.source(), session.subject() + " <note>");
        domain::SessionNote note;
        note.no = el.wholeNumber("no");
        // The session's rules refuse this too; here the message points at the note.
        if (!numbers.insert(note.no).second)
            el.failAt("no", "note " + std::to_string(note.no) + " appears twice in " + session.subject());
        note.writtenAt = el.instant("written-at");
        note.visibility = el.enumValue<domain::Visibility>("visibility");
        note.text = el.text();
        notes.push_back(note);
    }
    return notes;
}

}  // namespace

domain::SettlementOption readOption(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "option", kOptionShape);
    domain::SettlementOption option;
    option.no = no;
    option.kind = el.enumValue<domain::OptionKind>("kind");
    option.status = el.enumValue<domain::OptionStatus>("status");
    option.amount = el.optionalMoney("amount", "currency");
    option.payerNo = reading.optionalLink(el, "payer", "party");
    option.payeeNo = reading.optionalLink(el, "payee", "party");
    option.description = el.childText("description");
    option.interestNos = reading.refs(el, "interest-ref", "interest");
    option.dueOn = el.optionalDate("due-on");
    option.instalments = readInstalments(el);
    return option;
}

domain::MediationSession readSession(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "session", kSessionShape);
    domain::MediationSession session;
    session.no = no;
    session.kind = el.enumValue<domain::SessionKind>("kind");
    session.caucusPartyNo = reading.optionalLink(el, "caucus-party", "party");
    session.startedAt = el.instant("started-at");
    session.endedAt = el.optionalInstant("ended-at");
    if (el.has("planned-minutes")) session.plannedMinutes = el.smallNumber("planned-minutes");
    session.location = el.childText("location");
    session.videoLink = el.childText("video-link");
    session.participants = el.childTexts("participant");
    session.notes = readNotes(el);
    return session;
}

domain::Offer readOffer(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "offer", kOfferShape);
    domain::Offer offer;
    offer.no = no;
    offer.fromPartyNo = reading.link(el, "from", "party");
    offer.toPartyNo = reading.link(el, "to", "party");
    offer.madeAt = el.instant("made-at");
    offer.sessionNo = reading.optionalLink(el, "session", "session");
    offer.respondsToOfferNo = reading.optionalLink(el, "responds-to", "offer");
    offer.amount = el.optionalMoney("amount", "currency");
    offer.status = el.enumValue<domain::OfferStatus>("status");
    offer.terms = el.childText("terms");
    return offer;
}

domain::LossItem readLoss(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "loss", kLossShape);
    domain::LossItem loss;
    loss.no = no;
    loss.partyNo = reading.link(el, "party", "party");
    loss.category = el.enumValue<domain::LossCategory>("category");
    loss.low = el.money("low", "currency");
    loss.high = el.money("high", "currency");
    loss.damages = el.enumValue<domain::DamagesType>("damages");
    loss.description = el.childText("description");
    return loss;
}

domain::AgreementDraft readDraft(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "draft", kDraftShape);
    domain::AgreementDraft draft;
    draft.no = no;
    draft.version = el.smallNumber("version");
    draft.templateName = std::string(el.attribute("template"));
    draft.createdAt = el.instant("created-at");
    draft.termNos = reading.refs(el, "term-ref", "option");
    draft.note = el.childText("note");
    draft.pdfSha256 = std::string(el.attribute("pdf-sha256"));
    for (pugi::xml_node term : el.children("rendered-term")) draft.termSnapshot.push_back(readRenderedTerm(term, el));
    return draft;
}

}  // namespace cg::exchange
