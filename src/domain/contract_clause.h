#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/liability_cap.h"
#include "domain/record_no.h"
#include "domain/vocabulary.h"

namespace cg::domain {

struct ContractClause {
    RecordNo no = 0;
    SourceDocument source = SourceDocument::Msa;
    std::string documentTitle;  // "Managed Services Agreement of 1 May 2023"
    std::string section;        // "§ 9.2"
    ClauseKind kind = ClauseKind::Other;
    OptionalNo obligatedPartyNo;
    std::vector<std::string> coveredControls;  // "CIS 6.3", "NIST PR.AA"
    std::string text;
    std::optional<LiabilityCap> cap;  // only for limitation-of-liability clauses
};

}  // namespace cg::domain
