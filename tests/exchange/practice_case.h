#pragma once
// The records of running a mediation (issue 7) added to a case, and a
// field-by-field comparison of them, so a round trip says what it lost.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "domain/sha256.h"
#include "support/full_case.h"

namespace cg::testing {

inline domain::Exhibit exhibitWithContent(domain::RecordNo no, const std::string& fileName, std::string content) {
    domain::Exhibit exhibit;
    exhibit.no = no;
    exhibit.fileName = fileName;
    exhibit.title = fileName;
    exhibit.sizeBytes = content.size();
    exhibit.sha256 = domain::sha256Hex(content);
    exhibit.attachedAt = domain::Instant::parse("2026-02-01T08:15:00Z");
    exhibit.content = std::make_shared<const std::string>(std::move(content));
    return exhibit;
}

// Needs parties 1-3, facts 2, claims 2 and session 1 (support/full_case.h),
// and a case currency of EUR.
inline void addPracticeRecords(domain::CaseRecord& r) {
    using namespace cg::domain;
    r.head.outcome = CaseOutcome::SettledInPart;
    r.head.fees.basis = FeeBasis::Hourly;
    r.head.fees.hourlyRate = Money(350'00, "EUR");
    r.head.fees.fixedFee = Money(0, "EUR");
    r.head.fees.shares = {{1, 6000}, {2, 3333}, {3, 667}};
    r.parties.at(0).agreementSignedOn = Date(2026, 1, 20);
    r.parties.at(1).agreementSignedOn = Date(2026, 1, 22);

    r.sessions.at(0).plannedMinutes = 150;
    r.sessions.at(0).location = "Besprechungsraum 2\nMarienplatz 1, 80331 München";
    r.sessions.at(1).videoLink = "https://meet.example.org/cg-2026?room=caucus&pwd=a,b;c";

    Participant counsel;
    counsel.no = 1;
    counsel.name = "Dr. Katrin Weber";
    counsel.organisation = "Kanzlei Weber";
    counsel.role = ParticipantRole::Counsel;
    counsel.partyNo = 1;
    counsel.email = "weber@kanzlei-weber.example";
    Participant coMediator;
    coMediator.no = 2;
    coMediator.name = "Σοφία Νικολάου";
    coMediator.role = ParticipantRole::CoMediator;
    Participant expert;
    expert.no = 3;
    expert.name = "Forensik Nord GmbH";
    expert.role = ParticipantRole::Expert;
    expert.partyNo = 2;
    r.participants = {counsel, coMediator, expert};

    Exhibit email = exhibitWithContent(1, "mfa-decline.eml",
                                       "From: Kai Kessler\r\nSubject: MFA\r\n\r\nPraxis lehnt MFA ab — 3.9.2025\n");
    email.title = "E-mail declining MFA, 1 September 2025";
    email.mediaType = "message/rfc822";
    email.visibility = Visibility::PartyAndMediator;
    email.submittedByPartyNo = 2;
    email.factNos = {2};
    email.claimNos = {2, 1};
    email.description = "Forwarded by the MSP;\nheaders intact.";
    std::string everyByte;
    for (int b = 0; b < 256; ++b) everyByte += static_cast<char>(b);
    Exhibit binary = exhibitWithContent(2, "backup-log.bin", everyByte);
    r.exhibits = {email, binary};

    TimeEntry joint{1, Date(2026, 2, 10), 150, TimeActivity::Session, 1, "", true, ""};
    TimeEntry preparation{2, Date(2026, 2, 9), 90, TimeActivity::Preparation, std::nullopt, "Dr. Ingrid Størseth",
                          true, "Read the SRA & the MSA"};
    TimeEntry drafting{3, Date(2026, 3, 1), 45, TimeActivity::Drafting, std::nullopt, "", false, ""};
    r.timeEntries = {joint, preparation, drafting};

    r.expenses = {{1, Date(2026, 2, 10), "Room hire, Marienplatz", Money(480'00, "EUR"), std::nullopt},
                  {2, Date(2026, 2, 12), "Interpreter (Greek)", Money(612'50, "EUR"), 3}};
    r.payments = {{1, 1, Date(2026, 3, 5), Money(2'000'00, "EUR"), "RF18 5390 0754 7034"},
                  {2, 2, Date(2026, 3, 9), Money(1'111'00, "EUR"), ""}};
}

// The shared every-field case with the practice records added.
inline domain::CaseRecord fullPracticeCase() {
    domain::CaseRecord r = fullCase();
    addPracticeRecords(r);
    return r;
}

// Every difference in the practice fields, as "path: a vs b".
inline std::vector<std::string> practiceDifferences(const domain::CaseRecord& a, const domain::CaseRecord& b) {
    std::vector<std::string> found;
    const auto check = [&](const std::string& path, bool same) {
        if (!same) found.push_back(path);
    };
    check("head.outcome", a.head.outcome == b.head.outcome);
    check("head.fees.basis", a.head.fees.basis == b.head.fees.basis);
    check("head.fees.hourlyRate", a.head.fees.hourlyRate == b.head.fees.hourlyRate);
    check("head.fees.fixedFee", a.head.fees.fixedFee == b.head.fees.fixedFee);
    check("head.fees.shares.size", a.head.fees.shares.size() == b.head.fees.shares.size());
    for (std::size_t i = 0; i < std::min(a.head.fees.shares.size(), b.head.fees.shares.size()); ++i) {
        check("head.fees.shares[" + std::to_string(i) + "].partyNo",
              a.head.fees.shares[i].partyNo == b.head.fees.shares[i].partyNo);
        check("head.fees.shares[" + std::to_string(i) + "].basisPoints",
              a.head.fees.shares[i].basisPoints == b.head.fees.shares[i].basisPoints);
    }
    check("parties.size", a.parties.size() == b.parties.size());
    for (std::size_t i = 0; i < std::min(a.parties.size(), b.parties.size()); ++i)
        check("parties[" + std::to_string(i) + "].agreementSignedOn",
              a.parties[i].agreementSignedOn == b.parties[i].agreementSignedOn);
    check("sessions.size", a.sessions.size() == b.sessions.size());
    for (std::size_t i = 0; i < std::min(a.sessions.size(), b.sessions.size()); ++i) {
        const std::string at = "sessions[" + std::to_string(i) + "]";
        check(at + ".plannedMinutes", a.sessions[i].plannedMinutes == b.sessions[i].plannedMinutes);
        check(at + ".location", a.sessions[i].location == b.sessions[i].location);
        check(at + ".videoLink", a.sessions[i].videoLink == b.sessions[i].videoLink);
    }
    check("participants.size", a.participants.size() == b.participants.size());
    for (std::size_t i = 0; i < std::min(a.participants.size(), b.participants.size()); ++i) {
        const auto& x = a.participants[i];
        const auto& y = b.participants[i];
        const std::string at = "participants[" + std::to_string(i) + "]";
        check(at, x.no == y.no && x.name == y.name && x.organisation == y.organisation && x.role == y.role &&
                      x.partyNo == y.partyNo && x.email == y.email);
    }
    check("exhibits.size", a.exhibits.size() == b.exhibits.size());
    for (std::size_t i = 0; i < std::min(a.exhibits.size(), b.exhibits.size()); ++i) {
        const auto& x = a.exhibits[i];
        const auto& y = b.exhibits[i];
        const std::string at = "exhibits[" + std::to_string(i) + "]";
        check(at + " fields", x.no == y.no && x.title == y.title && x.fileName == y.fileName &&
                                  x.mediaType == y.mediaType && x.sizeBytes == y.sizeBytes && x.sha256 == y.sha256 &&
                                  x.attachedAt == y.attachedAt && x.visibility == y.visibility &&
                                  x.submittedByPartyNo == y.submittedByPartyNo && x.factNos == y.factNos &&
                                  x.claimNos == y.claimNos && x.description == y.description);
        check(at + ".content", x.content && y.content && *x.content == *y.content);
    }
    check("timeEntries.size", a.timeEntries.size() == b.timeEntries.size());
    for (std::size_t i = 0; i < std::min(a.timeEntries.size(), b.timeEntries.size()); ++i) {
        const auto& x = a.timeEntries[i];
        const auto& y = b.timeEntries[i];
        check("timeEntries[" + std::to_string(i) + "]",
              x.no == y.no && x.workedOn == y.workedOn && x.minutes == y.minutes && x.activity == y.activity &&
                  x.sessionNo == y.sessionNo && x.mediator == y.mediator && x.billable == y.billable &&
                  x.description == y.description);
    }
    check("expenses.size", a.expenses.size() == b.expenses.size());
    for (std::size_t i = 0; i < std::min(a.expenses.size(), b.expenses.size()); ++i) {
        const auto& x = a.expenses[i];
        const auto& y = b.expenses[i];
        check("expenses[" + std::to_string(i) + "]", x.no == y.no && x.incurredOn == y.incurredOn &&
                                                         x.description == y.description && x.amount == y.amount &&
                                                         x.chargedToPartyNo == y.chargedToPartyNo);
    }
    check("payments.size", a.payments.size() == b.payments.size());
    for (std::size_t i = 0; i < std::min(a.payments.size(), b.payments.size()); ++i) {
        const auto& x = a.payments[i];
        const auto& y = b.payments[i];
        check("payments[" + std::to_string(i) + "]", x.no == y.no && x.partyNo == y.partyNo &&
                                                         x.receivedOn == y.receivedOn && x.amount == y.amount &&
                                                         x.reference == y.reference);
    }
    return found;
}

}  // namespace cg::testing
