#pragma once
// The pre-flight check of a settlement agreement draft (issue 5): before a
// draft goes to the parties, what must be fixed, what the mediator should
// check and what the draft leaves out on purpose. Each finding names the
// record to open. Nothing here is legal advice; the findings are prompts.
#include <string>
#include <vector>

#include "domain/case_record.h"
#include "domain/deadlines/deadline.h"
#include "domain/documents/template_evaluation.h"

namespace cg::domain::documents {

struct PreflightFinding {
    enum class Severity {
        MustFix,  // the agreement cannot be signed as drafted
        Check,    // it can, but the mediator should look before it goes out
        Note,     // information: what the draft deliberately leaves out
    };
    Severity severity = Severity::Check;
    std::string message;
    std::string recordKind;  // "party", "term", "fact", "interest", "deadline", "case" …
    RecordNo recordNo = 0;   // 0 when the finding is about the case or a deadline
};

std::string_view severityName(PreflightFinding::Severity severity);  // "must fix", "check", "note"

// The findings, most severe first; within a severity in the order of the
// rules below, and each rule's in record order.
// `deadlines` are those the deadline engine computed for the case
// (computeDeadlines); only those still open (due in N days, or overdue with
// no notice yet) and with a date bear on the terms.
//
// The rules:
//  - every unfilled field (must fix), once per field and record with every
//    template line that prints it, except a signing party's signatory,
//    which the next rule reports once per party;
//  - a claimant or respondent without a signatory name (must fix): the
//    agreement must say who binds the party;
//  - an accepted payment, service-credit or credit-monitoring term without an
//    amount (must fix): a promise to pay an unstated sum is no settlement;
//  - instalments that do not add up to the term's amount, in another
//    currency, or due before the draft's date (must fix);
//  - an accepted term due before the draft's date (must fix): it is late the
//    day it is signed;
//  - a notification-cooperation term due after the earliest open notice
//    deadline, or with no due date while one is open (must fix / check): the
//    statutory deadline runs regardless of the settlement (e.g. 45 CFR
//    164.404(b), 60 days from discovery), so cooperation that comes later is
//    of no use to the party that must notify; a deadline already overdue is
//    named as such, since no term can meet it any more;
//  - a credit-monitoring term due after the earliest open notice to
//    individuals (check): the offer of monitoring is made in that notice
//    (e.g. Conn. Gen. Stat. § 36a-701b(b)(2)(B));
//  - an interest of a confirmed shared pair on the worksheet that no accepted
//    term serves (check);
//  - no accepted term at all (must fix);
//  - each disputed fact, left out of the recitals (note).
// Payments and other terms are not tied to notice deadlines: only the
// notification-related kinds above have a statutory clock.
std::vector<PreflightFinding> preflightDraft(const CaseRecord& record, const EvaluatedDocument& draft,
                                             const std::vector<Deadline>& deadlines, Date draftDate);

}  // namespace cg::domain::documents
