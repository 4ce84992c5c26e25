#include "drafting/agreement_to_mediate.h"

#include "domain/validation.h"

namespace cg::drafting {

domain::documents::EvaluatedDocument agreementToMediate(const domain::CaseRecord& record,
                                                        const domain::documents::DocumentTemplate& documentTemplate,
                                                        domain::Date date, domain::Instant createdAt) {
    domain::validate(record.head.fees, domain::RecordIndex::of(record));
    const domain::documents::DraftContext context{record, 1, date, createdAt};
    return domain::documents::evaluateTemplate(documentTemplate, context);
}

}  // namespace cg::drafting
