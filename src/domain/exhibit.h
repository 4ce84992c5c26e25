#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "domain/calendar.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

// A file put before the mediation (an SRA report, logs, e-mails, the MSA),
// fingerprinted when attached so that anyone can later show it is unchanged.
struct Exhibit {
    RecordNo no = 0;
    std::string title;        // "Security risk assessment, March 2025"
    std::string fileName;     // the name it was attached under, no directories
    std::string mediaType;    // "application/pdf"; "application/octet-stream" when unknown
    std::uint64_t sizeBytes = 0;
    std::string sha256;       // 64 lowercase hex digits of the content, taken on attach
    Instant attachedAt;
    // Same levels as notes and interests. PartyAndMediator means the
    // submitting party and the mediator, so it needs submittedByPartyNo.
    Visibility visibility = Visibility::Everyone;
    OptionalNo submittedByPartyNo;
    RecordNos factNos;        // facts it evidences
    RecordNos claimNos;       // blame claims it supports or answers
    std::string description;
    // The file's bytes when they travel with the record (case-file import
    // and export, attach); null when only the record was loaded.
    std::shared_ptr<const std::string> content;
};

}  // namespace cg::domain
