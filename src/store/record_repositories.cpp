// The seventeen record repositories: one template (record_repository_impl.h), one
// RecordTable per kind (tables/), instantiated here.
#include "store/record_repository_impl.h"

namespace cg::store {

template class RecordRepository<domain::Party>;
template class RecordRepository<domain::Interest>;
template class RecordRepository<domain::ContractClause>;
template class RecordRepository<domain::BreachFact>;
template class RecordRepository<domain::BlameClaim>;
template class RecordRepository<domain::SettlementOption>;
template class RecordRepository<domain::MediationSession>;
template class RecordRepository<domain::Offer>;
template class RecordRepository<domain::LossItem>;
template class RecordRepository<domain::AgreementDraft>;
template class RecordRepository<domain::Participant>;
template class RecordRepository<domain::Exhibit>;
template class RecordRepository<domain::TimeEntry>;
template class RecordRepository<domain::Expense>;
template class RecordRepository<domain::Payment>;
template class RecordRepository<domain::Alternative>;
template class RecordRepository<domain::BottomLine>;

}  // namespace cg::store
