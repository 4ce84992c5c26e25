#include "domain/common_ground/exposure.h"

#include <algorithm>
#include <map>

#include "domain/errors.h"

namespace cg::domain {

namespace {

std::int64_t sum(std::int64_t a, std::int64_t b) {
    std::int64_t total = 0;
    if (__builtin_add_overflow(a, b, &total))
        throw ValidationError("the losses add up to more than any plausible figure; check the amounts entered");
    return total;
}

Money money(std::int64_t minor, const std::string& currency) { return Money(minor, currency); }

Money smaller(const Money& a, const Money& b) { return a.minorUnits() <= b.minorUnits() ? a : b; }

MoneyRange zeroRange(const std::string& currency) { return {money(0, currency), money(0, currency)}; }

void addTo(MoneyRange& range, const LossItem& loss) {
    range.low = money(sum(range.low.minorUnits(), loss.low.minorUnits()), range.low.currency());
    range.high = money(sum(range.high.minorUnits(), loss.high.minorUnits()), range.high.currency());
}

Money atMostClaimed(const Money& amount, const std::optional<Money>& claimed) {
    return claimed && claimed->currency() == amount.currency() ? smaller(amount, *claimed) : amount;
}

bool capApplies(const ContractClause& clause, const BlameClaim& claim) {
    if (clause.obligatedPartyNo) return *clause.obligatedPartyNo == claim.accusedNo;
    return std::find(claim.clauseNos.begin(), claim.clauseNos.end(), clause.no) != claim.clauseNos.end();
}

// The party's most recent bottom line of that stance: the last given, and
// of those given the same day the highest numbered (entered last).
const BottomLine* latestBottomLine(const CaseRecord& record, RecordNo partyNo, BottomLineStance stance) {
    const BottomLine* latest = nullptr;
    for (const BottomLine& b : record.bottomLines) {
        if (b.partyNo != partyNo || b.stance != stance) continue;
        if (!latest || latest->givenOn < b.givenOn || (latest->givenOn == b.givenOn && latest->no < b.no)) latest = &b;
    }
    return latest;
}

std::optional<PairBottomLines> pairBottomLines(const CaseRecord& record, const PairExposure& pair) {
    const BottomLine* accepts = latestBottomLine(record, pair.claimantNo, BottomLineStance::AcceptsAtLeast);
    const BottomLine* pays = latestBottomLine(record, pair.respondentNo, BottomLineStance::PaysAtMost);
    if (!accepts || !pays) return std::nullopt;
    return PairBottomLines{accepts->no, pays->no, accepts->amount, pays->amount,
                           compareBottomLines(pays->amount, accepts->amount)};
}

}  // namespace

LossBreakdown lossBreakdown(const CaseRecord& record, RecordNo partyNo) {
    const std::string& currency = record.head.currency;
    LossBreakdown b{zeroRange(currency), zeroRange(currency), zeroRange(currency), zeroRange(currency)};
    for (const LossItem& loss : record.losses) {
        if (loss.partyNo != partyNo) continue;
        if (loss.low.currency() != currency || loss.high.currency() != currency)
            throw ValidationError("loss " + std::to_string(loss.no) + " is in " + loss.low.currency() +
                                  " but case " + record.head.reference + " works in " + currency +
                                  "; the exposure summary needs every loss in the case's currency");
        addTo(b.total, loss);
        switch (loss.damages) {
            case DamagesType::Direct: addTo(b.direct, loss); break;
            case DamagesType::Consequential: addTo(b.consequential, loss); break;
            case DamagesType::Undetermined: addTo(b.undetermined, loss); break;
        }
    }
    return b;
}

MoneyRange recoverableUnderCap(const LossBreakdown& losses, const Money& cap, bool carveOutAsserted) {
    if (carveOutAsserted) return losses.total;
    const std::string& currency = losses.total.low.currency();
    const Money low = losses.direct.low;
    const Money high = money(sum(losses.direct.high.minorUnits(), losses.undetermined.high.minorUnits()), currency);
    if (cap.currency() != currency)
        throw ValidationError("a liability cap of " + cap.display() + " cannot limit losses in " + currency +
                              "; record the cap in the case's currency");
    return {smaller(low, cap), smaller(high, cap)};
}

Exposure buildExposure(const CaseRecord& visible, const ExposureOptions& options) {
    if (options.claimantFaultBasisPoints && options.faultRegimes.empty())
        throw ValidationError(
            "the fault what-if needs the fault-allocation regimes of the reference catalogs, and none were loaded");
    Exposure e;
    e.currency = visible.head.currency;
    e.carveOutAsserted = options.carveOutAsserted;

    std::map<RecordNo, LossBreakdown> breakdowns;
    for (const Party& p : visible.parties) {
        PartyExposure pe;
        pe.partyNo = p.no;
        pe.losses = lossBreakdown(visible, p.no);
        pe.insuredLow = applyCovers(pe.losses.total.low, p.covers);
        pe.insuredHigh = applyCovers(pe.losses.total.high, p.covers);
        breakdowns.emplace(p.no, pe.losses);
        e.parties.push_back(std::move(pe));
    }

    // The claimant → respondent pairs, in the order of their first claim;
    // each claim's pair is remembered for the caps below.
    std::map<std::pair<RecordNo, RecordNo>, std::size_t> pairOf;
    std::vector<std::size_t> claimPair;
    for (const BlameClaim& c : visible.claims) {
        auto [it, added] = pairOf.try_emplace(std::pair(c.accuserNo, c.accusedNo), e.pairs.size());
        if (added) {
            e.pairs.push_back({});
            e.pairs.back().claimantNo = c.accuserNo;
            e.pairs.back().respondentNo = c.accusedNo;
        }
        PairExposure& pair = e.pairs[it->second];
        pair.claimNos.push_back(c.no);
        // The largest single claim (see exposure.h).
        if (c.amountClaimed && (!pair.claimed || c.amountClaimed->minorUnits() > pair.claimed->minorUnits()))
            pair.claimed = c.amountClaimed;
        claimPair.push_back(it->second);
    }

    std::map<RecordNo, Money> capOf;
    for (const ContractClause& clause : visible.clauses) {
        if (clause.kind != ClauseKind::LimitationOfLiability || !clause.cap) continue;
        CapAnalysis cap{clause.no, clause.section, clause.obligatedPartyNo, clause.cap->amount(),
                        clause.cap->carveOuts, {}};
        std::vector<bool> applies(e.pairs.size(), false);
        for (std::size_t c = 0; c < visible.claims.size(); ++c)
            if (capApplies(clause, visible.claims[c])) applies[claimPair[c]] = true;
        for (std::size_t p = 0; p < e.pairs.size(); ++p) {
            if (!applies[p]) continue;
            PairExposure& pair = e.pairs[p];
            pair.capClauseNos.push_back(clause.no);
            cap.recoveries.push_back({pair.claimantNo, pair.respondentNo,
                                      recoverableUnderCap(breakdowns.at(pair.claimantNo), cap.cap,
                                                          options.carveOutAsserted)});
        }
        capOf.emplace(clause.no, cap.cap);
        e.caps.push_back(std::move(cap));
    }

    for (PairExposure& pair : e.pairs) {
        const LossBreakdown& losses = breakdowns.at(pair.claimantNo);
        const Money bestCase = atMostClaimed(losses.total.high, pair.claimed);

        std::optional<MoneyRange> lowest, highest;  // recoverable under the lowest and highest caps
        for (RecordNo clauseNo : pair.capClauseNos) {
            const Money& capAmount = capOf.at(clauseNo);
            const MoneyRange r = recoverableUnderCap(losses, capAmount, false);
            if (!lowest || r.low.minorUnits() < lowest->low.minorUnits()) lowest = r;
            if (!highest || r.high.minorUnits() > highest->high.minorUnits()) highest = r;
        }
        const Money worstCase = lowest ? lowest->low : losses.direct.low;
        pair.claimantRange = {worstCase, bestCase};
        const Money respondentHigh =
            options.carveOutAsserted || !highest ? bestCase : atMostClaimed(highest->high, pair.claimed);
        pair.respondentRange = {worstCase, respondentHigh};
        pair.zoneExists = worstCase.minorUnits() <= respondentHigh.minorUnits();
        if (pair.zoneExists) {
            pair.zone = {worstCase, respondentHigh};
            pair.gap = money(0, e.currency);
        } else {
            pair.zone = zeroRange(e.currency);
            pair.gap = money(worstCase.minorUnits() - respondentHigh.minorUnits(), e.currency);
        }

        pair.bottomLines = pairBottomLines(visible, pair);

        if (options.claimantFaultBasisPoints) {
            const int fault = *options.claimantFaultBasisPoints;
            e.faultWhatIfs.push_back({pair.claimantNo, pair.respondentNo, fault, losses.total,
                                      applyFaultRegimes(options.faultRegimes, losses.total.low, fault),
                                      applyFaultRegimes(options.faultRegimes, losses.total.high, fault)});
        }
    }

    for (const Offer& o : visible.offers)
        e.offers.push_back({o.no, o.madeAt, o.fromPartyNo, o.toPartyNo, o.amount, o.status});
    std::stable_sort(e.offers.begin(), e.offers.end(), [](const OfferPoint& a, const OfferPoint& b) {
        return a.madeAt != b.madeAt ? a.madeAt < b.madeAt : a.offerNo < b.offerNo;
    });
    return e;
}

}  // namespace cg::domain
