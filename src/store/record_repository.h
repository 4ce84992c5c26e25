#pragma once
// One repository per kind of record under a case. They share this shape:
//
//   list(caseRef)            every record of the kind, ordered by number
//   get(caseRef, no)         one record; NotFound when absent
//   add(caseRef, record)     record.no == 0 takes the next free number; the
//                            record is validated (its links must exist in the
//                            same case); returns the number; audited
//   update(caseRef, record, version)
//                            replaces the record with that number; audited;
//                            refused with ConflictError when the record is no
//                            longer at `version` (someone else saved it since
//                            it was read, record_stamp.h); returns the version
//                            the save made. Without a version the record is
//                            saved over whatever is stored (read-modify-write
//                            in one command, as the CLI does).
//   remove(caseRef, no[, version])
//                            refuses with a ValidationError naming the records
//                            that link to it ("party 2 is named by claim 1,
//                            interest 4"), and as update does with a version;
//                            audited
//   stamp(caseRef, no), listStamps(caseRef)
//                            who changed a record last, when, and its version
//
// Each changing call is one transaction. A caseRef that does not exist gives
// NotFound.
#include <optional>
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "store/record_stamp.h"

namespace cg::store {

class Database;

template <typename Record>
class RecordRepository {
public:
    explicit RecordRepository(Database& db) : m_db(db) {}

    std::vector<Record> list(const std::string& caseRef);
    // The records with their stamps, put in stamps.records, in one read.
    std::vector<Record> list(const std::string& caseRef, CaseStamps& stamps);
    // The version `no` had when `stamps` were loaded; none if not loaded.
    static std::optional<long long> loadedVersion(const CaseStamps& stamps, domain::RecordNo no);
    Record get(const std::string& caseRef, domain::RecordNo no);
    domain::RecordNo add(const std::string& caseRef, Record record);
    long long update(const std::string& caseRef, const Record& record);
    long long update(const std::string& caseRef, const Record& record, long long expectedVersion);
    void remove(const std::string& caseRef, domain::RecordNo no);
    void remove(const std::string& caseRef, domain::RecordNo no, long long expectedVersion);
    RecordStamp stamp(const std::string& caseRef, domain::RecordNo no);
    RecordStamps listStamps(const std::string& caseRef);

private:
    long long save(const std::string& caseRef, const Record& record,
                   std::optional<long long> expectedVersion);
    void erase(const std::string& caseRef, domain::RecordNo no,
               std::optional<long long> expectedVersion);

    Database& m_db;
};

using PartyRepository = RecordRepository<domain::Party>;
using InterestRepository = RecordRepository<domain::Interest>;
using ClauseRepository = RecordRepository<domain::ContractClause>;
using FactRepository = RecordRepository<domain::BreachFact>;
using ClaimRepository = RecordRepository<domain::BlameClaim>;
using OptionRepository = RecordRepository<domain::SettlementOption>;
// Sessions carry their notes: update() replaces them; addNote appends one.
using SessionRepository = RecordRepository<domain::MediationSession>;
using OfferRepository = RecordRepository<domain::Offer>;
using LossRepository = RecordRepository<domain::LossItem>;
using DraftRepository = RecordRepository<domain::AgreementDraft>;
using ParticipantRepository = RecordRepository<domain::Participant>;
// Exhibits: add() stores exhibit.content too (store/exhibit_contents.h).
using ExhibitRepository = RecordRepository<domain::Exhibit>;
using TimeEntryRepository = RecordRepository<domain::TimeEntry>;
using ExpenseRepository = RecordRepository<domain::Expense>;
using PaymentRepository = RecordRepository<domain::Payment>;
using AlternativeRepository = RecordRepository<domain::Alternative>;
// Bottom lines are confidential: only the mediator's tools list them.
using BottomLineRepository = RecordRepository<domain::BottomLine>;

// Appends a note to a session; note.no == 0 takes the next free number.
domain::RecordNo addSessionNote(Database& db, const std::string& caseRef,
                                domain::RecordNo sessionNo, domain::SessionNote note);

// Explicit instantiations live in the store library (one .cpp per kind).
extern template class RecordRepository<domain::Party>;
extern template class RecordRepository<domain::Interest>;
extern template class RecordRepository<domain::ContractClause>;
extern template class RecordRepository<domain::BreachFact>;
extern template class RecordRepository<domain::BlameClaim>;
extern template class RecordRepository<domain::SettlementOption>;
extern template class RecordRepository<domain::MediationSession>;
extern template class RecordRepository<domain::Offer>;
extern template class RecordRepository<domain::LossItem>;
extern template class RecordRepository<domain::AgreementDraft>;
extern template class RecordRepository<domain::Participant>;
extern template class RecordRepository<domain::Exhibit>;
extern template class RecordRepository<domain::TimeEntry>;
extern template class RecordRepository<domain::Expense>;
extern template class RecordRepository<domain::Payment>;
extern template class RecordRepository<domain::Alternative>;
extern template class RecordRepository<domain::BottomLine>;

}  // namespace cg::store
