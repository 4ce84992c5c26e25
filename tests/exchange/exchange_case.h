#pragma once
// The shared every-field case (support/full_case.h) plus what a case file in
// particular must carry: party names in Latin, Greek and Cyrillic script,
// amounts in currencies with 0 (JPY) and 3 (BHD) decimals, and the records
// of running the mediation (practice_case.h), exhibits' bytes included.
#include "practice_case.h"
#include "support/full_case.h"

namespace cg::testing {

inline domain::CaseRecord fullCaseInEveryScript() {
    using namespace cg::domain;
    CaseRecord r = fullCase("CG-2026-0042");
    r.parties.at(0).name = "Zahnarztpraxis Müller";
    r.parties.at(1).name = "Société Générale de Services";
    r.parties.at(2).name = "Οδοντιατρείο Παπαδόπουλος";
    r.parties.at(2).representative = "Γιώργος Παπαδόπουλος";
    Party fourth;
    fourth.no = 4;
    fourth.name = "ООО Северный Ветер";
    fourth.role = PartyRole::Regulator;
    fourth.sector = "Страхование";
    fourth.signatoryName = "Ирина Соколова";
    fourth.signatoryTitle = "Генеральный директор";
    fourth.address = "ул. Ленина, 1\nМурманск";
    fourth.covers.push_back({CoverKind::Other, "Ингосстрах", "ИГС-77", Money(1'500'000, "JPY"), Money(1'000, "JPY")});
    r.parties.push_back(fourth);

    SettlementOption bahrain;
    bahrain.no = 3;
    bahrain.kind = OptionKind::SecurityProgramme;
    bahrain.description = "Backup monitoring by an auditor in Manama";
    bahrain.amount = Money(12'345'678, "BHD");  // 12345.678
    bahrain.payerNo = 2;
    bahrain.status = OptionStatus::Proposed;
    bahrain.dueOn = Date(2026, 9, 30);
    bahrain.instalments = {{Date(2026, 7, 1), Money(6'000'000, "BHD")}, {Date(2026, 8, 1), Money(6'345'678, "BHD")}};
    r.options.push_back(bahrain);
    addPracticeRecords(r);
    return r;
}

}  // namespace cg::testing
