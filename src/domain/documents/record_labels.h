#pragma once
// How a draft names the records it is built from, in the words the mediator
// sees in the app: "party 2 (Acme IT Services LLC)", "term 3 (payment)".
// The unfilled-field list and the pre-flight findings use them so that each
// problem points at the record to open.
#include <string>
#include <string_view>

#include "domain/case_record.h"

namespace cg::domain::documents {

// "23 November 2026": the day without a leading zero and the English month
// name, so that no reader has to guess between 11/03 and 03/11.
std::string writtenDate(const Date& date);

// A vocabulary name for a reader: "security-programme" → "security programme".
std::string readableWord(std::string_view vocabularyName);

// "party 2 (Acme IT Services LLC)"; "party 7" for a number the case lacks.
std::string partyLabel(const CaseRecord& record, RecordNo partyNo);
// "term 3 (payment: Provider pays restoration costs)".
std::string termLabel(const SettlementOption& term);
// "fact 4 (Ransomware encrypted the file server)".
std::string factLabel(const BreachFact& fact);
// "interest 5 (Keep the practice open)".
std::string interestLabel(const Interest& interest);
// "clause 2 (Managed Services Agreement of 1 May 2023 § 9.2)".
std::string clauseLabel(const ContractClause& clause);

// The party's name, or "" when the case has no such party.
std::string nameOfParty(const CaseRecord& record, const OptionalNo& partyNo);

}  // namespace cg::domain::documents
