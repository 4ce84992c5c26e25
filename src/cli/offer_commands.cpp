// offer add / list / remove
#include <ostream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"

namespace cg::cli {

namespace {

using namespace domain;

Command addCommand() {
    Command c;
    c.name = "offer add";
    c.summary = "log an offer or counter-offer";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"from", "PARTY", "who offers", true},
                 {"to", "PARTY", "to whom", true},
                 {"amount", "AMOUNT", "the amount offered"},
                 {"terms", "TEXT", "the terms offered"},
                 {"session", "SESSION", "the session it was made in"},
                 {"responds-to", "OFFER", "the offer this one counters"},
                 {"status", "STATUS", choices<OfferStatus>() + " (default open)"},
                 {"made-at", "TIME", "UTC time (default now)"},
                 currencyOption()};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        Offer o;
        o.fromPartyNo = parseRecordRef(args.value("from"), "party");
        o.toPartyNo = parseRecordRef(args.value("to"), "party");
        if (args.has("amount")) o.amount = optionalMoney(args, "amount", caseCurrency(context, ref, args));
        o.terms = args.valueOr("terms", "");
        o.sessionNo = optionalRecordRef(args, "session", "session");
        o.respondsToOfferNo = optionalRecordRef(args, "responds-to", "offer");
        o.status = enumOption(args, "status", OfferStatus::Open);
        o.madeAt = optionalInstant(args, "made-at").value_or(Instant::now());
        reportAdded(context, "offer", store::OfferRepository(context.database()).add(ref, o), ref);
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "offer list";
    c.summary = "list offers and counter-offers, per party or all";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"party", "PARTY", "only offers made by or to this party"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const auto party = optionalRecordRef(args, "party", "party");
        TextTable table({"No", "Made (UTC)", "From", "To", "Amount", "Status", "Answers", "Terms"});
        for (const auto& o : store::OfferRepository(context.database()).list(args.positional(0))) {
            if (party && o.fromPartyNo != *party && o.toPartyNo != *party) continue;
            table.addRow({std::to_string(o.no), o.madeAt.toString(), std::to_string(o.fromPartyNo),
                          std::to_string(o.toPartyNo), o.amount ? o.amount->display() : "—",
                          std::string(toString(o.status)),
                          o.respondsToOfferNo ? std::to_string(*o.respondsToOfferNo) : "—", orDash(o.terms)});
        }
        table.print(context.out());
        return 0;
    };
    return c;
}

}  // namespace

void registerOfferCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<Offer>("offer"));
}

}  // namespace cg::cli
