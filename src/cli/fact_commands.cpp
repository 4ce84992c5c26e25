// fact add / list / remove
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
    c.name = "fact add";
    c.summary = "record a dated fact about the incident";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {{"description", "TEXT", "what happened", true},
                 {"occurred-on", "DATE", "when it happened", true},
                 {"estimated", "", "the occurrence date is an estimate (may then precede nothing)"},
                 {"discovered-on", "DATE", "when it was discovered"},
                 {"category", "CATEGORY", choices<FactCategory>() + " (default event)"},
                 {"data-type", "TYPE", choices<DataType>(), false, true},
                 {"records", "N", "records affected"},
                 {"failed-control", "TEXT", "the control that failed, e.g. 'CIS 3.11 encryption at rest'"},
                 {"asserted-by", "PARTY", "the party asserting it"},
                 {"standing", "STANDING", choices<FactStanding>() + " (default disputed)"}};
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        BreachFact f;
        f.description = args.value("description");
        f.occurredOn = *optionalDate(args, "occurred-on");
        f.occurredEstimated = args.flag("estimated");
        f.discoveredOn = optionalDate(args, "discovered-on");
        f.category = enumOption(args, "category", FactCategory::Event);
        for (const auto& t : args.values("data-type")) {
            try {
                f.dataTypes.push_back(parseEnum<DataType>(t));
            } catch (const ValidationError& e) {
                throw UsageError(std::string("--data-type: ") + e.what());
            }
        }
        if (auto r = args.optional("records")) f.recordsAffected = parseInteger(*r, "--records", 0, 10'000'000'000);
        f.failedControl = args.valueOr("failed-control", "");
        f.assertedByPartyNo = optionalRecordRef(args, "asserted-by", "party");
        f.standing = enumOption(args, "standing", FactStanding::Disputed);
        const std::string& ref = args.positional(0);
        reportAdded(context, "fact", store::FactRepository(context.database()).add(ref, f), ref);
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "fact list";
    c.summary = "list the breach facts of a case in date order";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        auto facts = store::FactRepository(context.database()).list(args.positional(0));
        std::stable_sort(facts.begin(), facts.end(),
                         [](const BreachFact& a, const BreachFact& b) { return a.occurredOn < b.occurredOn; });
        TextTable table({"No", "Occurred", "Category", "Standing", "Records", "Description"});
        for (const auto& f : facts)
            table.addRow({std::to_string(f.no), f.occurredOn.toString() + (f.occurredEstimated ? "~" : ""),
                          std::string(toString(f.category)), std::string(toString(f.standing)),
                          f.recordsAffected ? std::to_string(*f.recordsAffected) : "—", f.description});
        table.print(context.out(), 60);
        return 0;
    };
    return c;
}

}  // namespace

void registerFactCommands(CommandRegistry& registry) {
    registry.add(addCommand());
    registry.add(listCommand());
    registry.add(removeCommand<BreachFact>("fact"));
}

}  // namespace cg::cli
