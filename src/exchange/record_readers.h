#pragma once
// One function per element of the case-file format, turning the element
// into its domain record. Each checks the element's shape and values and
// registers its id and links with the reading; rules that span records
// (links that resolve, a claim against oneself) are checked afterwards.
#include <string>

#include <pugixml.hpp>

#include "domain/case_record.h"
#include "exchange/case_file_reading.h"

namespace cg::exchange {

// case_and_party_readers.cpp
domain::Case readCaseHead(pugi::xml_node node, CaseFileReading& reading);
domain::Party readParty(pugi::xml_node node, CaseFileReading& reading);
domain::Interest readInterest(pugi::xml_node node, CaseFileReading& reading);

// incident_readers.cpp
domain::ContractClause readClause(pugi::xml_node node, CaseFileReading& reading);
domain::BreachFact readFact(pugi::xml_node node, CaseFileReading& reading);
domain::BlameClaim readClaim(pugi::xml_node node, CaseFileReading& reading);

// negotiation_readers.cpp
domain::SettlementOption readOption(pugi::xml_node node, CaseFileReading& reading);
domain::MediationSession readSession(pugi::xml_node node, CaseFileReading& reading);
domain::Offer readOffer(pugi::xml_node node, CaseFileReading& reading);
domain::LossItem readLoss(pugi::xml_node node, CaseFileReading& reading);
domain::AgreementDraft readDraft(pugi::xml_node node, CaseFileReading& reading);

// practice_readers.cpp: running the mediation (issue 7).
// The optional <fees> of the case head; the default arrangement (hourly,
// no rate, equal split) when it is absent.
domain::FeeArrangement readFees(const ElementReader& caseHead, CaseFileReading& reading,
                                const std::string& caseCurrency);
domain::Participant readParticipant(pugi::xml_node node, CaseFileReading& reading);
// Checks the <content> against the record's size and SHA-256.
domain::Exhibit readExhibit(pugi::xml_node node, CaseFileReading& reading);
domain::TimeEntry readTimeEntry(pugi::xml_node node, CaseFileReading& reading);
domain::Expense readExpense(pugi::xml_node node, CaseFileReading& reading);
domain::Payment readPayment(pugi::xml_node node, CaseFileReading& reading);

// bargaining_readers.cpp: a party's alternatives and confidential bottom lines.
domain::Alternative readAlternative(pugi::xml_node node, CaseFileReading& reading);
domain::BottomLine readBottomLine(pugi::xml_node node, CaseFileReading& reading);

}  // namespace cg::exchange
