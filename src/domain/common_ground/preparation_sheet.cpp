#include "domain/common_ground/preparation_sheet.h"

#include <algorithm>
#include <set>

#include "domain/common_ground/audience.h"

namespace cg::domain {

namespace {

bool byPriority(const WorksheetInterest& a, const WorksheetInterest& b) {
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.no < b.no;
}

// Data whose exposure gives the individuals behind it a stake of their own
// (notification, credit monitoring): personal, health and cardholder data.
bool concernsIndividuals(DataType type) {
    return type == DataType::Pii || type == DataType::Phi || type == DataType::CardholderData;
}

std::string groupThousands(std::int64_t n) {
    std::string digits = std::to_string(n), grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

std::vector<AbsentStakeholder> absentStakeholders(const CaseRecord& record, RecordNo partyNo) {
    std::vector<AbsentStakeholder> result;
    for (const Party& p : record.parties) {
        if (p.no == partyNo) continue;
        if (p.role == PartyRole::Insurer || p.role == PartyRole::Regulator)
            result.push_back({p.name, std::string(toString(p.role)) + " (party " + std::to_string(p.no) + ")", p.no});
    }
    std::set<DataType> exposed;
    std::int64_t mostRecords = 0;
    for (const BreachFact& f : record.facts) {
        bool personal = false;
        for (DataType t : f.dataTypes)
            if (concernsIndividuals(t)) {
                exposed.insert(t);
                personal = true;
            }
        if (personal && f.recordsAffected) mostRecords = std::max(mostRecords, *f.recordsAffected);
    }
    if (!exposed.empty()) {
        std::string types;
        for (DataType t : exposed) types += (types.empty() ? "" : ", ") + std::string(toString(t));
        const std::string count = mostRecords > 0 ? "up to " + groupThousands(mostRecords) + " records of " : "";
        result.push_back({"affected individuals", count + types + " exposed", std::nullopt});
    }
    return result;
}

}  // namespace

PreparationSheet buildPreparationSheet(const CaseRecord& visible, RecordNo partyNo) {
    visible.party(partyNo);  // NotFound for a party the case does not have
    PreparationSheet sheet;
    sheet.partyNo = partyNo;

    // The sheet is the party's own, so it holds what that party may see even
    // when the mediator reads it: not its mediator-only interests, not the
    // others' confidential ones.
    const Audience party = Audience::party(partyNo);
    std::set<RecordNo> own;
    for (const Interest& i : visible.interests) {
        if (!party.maySee(i.visibility, i.partyNo)) continue;
        if (i.partyNo == partyNo) {
            sheet.ownInterests.push_back(worksheetInterest(i, false));
            own.insert(i.no);
        } else {
            sheet.otherInterests.push_back(worksheetInterest(i, false));
        }
    }
    std::stable_sort(sheet.ownInterests.begin(), sheet.ownInterests.end(), byPriority);
    std::stable_sort(sheet.otherInterests.begin(), sheet.otherInterests.end(), [](const auto& a, const auto& b) {
        return a.partyNo != b.partyNo ? a.partyNo < b.partyNo : byPriority(a, b);
    });
    sheet.absentStakeholders = absentStakeholders(visible, partyNo);

    for (const Alternative& a : visible.alternatives)
        if (a.partyNo == partyNo && party.maySee(a.visibility, a.partyNo))
            sheet.alternatives.push_back({a.no, a.kind, a.description, a.value, a.likelihoodPercent});
    std::stable_sort(sheet.alternatives.begin(), sheet.alternatives.end(), [](const auto& a, const auto& b) {
        return a.kind != b.kind ? a.kind == AlternativeKind::Batna : a.no < b.no;
    });

    for (const SettlementOption& o : visible.options) {
        ServingOption serving{o.no, o.kind, o.status, o.description, {}};
        for (RecordNo i : o.interestNos)
            if (own.contains(i)) serving.servedInterestNos.push_back(i);
        if (!serving.servedInterestNos.empty() || o.payerNo == partyNo || o.payeeNo == partyNo)
            sheet.options.push_back(std::move(serving));
    }

    std::set<RecordNo> clauseNos, factNos;
    for (const BlameClaim& c : visible.claims) {
        if (c.accuserNo != partyNo && c.accusedNo != partyNo) continue;
        clauseNos.insert(c.clauseNos.begin(), c.clauseNos.end());
        factNos.insert(c.factNos.begin(), c.factNos.end());
    }
    for (const ContractClause& c : visible.clauses)
        if (clauseNos.contains(c.no) || c.obligatedPartyNo == partyNo) sheet.clauses.push_back(clauseCriterion(c));
    std::vector<const BreachFact*> facts;
    for (const BreachFact& f : visible.facts)
        if (factNos.contains(f.no)) facts.push_back(&f);
    sheet.controls = controlCriteria(facts);
    return sheet;
}

}  // namespace cg::domain
