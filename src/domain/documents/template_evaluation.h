#pragma once
// Evaluating a document template against a case (issue 5): the settlement
// agreement draft as a Document, with numbered sections and clauses, the
// repetitions expanded, the conditions decided and every field filled, plus
// the list of fields the case left blank so the mediator can fill them before
// the parties see the draft (preflight.h turns that list into findings).
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "domain/documents/document.h"
#include "domain/documents/document_template.h"

namespace cg::domain::documents {

struct DraftContext {
    const CaseRecord& record;
    int version = 1;
    Date date;           // the draft's date, printed as draft.date
    Instant createdAt;   // the document's creation time in its metadata
};

// What a blank field looks like on the page: a line the signatories can see
// and write on, never an empty space that reads as if nothing were missing.
inline constexpr const char* kBlankLine = "__________";

struct UnfilledField {
    std::string path;         // "party.signatoryName"
    TemplateLocation where;   // the field reference in the template
    std::string record;       // "party 2 (Acme IT Services LLC)"
    std::string recordKind;   // "party", "term", "fact", "interest", "clause", "case", "draft"
    RecordNo recordNo = 0;    // 0 for the case and the draft
};

struct EvaluatedDocument {
    Document document;
    std::vector<UnfilledField> unfilled;  // in document order, one per use
};

// Throws ValidationError for a field the catalogue lacks or uses outside its
// repetition (a template built in code; the template reader rejects both).
EvaluatedDocument evaluateTemplate(const DocumentTemplate& documentTemplate, const DraftContext& context);

}  // namespace cg::domain::documents
