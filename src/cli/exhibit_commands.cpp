// exhibit attach / list / export / remove: files put before the mediation,
// fingerprinted on attach so that what comes out is provably what went in
#include <filesystem>
#include <memory>
#include <ostream>
#include <sstream>

#include "cli/command_registry.h"
#include "cli/record_commands.h"
#include "cli/text_table.h"
#include "cli/value_parsers.h"
#include "domain/sha256.h"
#include "exchange/atomic_file_write.h"
#include "exchange/exhibit_file.h"
#include "store/exhibit_contents.h"

namespace cg::cli {

namespace {

using namespace domain;

// "812 bytes", "14.2 KB", "3.1 MB"
std::string links(const Exhibit& e) {
    std::string text;
    for (RecordNo no : e.factNos)
        text += (text.empty() ? "" : ", ") + std::string("fact ") + std::to_string(no);
    for (RecordNo no : e.claimNos)
        text += (text.empty() ? "" : ", ") + std::string("claim ") + std::to_string(no);
    return text;
}

Command attachCommand() {
    Command c;
    c.name = "exhibit attach";
    c.summary = "attach a file (report, logs, e-mail, contract) to a case, with its SHA-256";
    c.positionals = "REF FILE";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {
        {"title", "TEXT",
         "what it is, e.g. 'Security risk assessment, March 2025' (default: the file name)"},
        {"visibility", "WHO", choices<Visibility>() + " (default everyone)"},
        {"party", "PARTY", "the party who submitted it (needed for party-and-mediator)"},
        {"fact", "FACT", "a fact it evidences", false, true},
        {"claim", "CLAIM", "a blame claim it supports or answers", false, true},
        {"description", "TEXT", "a note on the exhibit"}};
    c.details =
        "The file's bytes are kept in the database (so backups hold them) with the\n"
        "SHA-256 taken now; `exhibit export` and `check` show whether they are\n"
        "still the same. The file on disk is not changed or needed afterwards.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        const std::string& path = args.positional(1);
        Exhibit e;
        e.visibility = enumOption(args, "visibility", Visibility::Everyone);
        e.submittedByPartyNo = optionalRecordRef(args, "party", "party");
        e.factNos = parseRecordRefs(args.values("fact"), "fact");
        e.claimNos = parseRecordRefs(args.values("claim"), "claim");
        e.description = args.valueOr("description", "");
        e.title = args.valueOr("title", "");
        e = exchange::attachFile(path, std::move(e));
        const RecordNo no = store::ExhibitRepository(context.database()).add(ref, e);
        reportAdded(context, "exhibit", no, ref);
        context.out() << "  " << e.fileName << ", " << exchange::sizeText(e.sizeBytes) << ", SHA-256 "
                      << e.sha256 << "\n";
        return 0;
    };
    return c;
}

Command listCommand() {
    Command c;
    c.name = "exhibit list";
    c.summary = "list the exhibits of a case";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.details = "SHA-256 shows the first 12 digits; `case show` prints it whole.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        TextTable table({"No", "Title", "File", "Size", "Attached (UTC)", "Visibility", "Party",
                         "Evidence for", "SHA-256"});
        for (const auto& e : store::ExhibitRepository(context.database()).list(args.positional(0)))
            table.addRow({std::to_string(e.no), e.title, e.fileName, exchange::sizeText(e.sizeBytes),
                          e.attachedAt.toString(), std::string(toString(e.visibility)),
                          e.submittedByPartyNo ? std::to_string(*e.submittedByPartyNo) : "—",
                          orDash(links(e)), e.sha256.substr(0, 12) + "…"});
        table.print(context.out());
        return 0;
    };
    return c;
}

Command exportCommand() {
    Command c;
    c.name = "exhibit export";
    c.summary = "write an exhibit's file out again, after checking it against its SHA-256";
    c.positionals = "REF EXHIBIT";
    c.minPositionals = c.maxPositionals = 2;
    c.options = {{"out", "FILE", "where to write it (mode 0600)", true}};
    c.details =
        "Nothing is written when the stored bytes no longer match the SHA-256 taken\n"
        "on attach: the file would not be the one the parties were shown.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& ref = args.positional(0);
        const std::string out = args.value("out");
        const Exhibit e = store::ExhibitRepository(context.database())
                              .get(ref, parseRecordRef(args.positional(1), "exhibit"));
        std::string content;
        try {
            content = store::verifiedExhibitContent(context.database(), ref, e.no);
        } catch (const store::ExhibitChanged& changed) {
            throw Error(std::string(changed.what()) + " Nothing was written to " + out +
                        "; 'commonground-cli check' lists every exhibit that changed.");
        }
        exchange::writeFileAtomically(out, content);
        context.out() << "Wrote exhibit " << e.no << " (" << e.fileName << ", "
                      << exchange::sizeText(e.sizeBytes) << ") to " << out << "; SHA-256 " << e.sha256
                      << " verified.\n";
        return 0;
    };
    return c;
}

}  // namespace

void registerExhibitCommands(CommandRegistry& registry) {
    registry.add(attachCommand());
    registry.add(listCommand());
    registry.add(exportCommand());
    registry.add(removeCommand<Exhibit>("exhibit"));
}

}  // namespace cg::cli
