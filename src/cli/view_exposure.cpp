#include "cli/view_exposure.h"

#include <ostream>

#include "cli/text_table.h"
#include "cli/view_output.h"

namespace cg::cli {

namespace {

using namespace domain;

std::string range(const MoneyRange& r) { return plainAmount(r.low) + " – " + plainAmount(r.high); }

std::string percent(int basisPoints) {
    std::string text = std::to_string(basisPoints / 100);
    if (basisPoints % 100) {
        const int rest = basisPoints % 100;
        text += "." + std::string(rest < 10 ? "0" : "") + std::to_string(rest);
        while (text.back() == '0') text.pop_back();
    }
    return text + " %";
}

std::string carveOutList(const std::vector<std::string>& carveOuts) {
    std::string text;
    for (const auto& c : carveOuts) text += (text.empty() ? "" : "; ") + c;
    return text.empty() ? "none" : text;
}

void printLosses(std::ostream& out, const CaseRecord& record, const Exposure& e) {
    out << "\nLosses and own insurance by party (" << e.currency << "):\n";
    TextTable table({"Party", "Total (low – high)", "Direct", "Consequential", "Undetermined", "Insurance pays",
                     "Uninsured gap"});
    for (const auto& p : e.parties)
        table.addRow({partyLabel(record, p.partyNo), range(p.losses.total), range(p.losses.direct),
                      range(p.losses.consequential), range(p.losses.undetermined),
                      plainAmount(p.insuredLow.paid) + " – " + plainAmount(p.insuredHigh.paid),
                      plainAmount(p.insuredLow.gap) + " – " + plainAmount(p.insuredHigh.gap)});
    printIndented(out, table, 60);
    out << "Insurance: cyber and errors-and-omissions covers; paid = min(limit, max(0, loss − deductible)),\n"
           "gap = loss − paid (the deductible is part of the gap); several covers apply in turn to what the\n"
           "earlier ones left unpaid.\n";
}

void printCaps(std::ostream& out, const CaseRecord& record, const Exposure& e) {
    if (e.caps.empty()) {
        out << "\nLiability caps: no limitation-of-liability clause with a cap is recorded.\n";
        return;
    }
    out << "\nLiability caps (" << (e.carveOutAsserted ? "what-if: a carve-out is asserted" : "no carve-out asserted")
        << "):\n";
    TextTable table({"Clause", "Limits", "Cap", "Carve-outs", "Claimant", "Recoverable (low – high)"});
    for (const auto& c : e.caps) {
        const std::string clause = std::to_string(c.clauseNo) + " " + c.section;
        const std::string limits = c.obligatedPartyNo ? partyLabel(record, *c.obligatedPartyNo) : "both (mutual)";
        if (c.recoveries.empty()) table.addRow({clause, limits, plainAmount(c.cap), carveOutList(c.carveOuts), "—", "—"});
        for (const auto& r : c.recoveries)
            table.addRow({clause, partyLabel(record, r.liableNo), plainAmount(c.cap), carveOutList(c.carveOuts),
                          partyLabel(record, r.claimantNo), range(r.recoverable)});
    }
    printIndented(out, table, 60);
    out << "Assumed: a limitation clause excludes consequential loss and caps the rest; losses whose type is\n"
           "undetermined count as excluded at the low end and as direct at the high end. With a carve-out\n"
           "asserted (--carve-out) neither cap nor exclusion applies.\n";
}

void printPairs(std::ostream& out, const CaseRecord& record, const Exposure& e) {
    if (e.pairs.empty()) {
        out << "\nRanges: no blame claims recorded, so there is no claimant and respondent to compare.\n";
        return;
    }
    out << "\nEach side's range and the zone of possible agreement:\n";
    TextTable table({"Claimant", "Respondent", "Claims", "Largest claim", "Claimant's range", "Respondent's range",
                     "Zone"});
    for (const auto& p : e.pairs)
        table.addRow({partyLabel(record, p.claimantNo), partyLabel(record, p.respondentNo), numberList(p.claimNos),
                      plainAmount(p.claimed), range(p.claimantRange), range(p.respondentRange),
                      p.zoneExists ? range(p.zone) : "none: gap of " + plainAmount(p.gap)});
    printIndented(out, table, 60);
    out << "Claimant's range: its recovery under the lowest applicable cap at the low estimates, up to its\n"
           "high losses (at most the largest claim). Respondent's range: the same low figure, up to its\n"
           "worst case under the highest applicable cap (uncapped with a carve-out or without a cap).\n"
           "The zone runs from the claimant's low expectation to the respondent's high exposure.\n";
}

void printOffers(std::ostream& out, const CaseRecord& record, const Exposure& e) {
    if (e.offers.empty()) {
        out << "\nOffers: none recorded.\n";
        return;
    }
    out << "\nOffers over time:\n";
    TextTable table({"When", "Offer", "From", "To", "Amount", "Status"});
    for (const auto& o : e.offers)
        table.addRow({o.madeAt.toString(), std::to_string(o.offerNo), partyLabel(record, o.fromPartyNo),
                      partyLabel(record, o.toPartyNo), plainAmount(o.amount), std::string(toString(o.status))});
    printIndented(out, table, 60);
}

void printFault(std::ostream& out, const CaseRecord& record, const Exposure& e) {
    for (const auto& f : e.faultWhatIfs) {
        out << "\nWhat-if: " << partyLabel(record, f.claimantNo) << " " << percent(f.claimantFaultBasisPoints)
            << " at fault against " << partyLabel(record, f.respondentNo) << ", damages " << range(f.damages)
            << ":\n";
        TextTable table({"Regime", "Barred", "Recovers at low", "Recovers at high"});
        for (std::size_t i = 0; i < f.atLow.size(); ++i)
            table.addRow({f.atLow[i].regime.name, f.atLow[i].barred ? "yes" : "no", plainAmount(f.atLow[i].recovery),
                          plainAmount(f.atHigh[i].recovery)});
        printIndented(out, table, 60);
    }
}

// For the mediator only: the figures themselves are what no party may see,
// so this section is not printed for a party audience even if the exposure
// passed in somehow held them.
void printBottomLines(std::ostream& out, const CaseRecord& record, const Audience& audience, const Exposure& e) {
    if (!audience.isMediator()) return;
    out << "\nConfidential bottom lines (mediator only; never show these to a party):\n";
    TextTable table({"Claimant", "Accepts at least", "Respondent", "Pays at most", "Outcome"});
    for (const auto& p : e.pairs) {
        if (!p.bottomLines) continue;
        const PairBottomLines& b = *p.bottomLines;
        const bool overlap = b.check.outcome == BottomLineCheck::Outcome::Overlap;
        table.addRow({partyLabel(record, p.claimantNo),
                      plainAmount(b.claimantAcceptsAtLeast) + " (no. " + std::to_string(b.claimantBottomLineNo) + ")",
                      partyLabel(record, p.respondentNo),
                      plainAmount(b.respondentPaysAtMost) + " (no. " + std::to_string(b.respondentBottomLineNo) + ")",
                      (overlap ? "overlap of " : "gap of ") + plainAmount(b.check.amount)});
    }
    if (table.empty()) {
        out << "    No pair has a bottom line from both sides (see bottom-line add).\n";
        return;
    }
    printIndented(out, table, 60);
    out << "Each side's latest bottom line: an overlap means a deal is possible between the two figures.\n";
}

}  // namespace

void printExposureText(std::ostream& out, const CaseRecord& visible, const Audience& audience, const Exposure& e) {
    printViewHeading(out, "Exposure summary", visible, audience);
    printLosses(out, visible, e);
    printCaps(out, visible, e);
    printPairs(out, visible, e);
    printOffers(out, visible, e);
    printBottomLines(out, visible, audience, e);
    printFault(out, visible, e);
}

void printExposureCsv(std::ostream& out, const Audience& audience, const Exposure& e) {
    CsvWriter csv(out);
    csv.row({"section", "party", "counterparty", "record", "item", "low", "high", "detail"});
    for (const auto& p : e.parties) {
        const std::string party = std::to_string(p.partyNo);
        csv.row({"losses", party, "", "", "total", plainAmount(p.losses.total.low), plainAmount(p.losses.total.high), ""});
        csv.row({"losses", party, "", "", "direct", plainAmount(p.losses.direct.low), plainAmount(p.losses.direct.high), ""});
        csv.row({"losses", party, "", "", "consequential", plainAmount(p.losses.consequential.low),
                 plainAmount(p.losses.consequential.high), ""});
        csv.row({"losses", party, "", "", "undetermined", plainAmount(p.losses.undetermined.low),
                 plainAmount(p.losses.undetermined.high), ""});
        csv.row({"insurance", party, "", "", "paid", plainAmount(p.insuredLow.paid), plainAmount(p.insuredHigh.paid), ""});
        csv.row({"insurance", party, "", "", "uninsured gap", plainAmount(p.insuredLow.gap), plainAmount(p.insuredHigh.gap),
                 "gap = loss - min(limit, max(0, loss - deductible))"});
    }
    for (const auto& c : e.caps) {
        const std::string obligated = c.obligatedPartyNo ? std::to_string(*c.obligatedPartyNo) : "";
        csv.row({"cap", obligated, "", std::to_string(c.clauseNo), "cap " + c.section, plainAmount(c.cap), plainAmount(c.cap),
                 carveOutList(c.carveOuts)});
        for (const auto& r : c.recoveries)
            csv.row({"cap-recovery", std::to_string(r.claimantNo), std::to_string(r.liableNo),
                     std::to_string(c.clauseNo), e.carveOutAsserted ? "recoverable, carve-out asserted" : "recoverable",
                     plainAmount(r.recoverable.low), plainAmount(r.recoverable.high), ""});
    }
    for (const auto& p : e.pairs) {
        const std::string claimant = std::to_string(p.claimantNo), respondent = std::to_string(p.respondentNo);
        csv.row({"range", claimant, respondent, numberList(p.claimNos), "claimant", plainAmount(p.claimantRange.low),
                 plainAmount(p.claimantRange.high), "largest claim " + plainAmount(p.claimed)});
        csv.row({"range", claimant, respondent, numberList(p.claimNos), "respondent", plainAmount(p.respondentRange.low),
                 plainAmount(p.respondentRange.high), ""});
        csv.row({"zone", claimant, respondent, numberList(p.claimNos), p.zoneExists ? "zone" : "gap",
                 p.zoneExists ? plainAmount(p.zone.low) : "", p.zoneExists ? plainAmount(p.zone.high) : "",
                 p.zoneExists ? "" : plainAmount(p.gap)});
    }
    if (audience.isMediator())
        for (const auto& p : e.pairs)
            if (p.bottomLines)
                csv.row({"bottom-lines", std::to_string(p.claimantNo), std::to_string(p.respondentNo),
                         std::to_string(p.bottomLines->claimantBottomLineNo) + "+" +
                             std::to_string(p.bottomLines->respondentBottomLineNo),
                         std::string(toString(p.bottomLines->check.outcome)),
                         plainAmount(p.bottomLines->claimantAcceptsAtLeast),
                         plainAmount(p.bottomLines->respondentPaysAtMost), plainAmount(p.bottomLines->check.amount)});
    for (const auto& o : e.offers)
        csv.row({"offer", std::to_string(o.fromPartyNo), std::to_string(o.toPartyNo), std::to_string(o.offerNo),
                 std::string(toString(o.status)), plainAmount(o.amount), plainAmount(o.amount), o.madeAt.toString()});
    for (const auto& f : e.faultWhatIfs)
        for (std::size_t i = 0; i < f.atLow.size(); ++i)
            csv.row({"fault-what-if", std::to_string(f.claimantNo), std::to_string(f.respondentNo), "",
                     f.atLow[i].regime.name, plainAmount(f.atLow[i].recovery), plainAmount(f.atHigh[i].recovery),
                     "claimant " + percent(f.claimantFaultBasisPoints) + " at fault"});
}

}  // namespace cg::cli
