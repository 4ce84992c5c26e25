#pragma once
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/record_no.h"
#include "domain/settlement_option.h"

namespace cg::domain {

// A numbered version of the settlement agreement and what it was built from.
struct AgreementDraft {
    RecordNo no = 0;
    int version = 1;
    std::string templateName;
    Instant createdAt;
    RecordNos termNos;  // the accepted options it was built from
    std::string note;
    // The terms as they read when this version was rendered, in the order of
    // termNos, so that two versions can be compared after the options change.
    std::vector<SettlementOption> termSnapshot;
    std::string pdfSha256;  // lower-case hex of the rendered PDF; empty if none was written
};

}  // namespace cg::domain
