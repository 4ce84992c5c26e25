// Offers as a list per party: under each party, the offers it made and the
// offers it received, in the order they were made, each with the chain of
// offers and counter-offers it closes ("1 → 3 → 4": offer 4 answers 3, which
// answers 1). Edited like the Offers section: the rows are the same offers.
#include <algorithm>

#include "app/linked_delete.h"
#include "app/offer_dialog.h"
#include "app/record_editing.h"
#include "app/record_form_dialog.h"
#include "app/sections.h"
#include "app/table_section.h"

namespace cg::app {

using domain::CaseRecord;
using domain::Offer;

namespace {

struct PartyOfferRow {
    const domain::Party* party = nullptr;
    const Offer* offer = nullptr;
    bool made = false;  // made by the party, else received
};

const Offer* findOffer(const CaseRecord& record, domain::RecordNo no) {
    for (const Offer& o : record.offers)
        if (o.no == no) return &o;
    return nullptr;
}

wxString offerChainText(const CaseRecord& record, const Offer& offer) {
    std::vector<domain::RecordNo> chain{offer.no};
    const Offer* at = &offer;
    // Bounded by the number of offers, so a loop in stored data cannot hang the window.
    while (at->respondsToOfferNo && chain.size() <= record.offers.size()) {
        chain.push_back(*at->respondsToOfferNo);
        at = findOffer(record, *at->respondsToOfferNo);
        if (!at) break;
    }
    if (chain.size() == 1) return {};
    wxString text;
    for (auto no = chain.rbegin(); no != chain.rend(); ++no)
        text << (text.empty() ? wxString() : wxString(L" \u2192 ")) << static_cast<long long>(*no);
    return text;
}

}  // namespace

std::unique_ptr<SectionModel> makeOffersByPartySection(WorkspaceContext& context) {
    std::vector<TableSection<PartyOfferRow>::Column> columns{
        {{_("Party"), 190}, [](const PartyOfferRow& r, const CaseRecord& c) { return partyLabel(c, r.party->no); }},
        {{_("Offer"), 60, true}, [](const PartyOfferRow& r, const CaseRecord&) { return numberText(r.offer->no); }},
        {{_("Made"), 130},
         [](const PartyOfferRow& r, const CaseRecord&) {
             std::string text = r.offer->madeAt.toString();
             if (text.size() >= 16) text = text.substr(0, 10) + " " + text.substr(11, 5);
             return toWx(text);
         }},
        {{_("Made or received"), 220},
         [](const PartyOfferRow& r, const CaseRecord& c) {
             return r.made ? wxString::Format(_("made to %s"), partyLabel(c, r.offer->toPartyNo))
                           : wxString::Format(_("received from %s"), partyLabel(c, r.offer->fromPartyNo));
         }},
        {{_("Amount"), 150, true}, [](const PartyOfferRow& r, const CaseRecord&) { return moneyText(r.offer->amount); }},
        {{_("Status"), 90}, [](const PartyOfferRow& r, const CaseRecord&) { return nameOf(r.offer->status); }},
        {{_("Counter-offer chain"), 150},
         [](const PartyOfferRow& r, const CaseRecord& c) { return offerChainText(c, *r.offer); }},
        {{_("Terms"), 360}, [](const PartyOfferRow& r, const CaseRecord&) { return toWx(r.offer->terms); }},
    };
    auto rows = [](const CaseRecord& record) {
        std::vector<const Offer*> inTime = pointersTo(record.offers);
        std::stable_sort(inTime.begin(), inTime.end(), [](const Offer* a, const Offer* b) {
            return a->madeAt != b->madeAt ? a->madeAt < b->madeAt : a->no < b->no;
        });
        std::vector<PartyOfferRow> result;
        for (const domain::Party& party : record.parties)
            for (const Offer* offer : inTime)
                if (offer->fromPartyNo == party.no || offer->toPartyNo == party.no)
                    result.push_back({&party, offer, offer->fromPartyNo == party.no});
        return result;
    };
    // The same Add / Edit / Delete as the Offers section, on the row's offer.
    auto offers = recordEditing<Offer>(
        context, runRecordDialog<OfferDialog, Offer>, [](const CaseRecord&) { return Offer{}; },
        [](const Offer& o) { return toWx(o.terms); });
    askNamingLinksBeforeDelete<Offer>(context, offers);
    TableSection<PartyOfferRow>::Editing editing;
    editing.add = offers.add;
    editing.edit = [edit = offers.edit](wxWindow* parent, const PartyOfferRow& row) { edit(parent, row.offer); };
    editing.remove = [remove = offers.remove](wxWindow* parent, const PartyOfferRow& row) {
        remove(parent, row.offer);
    };
    return std::make_unique<TableSection<PartyOfferRow>>(context, _("Offers by party"), std::move(columns), rows,
                                                         nullptr, std::move(editing));
}

}  // namespace cg::app
