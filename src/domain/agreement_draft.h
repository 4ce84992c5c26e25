#pragma once
#include <string>

#include "domain/calendar.h"
#include "domain/record_no.h"

namespace cg::domain {

// A numbered version of the settlement agreement and what it was built from.
struct AgreementDraft {
    RecordNo no = 0;
    int version = 1;
    std::string templateName;
    Instant createdAt;
    RecordNos termNos;  // the accepted options it was built from
    std::string note;
};

}  // namespace cg::domain
