#include "domain/documents/handouts/interest_map_handout.h"

#include <algorithm>
#include <map>
#include <utility>

#include "domain/common_ground/interest_map.h"
#include "domain/common_ground/worksheet.h"
#include "domain/documents/handouts/case_wording.h"
#include "domain/documents/handouts/document_frame.h"
#include "domain/documents/handouts/document_writer.h"
#include "domain/documents/record_labels.h"

namespace cg::domain::documents {

namespace {

std::string recipient(const CaseRecord& record, const Audience& audience) {
    switch (audience.kind()) {
        case Audience::Kind::Party:
            return record.party(audience.partyNo()).name;
        case Audience::Kind::AllParties:
            return "all parties";
        case Audience::Kind::Mediator:
            return "the mediator";
    }
    return {};
}

DocumentFrame handoutFrame(const CaseRecord& record, const Audience& audience, Date date,
                           PaperSize paper) {
    DocumentFrame frame;
    frame.title = "Interest map";
    frame.subject = "Interest map handout for " + recipient(record, audience);
    frame.keywords = "interest map; handout; " + record.head.reference;
    frame.date = date;
    frame.paper = paper;
    if (audience.isMediator()) {
        frame.footer = kMediatorFooter;
        frame.watermark = kMediatorWatermark;
    } else {
        frame.footer = partyFooter(recipient(record, audience));
    }
    return frame;
}

// Who may read an interest, said to the reader: a party reads its own
// confidential interests as shared with "you and the mediator".
std::string seenBy(Visibility visibility, const Audience& audience) {
    switch (visibility) {
        case Visibility::Everyone:
            return "everyone";
        case Visibility::PartyAndMediator:
            return audience.kind() == Audience::Kind::Party ? "you and the mediator"
                                                            : "this party and the mediator";
        case Visibility::MediatorOnly:
            return "mediator only";
    }
    return {};
}

void writeInterests(DocumentWriter& writer, const CaseRecord& visible, const Audience& audience) {
    writer.section("Each party's interests");
    writer.paragraph(
        "What each party needs underneath its position, most important first (priority 1 = must "
        "have).");
    for (const Party& party : visible.parties) {
        writer.subsection(partyWithRole(visible, party.no));
        std::vector<const Interest*> interests;
        for (const Interest& i : visible.interests)
            if (i.partyNo == party.no) interests.push_back(&i);
        std::stable_sort(
            interests.begin(), interests.end(),
            [](const Interest* a, const Interest* b) { return a->priority < b->priority; });
        Table table;
        table.columns = {{"No", 0.5},
                         {"Interest", 4},
                         {"Category", 1.6},
                         {"Priority", 1.1, Alignment::Right},
                         {"Seen by", 1.6}};
        for (const Interest* i : interests)
            table.rows.push_back({std::to_string(i->no), i->description, words(i->category),
                                  std::to_string(i->priority), seenBy(i->visibility, audience)});
        writer.table(std::move(table), "No interests of " + party.name + " recorded.");
    }
}

struct SharedPair {
    SharedInterest pair;
    RecordNos claimNos;
};

// Each pair once over all claims, confirmed first, as the map's common
// ground lists them; a pair confirmed on one claim and suggested on another
// counts as confirmed.
std::vector<SharedPair> sharedPairs(const Worksheet& worksheet) {
    std::vector<SharedPair> pairs;
    std::map<std::pair<RecordNo, RecordNo>, std::size_t> index;
    for (const auto& row : worksheet.rows)
        for (const auto& s : row.shared) {
            const auto key = std::minmax(s.accuserInterestNo, s.accusedInterestNo);
            const auto [it, added] = index.emplace(key, pairs.size());
            if (added) {
                pairs.push_back({s, {row.claimNo}});
                continue;
            }
            SharedPair& known = pairs[it->second];
            known.claimNos.push_back(row.claimNo);
            if (known.pair.suggested && !s.suggested) known.pair = s;
        }
    std::stable_partition(pairs.begin(), pairs.end(),
                          [](const SharedPair& p) { return !p.pair.suggested; });
    return pairs;
}

std::string interestCell(const CaseRecord& visible, RecordNo interestNo) {
    const Interest* interest = findInterest(visible, interestNo);
    return interest ? interestWithOwner(visible, *interest)
                    : "interest " + std::to_string(interestNo);
}

void writeShared(DocumentWriter& writer, const CaseRecord& visible) {
    writer.section("Shared interests");
    writer.paragraph(
        "Interests the parties have in common: the common ground in the middle of the map. "
        "Confirmed pairs "
        "come first; a suggestion is drawn from the category and wording of the interests and is "
        "for the "
        "parties and the mediator to confirm or set aside.");
    Table table;
    table.columns = {
        {"Interest", 3}, {"Shared with", 3}, {"Category", 1.5}, {"Standing", 1.6}, {"Claims", 0.8}};
    for (const SharedPair& p : sharedPairs(buildWorksheet(visible)))
        table.rows.push_back({interestCell(visible, p.pair.accuserInterestNo),
                              interestCell(visible, p.pair.accusedInterestNo),
                              words(p.pair.category),
                              p.pair.suggested ? "suggestion, to be confirmed" : "confirmed",
                              numberList(p.claimNos)});
    writer.table(std::move(table), "No shared interests confirmed or suggested yet.");
}

void writeOptions(DocumentWriter& writer, const CaseRecord& visible) {
    writer.section("Options on the table");
    Table table;
    table.columns = {{"No", 0.5},
                     {"Option", 3},
                     {"Amount", 1.6, Alignment::Right},
                     {"Serves", 3.4},
                     {"Status", 1.4}};
    for (const SettlementOption& o : visible.options) {
        // visibleTo() has already dropped links to interests this audience
        // may not see; only interests the filtered record holds are named.
        std::vector<std::string> served;
        for (RecordNo no : o.interestNos)
            if (const Interest* i = findInterest(visible, no))
                served.push_back(interestWithOwner(visible, *i));
        const std::string option =
            words(o.kind) + (o.description.empty() ? "" : ": " + o.description);
        table.rows.push_back({std::to_string(o.no), option, amountText(o.amount),
                              served.empty() ? "—" : joined(served, "; "), words(o.status)});
    }
    writer.table(std::move(table), "No settlement options on the table yet.");
}

}  // namespace

Document interestMapHandout(const CaseRecord& record, const Audience& audience, Date date,
                            PaperSize paper) {
    const CaseRecord visible = visibleTo(record, audience);
    Document document = framedDocument(visible, handoutFrame(visible, audience, date, paper));
    DocumentWriter writer(document);
    writer.title("Interest map — " + visible.head.title);
    writer.paragraph(RichText{{preparedForLine(visible, audience), TextStyle::Bold}});
    writer.labelled("Case", visible.head.reference);
    writer.labelled("Date", writtenDate(date));
    writer.labelled("Mediator", visible.head.mediator);

    MapFigure figure;
    // The audience overload filters again and names the audience in the
    // map's own title, exactly as the app draws it.
    figure.layout = layoutInterestMap(record, audience, kHandoutMapWidth, kHandoutMapHeight);
    figure.caption =
        "Parties around the edge, their interests as cards, blame claims as arrows, and the "
        "common ground in the middle.";
    writer.figure(std::move(figure));

    writeInterests(writer, visible, audience);
    writeShared(writer, visible);
    writeOptions(writer, visible);
    writer.note(
        "This handout is for the mediation only. It records interests, not admissions, and is not "
        "legal advice.");
    return document;
}

}  // namespace cg::domain::documents
