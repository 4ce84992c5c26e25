#pragma once
// Checks shared by every element of a template: which attributes it may
// have, where it is (file, line, column) for the domain's TemplateLocation,
// and failing at an element or at one of its attributes. Element content is
// checked by the readers themselves, because running text mixes text and
// elements in a way the case file never does.
#include <initializer_list>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "domain/documents/document_template.h"
#include "exchange/source_text.h"

namespace cg::exchange::templates {

// "<p>"
std::string tagOf(pugi::xml_node node);

// Fails on an attribute not in `allowed` (listing them), one given twice,
// an xmlns other than the template namespace, or a missing `required` one.
// The root also accepts xmlns:* and xsi:* hints for XML editors.
void checkAttributes(const SourceText& source, pugi::xml_node node, std::initializer_list<std::string_view> allowed,
                     std::initializer_list<std::string_view> required = {}, bool isRoot = false);

// Fails on any child element or non-blank text: for <page-break/>, <field/> …
void checkEmpty(const SourceText& source, pugi::xml_node node);

bool isText(pugi::xml_node node);
bool isBlank(std::string_view text);

domain::documents::TemplateLocation locationOf(const SourceText& source, pugi::xml_node node);
domain::documents::TemplateLocation locationOf(const SourceText& source, pugi::xml_node node,
                                               std::string_view attribute);

// An attribute's value ("" when absent).
std::string_view attributeOf(pugi::xml_node node, std::string_view name);
// "true" / "false", or `absent` when not given.
bool flagOf(const SourceText& source, pugi::xml_node node, std::string_view name, bool absent);

[[noreturn]] void failAt(const SourceText& source, pugi::xml_node node, const std::string& what);
[[noreturn]] void failAt(const SourceText& source, pugi::xml_node node, std::string_view attribute,
                         const std::string& what);
// At the first non-blank character of a text node.
[[noreturn]] void failAtText(const SourceText& source, pugi::xml_node text, const std::string& what);

// The first 30 characters of a text, for messages.
std::string excerptOf(std::string_view text);

}  // namespace cg::exchange::templates
