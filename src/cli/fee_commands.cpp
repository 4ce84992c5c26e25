// fees set / show: how the mediator is paid for a case and who pays what part
#include <ostream>

#include "cli/command_registry.h"
#include "cli/fee_text.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"
#include "domain/practice/fees.h"
#include "domain/practice/share_text.h"
#include "domain/validation.h"
#include "store/case_repository.h"

namespace cg::cli {

namespace {

using namespace domain;

// "60", "33.33", "12.5 %" → basis points, read like a case file's share.
// More than two decimals is refused rather than rounded: the split must add
// up to 100 % exactly.
int shareBasisPoints(const std::string& piece, std::string text) {
    if (!text.empty() && text.back() == '%') text.pop_back();
    while (!text.empty() && text.back() == ' ') text.pop_back();
    std::string problem;
    const auto basisPoints = practice::parsePercent(text, problem);
    if (!basisPoints) throw UsageError("--split: in '" + piece + "', '" + text + "' " + problem);
    return *basisPoints;
}

// "1=60,2=40" (or repeated --split) → shares in the order given.
std::vector<FeeShare> parseSplit(const std::vector<std::string>& pieces) {
    std::vector<FeeShare> shares;
    for (const auto& piece : pieces) {
        const auto eq = piece.find('=');
        if (eq == std::string::npos)
            throw UsageError("--split: '" + piece + "' is not PARTY=PERCENT, like 1=60");
        FeeShare share;
        share.partyNo = parseRecordRef(piece.substr(0, eq), "party");
        share.basisPoints = shareBasisPoints(piece, piece.substr(eq + 1));
        shares.push_back(share);
    }
    return shares;
}

Command setCommand() {
    Command c;
    c.name = "fees set";
    c.summary = "set the fee basis (hourly rate or fixed fee) and how the parties split it";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {
        {"hourly", "AMOUNT", "bill the time recorded at this rate an hour"},
        {"fixed", "AMOUNT", "one fixed fee for the whole mediation"},
        {"split", "PARTY=PERCENT",
         "each paying party's share, e.g. 1=60,2=40; 'equal' for the default", false, true}};
    c.details =
        "Amounts are in the case currency. The shares must add up to exactly 100 %\n"
        "(up to two decimals, e.g. 1=33.34,2=33.33,3=33.33); a split that does not\n"
        "is refused and nothing is changed. Without a split, the claimants and\n"
        "respondents pay equal parts. Expenses are split the same way unless\n"
        "charged to one party.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        if (args.has("hourly") && args.has("fixed"))
            throw UsageError("give one basis: --hourly or --fixed");
        if (!args.has("hourly") && !args.has("fixed") && !args.has("split"))
            throw UsageError("give --hourly, --fixed or --split");
        const std::string& ref = args.positional(0);
        store::CaseRepository cases(context.database());
        const CaseRecord record = cases.load(ref);
        Case head = record.head;
        if (args.has("hourly")) {
            head.fees.basis = FeeBasis::Hourly;
            head.fees.hourlyRate = requiredMoney(args, "hourly", head.currency);
        } else if (args.has("fixed")) {
            head.fees.basis = FeeBasis::Fixed;
            head.fees.fixedFee = requiredMoney(args, "fixed", head.currency);
        }
        if (args.has("split")) {
            const auto pieces = args.values("split");
            if (pieces.size() == 1 && pieces.front() == "equal")
                head.fees.shares.clear();
            else
                head.fees.shares = parseSplit(pieces);
        }
        validate(head.fees, RecordIndex::of(record));
        cases.updateHead(head);
        context.out() << "Fees of " << ref << ": " << feeBasisText(head.fees) << "; "
                      << (head.fees.shares.empty()
                              ? "split equally between the claimants and respondents"
                              : "split " + splitText(head.fees.shares))
                      << ".\n";
        return 0;
    };
    return c;
}

Command showCommand() {
    Command c;
    c.name = "fees show";
    c.summary = "show the fee basis, the split and each party's invoiced, paid and balance";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const CaseRecord record =
            store::CaseRepository(context.database()).load(args.positional(0));
        // Worked out before anything is printed, so a failure leaves no half table.
        const auto accounts = practice::partyAccounts(record);
        std::ostream& out = context.out();
        out << "Fees of " << record.head.reference << ": " << feeBasisText(record.head.fees) << "\n"
            << "Split: "
            << (record.head.fees.shares.empty()
                    ? "equal between the claimants and respondents (none set)"
                    : splitText(record.head.fees.shares))
            << "\n\n";
        TextTable table({"Party", "Name", "Share", "Invoiced", "Paid", "Balance"});
        for (const auto& account : accounts) {
            const Party* party = record.findParty(account.partyNo);
            table.addRow({std::to_string(account.partyNo), party ? party->name : "—",
                          practice::shareText(account.basisPoints), account.invoiced.display(),
                          account.paid.display(),
                          account.credit.isZero() ? account.balance.display()
                                                  : "in credit " + account.credit.display()});
        }
        table.print(out);
        return 0;
    };
    return c;
}

}  // namespace

void registerFeeCommands(CommandRegistry& registry) {
    registry.add(setCommand());
    registry.add(showCommand());
}

}  // namespace cg::cli
