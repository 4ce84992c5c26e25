#include "domain/documents/handouts/exposure_section.h"

#include "domain/common_ground/exposure.h"
#include "domain/documents/handouts/case_wording.h"

namespace cg::domain::documents {

namespace {

std::string range(const MoneyRange& r) { return rangeText(r.low, r.high); }

void writeLossItems(DocumentWriter& writer, const CaseRecord& visible) {
    writer.subsection("Losses");
    Table table;
    table.columns = {{"No", 0.5},
                     {"Party", 2},
                     {"Category", 1.4},
                     {"Description", 2.6},
                     {"Damages", 1.3},
                     {"Low", 1.5, Alignment::Right},
                     {"High", 1.5, Alignment::Right}};
    for (const LossItem& l : visible.losses)
        table.rows.push_back({std::to_string(l.no), partyName(visible, l.partyNo),
                              words(l.category), l.description.empty() ? "—" : l.description,
                              words(l.damages), l.low.display(), l.high.display()});
    writer.table(std::move(table), "No losses recorded.");
}

void writePartyExposure(DocumentWriter& writer, const CaseRecord& visible,
                        const Exposure& exposure) {
    writer.subsection("Losses and own insurance by party");
    Table table;
    table.columns = {{"Party", 2},
                     {"Losses", 2.2, Alignment::Right},
                     {"Direct", 2, Alignment::Right},
                     {"Consequential", 2, Alignment::Right},
                     {"Undetermined", 2, Alignment::Right},
                     {"Insurance pays", 2, Alignment::Right},
                     {"Uninsured gap", 2, Alignment::Right}};
    if (!visible.losses.empty())
        for (const PartyExposure& p : exposure.parties)
            table.rows.push_back({partyName(visible, p.partyNo), range(p.losses.total),
                                  range(p.losses.direct), range(p.losses.consequential),
                                  range(p.losses.undetermined),
                                  rangeText(p.insuredLow.paid, p.insuredHigh.paid),
                                  rangeText(p.insuredLow.gap, p.insuredHigh.gap)});
    writer.table(std::move(table), "No losses recorded, so no party has an exposure to insure.");
    // The rule as insurance_gap.h encodes it (legal-domain.md § 7).
    writer.note("Figures are low – high estimates in " + exposure.currency +
                ". Insurance counts each party's cyber and errors-and-omissions covers: paid = "
                "min(limit, max(0, "
                "loss − deductible)); uninsured gap = loss − paid, so the deductible is part of "
                "the gap. Several "
                "covers apply in turn to what the earlier ones left unpaid.");
}

void writeCaps(DocumentWriter& writer, const CaseRecord& visible, const Exposure& exposure) {
    writer.subsection("Liability caps");
    Table table;
    table.columns = {{"Clause", 1.4},   {"Limits", 2},   {"Cap", 1.8, Alignment::Right},
                     {"Carve-outs", 2}, {"Claimant", 2}, {"Recoverable", 2.4, Alignment::Right}};
    for (const CapAnalysis& c : exposure.caps) {
        const std::string clause = std::to_string(c.clauseNo) + " " + c.section;
        const std::string carveOuts = c.carveOuts.empty() ? "none" : joined(c.carveOuts, "; ");
        if (c.recoveries.empty())
            table.rows.push_back(
                {clause,
                 c.obligatedPartyNo ? partyName(visible, *c.obligatedPartyNo) : "both (mutual)",
                 c.cap.display(), carveOuts, "—", "—"});
        for (const CapRecovery& r : c.recoveries)
            table.rows.push_back({clause, partyName(visible, r.liableNo), c.cap.display(),
                                  carveOuts, partyName(visible, r.claimantNo),
                                  range(r.recoverable)});
    }
    writer.table(std::move(table), "No limitation-of-liability clause with a cap is recorded.");
    if (!exposure.caps.empty())
        writer.note(
            "Assumed: a limitation clause excludes consequential loss and caps the rest; a loss "
            "whose type "
            "is undetermined counts as excluded at the low end and as direct at the high end. No "
            "carve-out "
            "is asserted here.");
}

void writeRanges(DocumentWriter& writer, const CaseRecord& visible, const Exposure& exposure) {
    writer.subsection("Each side's range and the zone of possible agreement");
    Table table;
    table.columns = {{"Claimant", 2},
                     {"Respondent", 2},
                     {"Largest claim", 1.8, Alignment::Right},
                     {"Claimant's range", 2.4, Alignment::Right},
                     {"Respondent's range", 2.4, Alignment::Right},
                     {"Zone", 2.4, Alignment::Right}};
    for (const PairExposure& p : exposure.pairs)
        table.rows.push_back({partyName(visible, p.claimantNo), partyName(visible, p.respondentNo),
                              amountText(p.claimed), range(p.claimantRange),
                              range(p.respondentRange),
                              p.zoneExists ? range(p.zone) : "none: gap of " + p.gap.display()});
    writer.table(std::move(table),
                 "No blame claims recorded, so there is no claimant and respondent to compare.");
    if (!exposure.pairs.empty())
        writer.note(
            "Claimant's range: its recovery under the lowest applicable cap at the low estimates, "
            "up to its "
            "high losses (at most the largest claim). Respondent's range: the same low figure, up "
            "to its "
            "worst case under the highest applicable cap. The zone runs from the claimant's low "
            "expectation "
            "to the respondent's high exposure; it is drawn from the records, not from the "
            "parties' bottom "
            "lines.");
}

}  // namespace

void writeLossesAndExposure(DocumentWriter& writer, const CaseRecord& visible) {
    writer.section("Losses and exposure");
    writeLossItems(writer, visible);
    const Exposure exposure = buildExposure(visible);
    writePartyExposure(writer, visible, exposure);
    writeCaps(writer, visible, exposure);
    writeRanges(writer, visible, exposure);
}

}  // namespace cg::domain::documents
