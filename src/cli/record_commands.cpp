#include "cli/record_commands.h"

#include <ostream>

#include "cli/value_parsers.h"
#include "store/case_repository.h"

namespace cg::cli {

std::string caseCurrency(CommandContext& context, const std::string& caseRef, const ParsedArgs& args) {
    if (const auto currency = args.optional("currency")) return *currency;
    return store::CaseRepository(context.database()).loadHead(caseRef).currency;
}

void reportAdded(CommandContext& context, const std::string& kind, domain::RecordNo no, const std::string& caseRef) {
    context.out() << "Added " << kind << " " << no << " (" << kind << "-" << no << ") to " << caseRef << ".\n";
}

OptionSpec currencyOption() {
    return {"currency", "CODE", "currency of the amounts (default: the case's currency)"};
}

std::string orDash(const std::string& text) { return text.empty() ? "—" : text; }

}  // namespace cg::cli
