#pragma once
// A document template (issue 5) as the exchange layer reads it from
// reports/*.xml: sections and numbered clauses of text with fields bound to
// the case, repetitions, conditions, tables and signature blocks. The
// evaluator (template_evaluation.h) turns a template and a case into a
// Document. Every node keeps the line it came from so that an evaluation
// problem can still point at the template.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/documents/document.h"
#include "domain/vocabulary.h"

namespace cg::domain::documents {

struct TemplateLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

// A field reference such as "party.name" or "term.amount": a scope (the
// case, the draft, or the variable of an enclosing repetition) and a name.
// Which paths exist is listed by the field catalogue (field_catalogue.h).
struct FieldRef {
    std::string path;
    TemplateLocation where;
    // What to print when the case has no value, for a field the template
    // marks as optional (<field name="term.amount" blank="—"/>): a term with no
    // amount is normal in a table of terms. Without it, a blank field prints a
    // line to write on and is listed for the pre-flight check.
    std::optional<std::string> whenBlank;
};

// Inline content of a paragraph or heading: literal text and fields, each
// with a style (<b>, <i>).
struct TextPiece {
    std::variant<std::string, FieldRef> content;
    TextStyle style = TextStyle::Regular;
};
using TemplateText = std::vector<TextPiece>;

// What a repetition runs over; each binds one variable (named after the
// collection's element: party, term, instalment, fact, interest, clause).
enum class Collection {
    Parties,          // party: every party of the case
    SigningParties,   // party: claimants, respondents and any party an accepted term names
    AcceptedTerms,    // term: the accepted settlement options
    Instalments,      // instalment: of the enclosing term (or of every accepted payment)
    AgreedFacts,      // fact: facts whose standing is agreed, in date order
    SharedInterests,  // interest: interests served by an accepted term
    ContractClauses,  // clause: the contract clauses of the case
};

// A condition on the case. Conditions are deliberately few and named, not an
// expression language: a firm editing a template picks from this list.
struct Condition {
    enum class Kind {
        TermAccepted,   // an accepted term of one of `termKinds`
        FieldPresent,   // `field` has a non-empty value
        CountAtLeast,   // `collection` has at least `count` elements
    };
    Kind kind = Kind::TermAccepted;
    std::vector<OptionKind> termKinds;
    std::optional<FieldRef> field;
    Collection collection = Collection::Parties;
    int count = 1;
    bool negated = false;  // <unless …> rather than <if …>
    TemplateLocation where;
};

struct TemplateNode;
using TemplateNodes = std::vector<TemplateNode>;

// <section title="…">: a numbered level-1 heading ("3") and its content.
struct SectionNode {
    TemplateText title;
    bool numbered = true;
    TemplateNodes children;
};

// <clause>: a numbered clause. Numbering follows nesting: a clause in a
// section is "3.1", a clause in a clause "(a)", one level deeper "(i)". The
// first paragraph carries the number; a title, if any, is set in bold.
struct ClauseNode {
    TemplateText title;
    TemplateNodes children;
};

struct ParagraphNode {
    TemplateText text;
    Alignment alignment = Alignment::Justified;
    bool keepWithNext = false;
};

struct RepeatNode {
    Collection over = Collection::Parties;
    TemplateNodes children;
    TemplateNodes whenEmpty;  // <empty> … </empty>
    TemplateLocation where;
};

struct ConditionalNode {
    Condition condition;
    TemplateNodes then;
    TemplateNodes otherwise;  // <else>
};

struct TemplateTableColumn {
    std::string header;
    double weight = 1;
    Alignment alignment = Alignment::Left;
    TemplateText cell;  // evaluated once per row, with the row's variable bound
};

struct TableNode {
    std::string caption;
    Collection rows = Collection::AcceptedTerms;
    std::vector<TemplateTableColumn> columns;
};

// <signatures over="signing-parties" caption="For and on behalf of"/>
struct SignaturesNode {
    Collection over = Collection::SigningParties;
    std::string caption;
    bool dated = true;
};

struct PageBreakNode {};

struct TemplateNode {
    std::variant<SectionNode, ClauseNode, ParagraphNode, RepeatNode, ConditionalNode, TableNode,
                 SignaturesNode, PageBreakNode>
        content;
    TemplateLocation where;
};

struct DocumentTemplate {
    std::string name;   // "settlement-agreement"
    std::string title;  // "Settlement Agreement and Mutual Release"
    PageSetup page;
    // Running text; may contain fields of the case and draft scopes.
    TemplateText headerLeft;
    TemplateText headerRight;
    TemplateText footer;
    std::optional<std::string> watermark;
    TemplateNodes body;  // clause-library references are already inlined
};

}  // namespace cg::domain::documents
