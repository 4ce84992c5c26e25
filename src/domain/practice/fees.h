#pragma once
// The mediator's fees and expenses, split between the parties, and what
// each party has been invoiced and has paid. Amounts are split in minor
// units so that the parties' parts of every line add up to the line exactly.
#include <string>
#include <vector>

#include "domain/case_record.h"

namespace cg::domain::practice {

// The split in force: the case's own shares, or equal shares between the
// claimants and respondents (by party number; the first parties take the
// odd basis points: 3 parties = 33.34 %, 33.33 %, 33.33 %).
std::vector<FeeShare> effectiveShares(const CaseRecord& record);

// `amount` divided by `shares` (which add up to 100 %), largest remainder
// first, so the parts always add up to `amount`. One part per share, in order.
std::vector<Money> splitAmount(const Money& amount, const std::vector<FeeShare>& shares);

struct InvoiceLine {
    Date date;
    std::string description;  // "Joint session (session 2)", "Room hire"
    std::string quantity;     // "2.50 h", "fixed fee", "" for an expense
    Money caseAmount;         // the whole line for the case
    int basisPoints = 0;      // this party's share of it
    Money partyAmount;        // this party's part
};

struct PartyInvoice {
    std::string number;  // "CG-2026-0001-2": case reference and party number
    Date issuedOn;
    RecordNo partyNo = 0;
    std::string partyName;
    std::vector<InvoiceLine> fees;      // billable time, or the fixed fee
    std::vector<InvoiceLine> expenses;  // shared expenses and those charged to this party
    std::vector<Payment> payments;      // this party's payments
    Money feesTotal, expensesTotal, invoiced, paid;
    // What is still owed, and what was paid beyond the invoice (money is
    // never negative: one of the two is zero).
    Money balance, credit;
};

// Throws NotFound for a party not in the case and ValidationError for a
// party that has no share of the fees ("party 3 pays no part of the fees").
PartyInvoice invoiceFor(const CaseRecord& record, RecordNo partyNo, Date issuedOn);

// Every paying party's position, for the workspace and `fees show`.
struct PartyAccount {
    RecordNo partyNo = 0;
    int basisPoints = 0;
    Money invoiced, paid, balance, credit;  // balance and credit as in PartyInvoice
};
std::vector<PartyAccount> partyAccounts(const CaseRecord& record);

}  // namespace cg::domain::practice
