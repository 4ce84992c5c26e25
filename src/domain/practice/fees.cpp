#include "domain/practice/fees.h"

#include <algorithm>
#include <numeric>

#include "domain/errors.h"
#include "domain/practice/share_text.h"
#include "domain/validation.h"

namespace cg::domain::practice {

namespace {

constexpr int kMinutesPerHour = 60;

bool paysByDefault(const Party& party) {
    return party.role == PartyRole::Claimant || party.role == PartyRole::Respondent;
}

// Minutes at an hourly rate, rounded half up to the minor unit: 7 h 20 min
// at 250.00 is 1,833.33.
std::int64_t timeCharge(std::int64_t ratePerHour, int minutes) {
    return (ratePerHour * minutes + kMinutesPerHour / 2) / kMinutesPerHour;
}

// "7.33 h" for 440 minutes.
std::string hoursText(int minutes) {
    const int hundredths = (minutes * 100 + kMinutesPerHour / 2) / kMinutesPerHour;
    const int rest = hundredths % 100;
    return std::to_string(hundredths / 100) + (rest < 10 ? ".0" : ".") + std::to_string(rest) + " h";
}

std::string activityText(TimeActivity activity) {
    switch (activity) {
        case TimeActivity::Session: return "Session";
        case TimeActivity::Preparation: return "Preparation";
        case TimeActivity::Drafting: return "Drafting";
        case TimeActivity::Travel: return "Travel";
        case TimeActivity::Administration: return "Administration";
    }
    return "Work";
}

const MediationSession* findSession(const CaseRecord& record, const OptionalNo& no) {
    if (!no) return nullptr;
    for (const auto& s : record.sessions)
        if (s.no == *no) return &s;
    return nullptr;
}

// "Joint session (session 2)", "Preparation (session 3)", or the entry's own
// description when the mediator wrote one.
std::string timeDescription(const CaseRecord& record, const TimeEntry& entry) {
    std::string text = entry.description;
    if (text.empty()) {
        const MediationSession* session = findSession(record, entry.sessionNo);
        if (entry.activity == TimeActivity::Session && session)
            text = session->kind == SessionKind::Caucus ? "Caucus" : "Joint session";
        else
            text = activityText(entry.activity);
    }
    if (entry.sessionNo) text += " (session " + std::to_string(*entry.sessionNo) + ")";
    return text;
}

// Every amount on one invoice is in the case currency; an amount in another
// would make the totals meaningless. A zero rate carries no currency worth
// checking (an unset rate is "USD 0.00" whatever the case currency).
void requireCaseCurrency(const Case& head, const Money& amount, const std::string& what) {
    if (amount.isZero() || amount.currency() == head.currency) return;
    throw ValidationError(what + " is in " + amount.currency() + ", but case " + head.reference +
                              " is invoiced in " + head.currency + "; record it in " + head.currency,
                          "case", 0);
}

Money inCaseCurrency(const Case& head, std::int64_t minorUnits) { return Money(minorUnits, head.currency); }

std::int64_t sumOf(const std::vector<InvoiceLine>& lines) {
    return std::accumulate(lines.begin(), lines.end(), std::int64_t{0},
                           [](std::int64_t sum, const InvoiceLine& l) { return sum + l.partyAmount.minorUnits(); });
}

std::vector<InvoiceLine> feeLines(const CaseRecord& record, const std::vector<FeeShare>& shares, std::size_t share) {
    const Case& head = record.head;
    std::vector<InvoiceLine> lines;
    const auto addLine = [&](Date date, std::string description, std::string quantity, std::int64_t amount) {
        InvoiceLine line;
        line.date = date;
        line.description = std::move(description);
        line.quantity = std::move(quantity);
        line.caseAmount = inCaseCurrency(head, amount);
        line.basisPoints = shares[share].basisPoints;
        line.partyAmount = splitAmount(line.caseAmount, shares)[share];
        lines.push_back(std::move(line));
    };
    if (head.fees.basis == FeeBasis::Fixed) {
        requireCaseCurrency(head, head.fees.fixedFee, "the fixed fee");
        addLine(head.openedOn, "Fixed fee for the mediation", "fixed fee", head.fees.fixedFee.minorUnits());
        return lines;
    }
    requireCaseCurrency(head, head.fees.hourlyRate, "the hourly rate");
    std::vector<const TimeEntry*> billable;
    for (const auto& e : record.timeEntries)
        if (e.billable) billable.push_back(&e);
    std::stable_sort(billable.begin(), billable.end(), [](const TimeEntry* a, const TimeEntry* b) {
        return a->workedOn != b->workedOn ? a->workedOn < b->workedOn : a->no < b->no;
    });
    for (const TimeEntry* e : billable)
        addLine(e->workedOn, timeDescription(record, *e), hoursText(e->minutes),
                timeCharge(head.fees.hourlyRate.minorUnits(), e->minutes));
    return lines;
}

std::vector<InvoiceLine> expenseLines(const CaseRecord& record, const std::vector<FeeShare>& shares,
                                      std::size_t share) {
    const Case& head = record.head;
    const RecordNo partyNo = shares[share].partyNo;
    std::vector<const Expense*> expenses;
    for (const auto& e : record.expenses)
        if (!e.chargedToPartyNo || *e.chargedToPartyNo == partyNo) expenses.push_back(&e);
    std::stable_sort(expenses.begin(), expenses.end(), [](const Expense* a, const Expense* b) {
        return a->incurredOn != b->incurredOn ? a->incurredOn < b->incurredOn : a->no < b->no;
    });
    std::vector<InvoiceLine> lines;
    for (const Expense* e : expenses) {
        requireCaseCurrency(head, e->amount, "expense " + std::to_string(e->no));
        InvoiceLine line;
        line.date = e->incurredOn;
        line.description = e->description;
        line.caseAmount = inCaseCurrency(head, e->amount.minorUnits());
        if (e->chargedToPartyNo) {
            line.basisPoints = FeeShare::kWhole;
            line.partyAmount = line.caseAmount;
        } else {
            line.basisPoints = shares[share].basisPoints;
            line.partyAmount = splitAmount(line.caseAmount, shares)[share];
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace

std::vector<FeeShare> effectiveShares(const CaseRecord& record) {
    if (!record.head.fees.shares.empty()) return record.head.fees.shares;
    std::vector<RecordNo> payers;
    for (const Party& p : record.parties)
        if (paysByDefault(p)) payers.push_back(p.no);
    std::sort(payers.begin(), payers.end());
    std::vector<FeeShare> shares;
    if (payers.empty()) return shares;
    const int count = static_cast<int>(payers.size());
    const int each = FeeShare::kWhole / count;
    const int odd = FeeShare::kWhole % count;
    for (int i = 0; i < count; ++i) shares.push_back({payers[i], each + (i < odd ? 1 : 0)});
    return shares;
}

std::vector<Money> splitAmount(const Money& amount, const std::vector<FeeShare>& shares) {
    const long total = std::accumulate(shares.begin(), shares.end(), 0L,
                                       [](long sum, const FeeShare& s) { return sum + s.basisPoints; });
    if (total != FeeShare::kWhole)
        throw ValidationError("the fee split adds up to " + shareText(static_cast<int>(total)) +
                                  ", not 100 %; the amount cannot be divided by it",
                              "case", 0);
    // Money is never negative (money.h), so plain integer division floors.
    const std::int64_t whole = amount.minorUnits();
    std::vector<std::int64_t> parts(shares.size());
    std::vector<std::int64_t> remainders(shares.size());
    std::int64_t given = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const std::int64_t exact = whole * shares[i].basisPoints;
        parts[i] = exact / FeeShare::kWhole;
        remainders[i] = exact % FeeShare::kWhole;
        given += parts[i];
    }
    // Largest remainder method (Hamilton): the minor units left over go one
    // each to the largest remainders; ties go to the earlier share.
    std::vector<std::size_t> order(shares.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; given < whole; ++k, ++given) ++parts[order[k]];
    std::vector<Money> result;
    for (std::int64_t part : parts) result.emplace_back(part, amount.currency());
    return result;
}

PartyInvoice invoiceFor(const CaseRecord& record, RecordNo partyNo, Date issuedOn) {
    const Party& party = record.party(partyNo);
    if (!record.head.fees.shares.empty()) validate(record.head.fees, RecordIndex::of(record));
    const std::vector<FeeShare> shares = effectiveShares(record);
    const auto share = std::find_if(shares.begin(), shares.end(),
                                    [&](const FeeShare& s) { return s.partyNo == partyNo; });
    if (share == shares.end())
        throw ValidationError("party " + std::to_string(partyNo) + " (" + party.name +
                                  ") pays no part of the fees; give it a share in the fee split",
                              "party", partyNo);
    const auto index = static_cast<std::size_t>(share - shares.begin());
    const Case& head = record.head;

    PartyInvoice invoice;
    invoice.number = head.reference + "-" + std::to_string(partyNo);
    invoice.issuedOn = issuedOn;
    invoice.partyNo = partyNo;
    invoice.partyName = party.name;
    invoice.fees = feeLines(record, shares, index);
    invoice.expenses = expenseLines(record, shares, index);
    for (const Payment& p : record.payments)
        if (p.partyNo == partyNo) {
            requireCaseCurrency(head, p.amount, "payment " + std::to_string(p.no));
            invoice.payments.push_back(p);
        }
    std::stable_sort(invoice.payments.begin(), invoice.payments.end(), [](const Payment& a, const Payment& b) {
        return a.receivedOn != b.receivedOn ? a.receivedOn < b.receivedOn : a.no < b.no;
    });
    std::int64_t paid = 0;
    for (const Payment& p : invoice.payments) paid += p.amount.minorUnits();
    const std::int64_t fees = sumOf(invoice.fees);
    const std::int64_t expenses = sumOf(invoice.expenses);
    invoice.feesTotal = inCaseCurrency(head, fees);
    invoice.expensesTotal = inCaseCurrency(head, expenses);
    invoice.invoiced = inCaseCurrency(head, fees + expenses);
    invoice.paid = inCaseCurrency(head, paid);
    const std::int64_t owed = fees + expenses - paid;
    invoice.balance = inCaseCurrency(head, owed > 0 ? owed : 0);
    invoice.credit = inCaseCurrency(head, owed < 0 ? -owed : 0);
    return invoice;
}

std::vector<PartyAccount> partyAccounts(const CaseRecord& record) {
    std::vector<PartyAccount> accounts;
    for (const FeeShare& share : effectiveShares(record)) {
        const PartyInvoice invoice = invoiceFor(record, share.partyNo, Date());
        accounts.push_back(
            {share.partyNo, share.basisPoints, invoice.invoiced, invoice.paid, invoice.balance, invoice.credit});
    }
    return accounts;
}

}  // namespace cg::domain::practice
