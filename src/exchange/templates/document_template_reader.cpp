// Reading a template: bytes -> well-formed XML -> root, namespace and name
// -> page set-up, running header and footer, watermark -> body (with the
// clause library inlined). The first problem stops the read.
#include "exchange/templates/document_template_reader.h"

#include <algorithm>
#include <array>
#include <string>

#include "exchange/templates/template_element.h"
#include "exchange/templates/template_file.h"
#include "exchange/templates/template_readers.h"

namespace cg::exchange {

namespace dd = domain::documents;
using namespace templates;

namespace {

constexpr const char* kTemplateRoot = "document-template";

// The children of <document-template>, in the order the format fixes.
constexpr std::array<std::string_view, 5> kRootChildren{"page", "header", "footer", "watermark", "body"};

void checkRoot(pugi::xml_node root, const SourceText& source) {
    const std::string_view name = root.name();
    if (name == "standard-clause")
        failAt(source, root, "this is a clause-library file, not a template; a template uses it with "
                             "<include clause=\"" + std::string(attributeOf(root, "name")) + "\"/>");
    if (name != kTemplateRoot)
        failAt(source, root, "this is not a CommonGround document template: the root element is " + tagOf(root) +
                                 ", expected <document-template>");
    if (!root.attribute("xmlns"))
        failAt(source, root, std::string("<document-template> has no namespace; expected xmlns=\"") +
                                 kDocumentTemplateNamespace + "\"");
    checkAttributes(source, root, {"name", "title"}, {"name", "title"}, true);
}

// Each known child at most once, in order; <body> required.
void checkRootChildren(pugi::xml_node root, const SourceText& source) {
    std::size_t last = 0;
    bool seenAny = false;
    for (pugi::xml_node child : root.children()) {
        if (isText(child) && !isBlank(child.value()))
            failAtText(source, child, "text directly inside <document-template> ('" + excerptOf(child.value()) +
                                          "'); the document's text goes in <body>");
        if (child.type() != pugi::node_element) continue;
        const auto it = std::find(kRootChildren.begin(), kRootChildren.end(), std::string_view(child.name()));
        if (it == kRootChildren.end())
            failAt(source, child, "unknown element " + tagOf(child) +
                                      " in <document-template> (expected page, header, footer, watermark, body)");
        const auto index = static_cast<std::size_t>(it - kRootChildren.begin());
        if (seenAny && index == last) failAt(source, child, tagOf(child) + " appears more than once");
        if (seenAny && index < last)
            failAt(source, child, tagOf(child) + " must come before <" + std::string(kRootChildren[last]) + ">");
        last = index;
        seenAny = true;
    }
    if (!root.child("body")) failAt(source, root, "<document-template> has no <body>");
}

void readHeader(pugi::xml_node header, const BlockContext& context, dd::DocumentTemplate& result) {
    const SourceText& source = *context.source;
    checkAttributes(source, header, {});
    bool seenRight = false;
    for (pugi::xml_node child : header.children()) {
        if (isText(child) && !isBlank(child.value()))
            failAtText(source, child, "<header> holds <left> and <right>; unexpected text '" +
                                          excerptOf(child.value()) + "'");
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = child.name();
        if (name != "left" && name != "right")
            failAt(source, child, "unknown element " + tagOf(child) + " in <header> (expected left, right)");
        checkAttributes(source, child, {});
        dd::TemplateText& target = name == "left" ? result.headerLeft : result.headerRight;
        if (!target.empty() || (name == "left" && seenRight))
            failAt(source, child, tagOf(child) + " appears more than once or out of order (<left> before <right>)");
        seenRight = seenRight || name == "right";
        target = readInlineText(child, context);
    }
}

dd::DocumentTemplate readTemplate(const TemplateFile& file, const std::filesystem::path& clauseLibraryDir) {
    const SourceText& source = file.source();
    const pugi::xml_node root = file.root();
    checkRoot(root, source);
    checkRootChildren(root, source);

    BlockContext context;
    context.source = &source;
    context.clauseLibraryDir = clauseLibraryDir;

    dd::DocumentTemplate result;
    result.name = attributeOf(root, "name");
    result.title = attributeOf(root, "title");
    if (isBlank(result.name)) failAt(source, root, "name", "<document-template>: name is empty");
    if (isBlank(result.title)) failAt(source, root, "title", "<document-template>: title is empty");
    if (const pugi::xml_node page = root.child("page")) result.page = readPageSetup(page, source);
    if (const pugi::xml_node header = root.child("header")) readHeader(header, context, result);
    if (const pugi::xml_node footer = root.child("footer")) {
        checkAttributes(source, footer, {});
        result.footer = readInlineText(footer, context);
    }
    if (const pugi::xml_node watermark = root.child("watermark")) {
        checkAttributes(source, watermark, {});
        for (pugi::xml_node child : watermark.children())
            if (child.type() == pugi::node_element)
                failAt(source, child, "<watermark> holds plain text only; unexpected element " + tagOf(child));
        const dd::TemplateText text = readInlineText(watermark, context);
        if (text.empty()) failAt(source, watermark, "<watermark> is empty; remove it for no watermark");
        result.watermark = std::get<std::string>(text.front().content);
    }
    const pugi::xml_node body = root.child("body");
    checkAttributes(source, body, {});
    result.body = readBlocks(body, context);
    if (result.body.empty()) failAt(source, body, "<body> is empty");
    return result;
}

}  // namespace

dd::DocumentTemplate readDocumentTemplateText(const std::string& xml, const std::string& displayName,
                                              const std::filesystem::path& clauseLibraryDir) {
    const TemplateFile file(displayName, xml, kTemplateRoot);
    return readTemplate(file, clauseLibraryDir);
}

dd::DocumentTemplate readDocumentTemplate(const std::filesystem::path& templateFile,
                                          const std::filesystem::path& clauseLibraryDir) {
    return readDocumentTemplateText(loadTemplateBytes(templateFile, "document template"), templateFile.string(),
                                    clauseLibraryDir);
}

}  // namespace cg::exchange
