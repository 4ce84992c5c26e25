#pragma once
// A case with the whole practice side (issue 7) filled in, for the store's
// practice tests: two parties with a fee split, sessions booked with room
// and link, people attending, an exhibit with its bytes, time, expenses and
// a payment. Every link the store must protect is used by something.
#include <memory>
#include <string>

#include "domain/case_record.h"
#include "domain/sha256.h"
#include "support/case_builder.h"

namespace cg::testing {

// Bytes no text column could carry unchanged: a NUL, high bytes, CR LF.
inline std::string exhibitBytes() {
    std::string bytes = "%PDF-1.7\r\n";
    bytes += std::string("\0\x01\xfe\xff", 4);
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    return bytes + "%%EOF\n";
}

inline domain::Exhibit sraReport(std::string bytes = exhibitBytes()) {
    domain::Exhibit exhibit;
    exhibit.no = 1;
    exhibit.title = "Security risk assessment, March 2025";
    exhibit.fileName = "sra-report.pdf";
    exhibit.mediaType = "application/pdf";
    exhibit.sizeBytes = bytes.size();
    exhibit.sha256 = domain::sha256Hex(bytes);
    exhibit.attachedAt = domain::Instant::parse("2026-02-01T08:30:00Z");
    exhibit.visibility = domain::Visibility::PartyAndMediator;
    exhibit.submittedByPartyNo = 1;
    exhibit.factNos = {1};
    exhibit.claimNos = {1};
    exhibit.description = "Shows the MSP was told about the open RDP port.";
    exhibit.content = std::make_shared<const std::string>(std::move(bytes));
    return exhibit;
}

inline domain::CaseRecord practiceCase(const std::string& reference = "CG-2026-0001") {
    using namespace cg::domain;
    CaseBuilder builder(reference, "Bright Smile Dental v. Nimbus MSP");
    builder.withParty("Bright Smile Dental", PartyRole::Claimant)
        .withParty("Nimbus MSP", PartyRole::Respondent)
        .withFact("Ransomware encrypted the practice server", Date(2025, 11, 3))
        .withClaim(1, 2, "The MSP left RDP open to the internet");
    CaseRecord record = builder.build();
    record.head.currency = "EUR";
    record.head.fees.basis = FeeBasis::Hourly;
    record.head.fees.hourlyRate = Money(30000, "EUR");
    record.head.fees.shares = {{1, 6000}, {2, 4000}};
    record.parties[0].agreementSignedOn = Date(2026, 1, 20);
    InsuranceCover cover;
    cover.kind = CoverKind::Cyber;
    cover.insurer = "Harbor Mutual";
    cover.limit = Money(100000000, "EUR");
    cover.deductible = Money(2500000, "EUR");
    record.parties[1].covers.push_back(cover);
    record.claims[0].factNos = {1};

    MediationSession joint;
    joint.no = 1;
    joint.kind = SessionKind::Joint;
    joint.startedAt = Instant::parse("2026-02-10T09:00:00Z");
    joint.plannedMinutes = 180;
    joint.location = "Room 4, Arbitration Centre, 12 Main St";
    joint.videoLink = "https://meet.example.org/bright-smile";
    joint.participants = {"Dr. Anna Müller", "Kai Kessler"};
    MediationSession caucus;
    caucus.no = 2;
    caucus.kind = SessionKind::Caucus;
    caucus.caucusPartyNo = 1;
    caucus.startedAt = Instant::parse("2026-02-10T13:00:00Z");
    caucus.endedAt = Instant::parse("2026-02-10T14:00:00Z");
    record.sessions = {joint, caucus};

    Participant counsel{
        1, "Rebecca Lowenstein",   "Lowenstein Ferraro LLP", ParticipantRole::Counsel,
        1, "rl@lowenstein.example"};
    Participant adjuster{2, "Tom Harbor", "Harbor Mutual", ParticipantRole::Insurer, 2, ""};
    Participant coMediator{3, "Dr. Kim Osei", "", ParticipantRole::CoMediator, std::nullopt, ""};
    record.participants = {counsel, adjuster, coMediator};

    record.exhibits = {sraReport()};

    TimeEntry session{1,    Date(2026, 2, 10), 180, TimeActivity::Session, 1, "",
                      true, "Joint session"};
    TimeEntry preparation{
        2,     Date(2026, 2, 9),     45, TimeActivity::Preparation, std::nullopt, "Dr. Kim Osei",
        false, "Read the SRA report"};
    record.timeEntries = {session, preparation};

    Expense room{1, Date(2026, 2, 10), "Room hire", Money(25000, "EUR"), std::nullopt};
    Expense travel{2, Date(2026, 2, 10), "Travel of the respondent's expert", Money(8000, "EUR"),
                   2};
    record.expenses = {room, travel};

    record.payments = {Payment{1, 1, Date(2026, 2, 20), Money(100000, "EUR"), "INV-1 / BSD"}};
    return record;
}

}  // namespace cg::testing
