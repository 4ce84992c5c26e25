// access REF: which mediators of the firm may open a case (an ethical wall
// around it); --grant and --revoke change the list. The store enforces it
// (store/case_access.h): a mediator walled off from a case cannot read or
// change it through any command.
#include <ostream>

#include "cli/command_context.h"
#include "cli/command_registry.h"
#include "store/case_access.h"
#include "store/database.h"

namespace cg::cli {

namespace {

void printAccess(CommandContext& context, const std::string& reference) {
    const auto grants = store::CaseAccess(context.database()).list(reference);
    if (grants.empty()) {
        context.out() << "Case " << reference
                      << " is open to every mediator of the firm (no access list).\n";
        return;
    }
    context.out() << "Case " << reference << " is open only to:\n";
    for (const auto& grant : grants)
        context.out() << "  " << grant.mediator << " (granted by " << grant.grantedBy << " on "
                      << grant.grantedAt.toString() << ")\n";
}

Command accessCommand() {
    Command c;
    c.name = "access";
    c.summary = "list, grant or revoke which mediators may open a case";
    c.positionals = "REF";
    c.minPositionals = 1;
    c.maxPositionals = 1;
    c.options = {{"grant", "NAME", "let this mediator open the case"},
                 {"revoke", "NAME", "take this mediator's access away"}};
    c.details =
        "A case without an access list is open to every mediator working on the\n"
        "database. The first --grant walls it off: from then on only the mediators\n"
        "on its list may open it, and you are put on the list with the one you\n"
        "name. A mediator is who runs the command: $COMMONGROUND_USER, or the login\n"
        "name. A walled-off mediator cannot list, show, export or change the case\n"
        "with any command, but the conflict check still finds its names (as \"a\n"
        "case you have no access to\"). The last mediator on the list cannot\n"
        "revoke his own access. Every grant and revocation is in the audit trail.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string& reference = args.positionals().at(0);
        const auto grant = args.optional("grant");
        const auto revoke = args.optional("revoke");
        if (grant && revoke) throw UsageError("give either --grant or --revoke, not both");
        store::CaseAccess access(context.database());
        if (grant) {
            access.grant(reference, *grant);
            context.out() << "Granted " << *grant << " access to case " << reference << ".\n";
        } else if (revoke) {
            access.revoke(reference, *revoke);
            context.out() << "Revoked " << *revoke << "'s access to case " << reference << ".\n";
            // Whoever revokes his own access can no longer read the list.
            if (*revoke == context.database().actor()) return 0;
        }
        printAccess(context, reference);
        return 0;
    };
    return c;
}

}  // namespace

void registerAccessCommands(CommandRegistry& registry) { registry.add(accessCommand()); }

}  // namespace cg::cli
