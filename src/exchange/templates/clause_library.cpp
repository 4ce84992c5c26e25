// <include clause="mutual-release"/>: the firm's standard wording lives once
// in reports/clauses/ and every template pulls it in. The included nodes
// keep the clause file's own name and line numbers, so a problem in the
// standard wording is reported where it can be fixed, with the include that
// brought it in named after it.
#include <algorithm>
#include <string>

#include "exchange/import_error.h"
#include "exchange/templates/document_template_reader.h"
#include "exchange/templates/template_element.h"
#include "exchange/templates/template_file.h"
#include "exchange/templates/template_readers.h"

namespace cg::exchange::templates {

namespace {

constexpr const char* kClauseRoot = "standard-clause";

// Names are file names in one directory; refusing anything else keeps an
// include from reaching outside the clause library ("../../etc/passwd").
bool isClauseName(std::string_view name) {
    return !name.empty() && name.size() <= 64 && name.front() != '-' &&
           std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string positionText(const domain::documents::TemplateLocation& where) {
    return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

void checkClauseRoot(pugi::xml_node root, const SourceText& source, const std::string& name) {
    if (std::string_view(root.name()) != kClauseRoot)
        failAt(source, root, "this is not a clause-library file: the root element is " + tagOf(root) +
                                 ", expected <" + kClauseRoot + ">");
    if (!root.attribute("xmlns"))
        failAt(source, root, std::string("<") + kClauseRoot + "> has no namespace; expected xmlns=\"" +
                                 kDocumentTemplateNamespace + "\"");
    checkAttributes(source, root, {"name"}, {"name"}, true);
    if (attributeOf(root, "name") != name)
        failAt(source, root, "name",
               std::string("<") + kClauseRoot + "> is named '" + std::string(attributeOf(root, "name")) +
                   "' but the file is " + name + ".xml; the name and the file name must agree");
}

}  // namespace

domain::documents::TemplateNodes includeClause(pugi::xml_node include, const BlockContext& context) {
    const SourceText& source = *context.source;
    checkAttributes(source, include, {"clause"}, {"clause"});
    checkEmpty(source, include);
    const std::string name(attributeOf(include, "clause"));
    if (!isClauseName(name))
        failAt(source, include, "clause",
               "<include>: '" + name + "' is not a clause name; names are lower-case letters, digits and hyphens, "
                                       "the file name in the clause library without .xml");
    const auto where = locationOf(source, include);
    if (std::find(context.includedNames.begin(), context.includedNames.end(), name) != context.includedNames.end()) {
        std::string cycle;
        for (const auto& n : context.includedNames) cycle += n + " -> ";
        failAt(source, include, "clause", "<include>: include cycle " + cycle + name + "; a clause cannot include itself");
    }
    const std::filesystem::path file = context.clauseLibraryDir / (name + ".xml");
    if (!std::filesystem::is_regular_file(file))
        failAt(source, include, "clause",
               "<include>: the clause-library file " + file.string() + " does not exist (clause '" + name + "')");

    try {
        const TemplateFile clauseFile(file.string(), loadTemplateBytes(file, "clause-library file"), kClauseRoot);
        const pugi::xml_node root = clauseFile.root();
        checkClauseRoot(root, clauseFile.source(), name);
        BlockContext inner = context.within(clauseFile.source());
        inner.includedNames.push_back(name);
        domain::documents::TemplateNodes nodes = readBlocks(root, inner);
        if (nodes.empty()) failAt(clauseFile.source(), root, std::string("<") + kClauseRoot + "> is empty");
        return nodes;
    } catch (const ImportError& e) {
        throw ImportError(e.file(), e.line(), e.column(),
                          e.problem() + " (included from " + positionText(where) + ")");
    }
}

}  // namespace cg::exchange::templates
