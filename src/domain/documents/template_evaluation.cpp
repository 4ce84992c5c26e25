#include "domain/documents/template_evaluation.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "domain/documents/agreement_collections.h"
#include "domain/documents/clause_numbering.h"
#include "domain/documents/field_catalogue.h"
#include "domain/documents/field_values.h"
#include "domain/errors.h"

namespace cg::domain::documents {

namespace {

// Clause depths 0, 1 and 2: "3.1", "(a)", "(i)".
constexpr int kDeepestClause = 2;

// One level of numbering: a section, or a clause inside one.
struct NumberingFrame {
    std::string number;
    bool topSection = false;
    bool numbered = true;
    int children = 0;
    int childDepth = 0;  // the clause depth of the clauses directly inside
};

// A clause's number and title wait for the clause's first paragraph, which
// carries them; if something else comes first they stand on a line of their own.
struct PendingNumber {
    std::string number;
    RichText title;
    int indent = 0;
};

void append(RichText& text, TextRun run) {
    if (run.text.empty()) return;
    if (!text.empty() && text.back().style == run.style)
        text.back().text += run.text;
    else
        text.push_back(std::move(run));
}

TextStyle bolder(TextStyle style) {
    return style == TextStyle::Italic || style == TextStyle::BoldItalic ? TextStyle::BoldItalic : TextStyle::Bold;
}

std::string where(const TemplateLocation& at) {
    std::string text = at.file.empty() ? std::string("the template") : at.file;
    if (at.line > 0) text += ":" + std::to_string(at.line);
    return text;
}

class Evaluator {
public:
    Evaluator(const DocumentTemplate& documentTemplate, const DraftContext& context)
        : m_template(documentTemplate), m_record(context.record), m_draft{context.version, context.date},
          m_context(context) {}

    EvaluatedDocument run() {
        Document& doc = m_result.document;
        doc.info.title = m_template.title.empty() ? m_template.name : m_template.title;
        doc.info.author = m_record.head.mediator;
        doc.info.subject = "Settlement agreement — draft " + std::to_string(m_draft.version);
        doc.info.keywords = m_record.head.reference;
        doc.info.createdAt = m_context.createdAt;
        doc.page = m_template.page;
        doc.watermark = m_template.watermark;
        doc.running.headerLeft = plain(m_template.headerLeft);
        doc.running.headerRight = plain(m_template.headerRight);
        doc.running.footer = plain(m_template.footer);
        nodes(m_template.body);
        flushPending();
        return std::move(m_result);
    }

private:
    void nodes(const TemplateNodes& list) {
        for (const TemplateNode& n : list) node(n);
    }

    void node(const TemplateNode& n) {
        const TemplateLocation outer = m_where;
        m_where = n.where;
        std::visit([&](const auto& content) { evaluate(content); }, n.content);
        m_where = outer;
    }

    void evaluate(const SectionNode& section) {
        // The template format has sections at the top only
        // (data/schema/document-template-format.md); the reader enforces it,
        // and a template built in code gets the same answer.
        if (!m_frames.empty())
            throw ValidationError("the section at " + where(m_where) +
                                  " is inside another section or a clause; sections do not nest");
        flushPending();
        Heading heading;
        heading.text = text(section.title);
        NumberingFrame frame;
        frame.numbered = section.numbered;
        frame.topSection = true;
        // "Unnumbered sections keep the counter": parties, recitals and
        // signatures do not shift the numbers of the sections after them.
        if (section.numbered) heading.number = std::to_string(++m_sections);
        frame.number = heading.number;
        m_result.document.blocks.emplace_back(std::move(heading));
        m_frames.push_back(frame);
        nodes(section.children);
        flushPending();
        m_frames.pop_back();
    }

    void evaluate(const ClauseNode& clause) {
        if (m_frames.empty())
            throw ValidationError("the clause at " + where(m_where) +
                                  " stands outside any section; put it in a <section>");
        const int depth = clauseDepth();
        if (depth > kDeepestClause)
            throw ValidationError("the clause at " + where(m_where) +
                                  " is a fourth level of clauses; clauses nest three deep at most (3.1, (a), (i))");
        flushPending();
        NumberingFrame frame;
        frame.number = nextClauseNumber();
        frame.childDepth = depth + 1;
        RichText title;
        for (const TextRun& run : text(clause.title)) append(title, {run.text, bolder(run.style)});
        m_pending = PendingNumber{frame.number, std::move(title), depth};
        m_frames.push_back(frame);
        nodes(clause.children);
        flushPending();
        m_frames.pop_back();
    }

    void evaluate(const ParagraphNode& paragraphNode) {
        Paragraph paragraph;
        paragraph.alignment = paragraphNode.alignment;
        paragraph.keepWithNext = paragraphNode.keepWithNext;
        paragraph.indentLevel = bodyIndent();
        RichText body = text(paragraphNode.text);
        if (m_pending) {
            paragraph.number = m_pending->number;
            paragraph.indentLevel = m_pending->indent;
            paragraph.text = m_pending->title;
            if (!paragraph.text.empty() && !body.empty()) {
                // A run-in title ends with a full stop ("3.1 Payment. The
                // Provider shall…") unless the template gave it punctuation.
                TextRun& last = paragraph.text.back();
                if (std::string_view(".:;?!").find(last.text.back()) == std::string_view::npos) last.text += ".";
                append(paragraph.text, {" ", TextStyle::Regular});
            }
            m_pending.reset();
        }
        for (TextRun& run : body) append(paragraph.text, std::move(run));
        m_result.document.blocks.emplace_back(std::move(paragraph));
    }

    void evaluate(const RepeatNode& repeat) {
        if (count(repeat.over) == 0)
            nodes(repeat.whenEmpty);
        else
            forEach(repeat.over, [&] { nodes(repeat.children); });
    }

    void evaluate(const ConditionalNode& conditional) {
        nodes(holds(conditional.condition) ? conditional.then : conditional.otherwise);
    }

    void evaluate(const TableNode& tableNode) {
        Table table;
        table.caption = tableNode.caption;
        for (const auto& c : tableNode.columns) table.columns.push_back({c.header, c.weight, c.alignment});
        forEach(tableNode.rows, [&] {
            std::vector<std::string> row;
            for (const auto& c : tableNode.columns) row.push_back(plain(c.cell));
            table.rows.push_back(std::move(row));
        });
        emit(std::move(table));
    }

    void evaluate(const SignaturesNode& signaturesNode) {
        if (signaturesNode.over != Collection::Parties && signaturesNode.over != Collection::SigningParties)
            throw ValidationError("signature blocks at " + where(m_where) + " run over " +
                                  std::string(collectionName(signaturesNode.over)) +
                                  "; they can only run over parties or signing-parties");
        SignatureBlocks blocks;
        forEach(signaturesNode.over, [&] {
            const Party& p = *m_bindings.party;
            blocks.blocks.push_back(
                {signaturesNode.caption, p.name, p.signatoryName, p.signatoryTitle, signaturesNode.dated});
        });
        emit(std::move(blocks));
    }

    void evaluate(const PageBreakNode&) { emit(PageBreak{}); }

    bool holds(const Condition& condition) {
        bool result = false;
        switch (condition.kind) {
            case Condition::Kind::TermAccepted: {
                const auto terms = acceptedTerms(m_record);
                result = std::any_of(terms.begin(), terms.end(), [&](const SettlementOption* t) {
                    return condition.termKinds.empty() ||
                           std::find(condition.termKinds.begin(), condition.termKinds.end(), t->kind) !=
                               condition.termKinds.end();
                });
                break;
            }
            case Condition::Kind::FieldPresent:
                if (!condition.field)
                    throw ValidationError("the field-present condition at " + where(condition.where) +
                                          " names no field");
                result = !fieldValue(m_record, m_draft, m_bindings, condition.field->path).empty();
                break;
            case Condition::Kind::CountAtLeast:
                result = count(condition.collection) >= static_cast<std::size_t>(std::max(condition.count, 0));
                break;
        }
        return condition.negated ? !result : result;
    }

    // Runs `body` once per element of the collection with its variable bound,
    // then restores the bindings of the enclosing repetitions.
    void forEach(Collection collection, const std::function<void()>& body) {
        const FieldBindings saved = m_bindings;
        int n = 0;
        switch (collection) {
            case Collection::Parties:
                for (const Party& p : m_record.parties) {
                    m_bindings.party = &p;
                    m_bindings.partyNumber = ++n;
                    body();
                }
                break;
            case Collection::SigningParties:
                for (const Party* p : signingParties(m_record)) {
                    m_bindings.party = p;
                    m_bindings.partyNumber = ++n;
                    body();
                }
                break;
            case Collection::AcceptedTerms:
                for (const SettlementOption* t : acceptedTerms(m_record)) {
                    m_bindings.term = t;
                    m_bindings.termNumber = ++n;
                    body();
                }
                break;
            case Collection::Instalments:
                for (const InstalmentOfTerm& i : instalmentsOf(m_record, saved.term)) {
                    m_bindings.instalment = i;
                    m_bindings.instalmentNumber = ++n;
                    body();
                }
                break;
            case Collection::AgreedFacts:
                for (const BreachFact* f : agreedFacts(m_record)) {
                    m_bindings.fact = f;
                    m_bindings.factNumber = ++n;
                    body();
                }
                break;
            case Collection::SharedInterests:
                for (const Interest* i : sharedInterests(m_record)) {
                    m_bindings.interest = i;
                    m_bindings.interestNumber = ++n;
                    body();
                }
                break;
            case Collection::ContractClauses:
                for (const ContractClause* c : contractClauses(m_record)) {
                    m_bindings.clause = c;
                    m_bindings.clauseNumber = ++n;
                    body();
                }
                break;
        }
        m_bindings = saved;
    }

    std::size_t count(Collection collection) {
        std::size_t n = 0;
        forEach(collection, [&] { ++n; });
        return n;
    }

    RichText text(const TemplateText& pieces) {
        RichText result;
        for (const TextPiece& piece : pieces) {
            if (const auto* literal = std::get_if<std::string>(&piece.content))
                append(result, {*literal, piece.style});
            else
                append(result, {field(std::get<FieldRef>(piece.content)), piece.style});
        }
        return result;
    }

    std::string plain(const TemplateText& pieces) {
        std::string result;
        for (const TextRun& run : text(pieces)) result += run.text;
        return result;
    }

    std::string field(const FieldRef& ref) {
        std::string value;
        try {
            value = fieldValue(m_record, m_draft, m_bindings, ref.path);
        } catch (const ValidationError& e) {
            throw ValidationError(std::string(e.what()) + " (" + where(ref.where.line > 0 ? ref.where : m_where) + ")");
        }
        if (!value.empty()) return value;
        if (ref.whenBlank) return *ref.whenBlank;
        const FieldOwner owner = fieldOwner(m_record, m_draft, m_bindings, ref.path);
        m_result.unfilled.push_back(
            {ref.path, ref.where.line > 0 ? ref.where : m_where, owner.label, owner.kind, owner.no});
        return kBlankLine;
    }

    int clauseDepth() const { return m_frames.empty() ? 0 : m_frames.back().childDepth; }

    // Body text sits at the indent of the clause it belongs to.
    int bodyIndent() const {
        if (m_frames.empty() || m_frames.back().topSection) return 0;
        return m_frames.back().childDepth - 1;
    }

    std::string nextClauseNumber() {
        NumberingFrame& parent = m_frames.back();
        const int n = ++parent.children;
        // Clauses of an unnumbered section (the recitals) are lettered A, B, C
        // so that they never read as clauses of the numbered section before.
        if (parent.topSection && !parent.numbered) return letterNumber(n, true);
        return clauseNumber(parent.number, parent.childDepth, n);
    }

    void flushPending() {
        if (!m_pending) return;
        Paragraph paragraph;
        paragraph.number = m_pending->number;
        paragraph.text = m_pending->title;
        paragraph.indentLevel = m_pending->indent;
        paragraph.alignment = Alignment::Left;
        paragraph.keepWithNext = true;
        m_pending.reset();
        m_result.document.blocks.emplace_back(std::move(paragraph));
    }

    void emit(Block block) {
        flushPending();
        m_result.document.blocks.push_back(std::move(block));
    }

    const DocumentTemplate& m_template;
    const CaseRecord& m_record;
    DraftFacts m_draft;
    const DraftContext& m_context;
    EvaluatedDocument m_result;
    FieldBindings m_bindings;
    std::vector<NumberingFrame> m_frames;
    std::optional<PendingNumber> m_pending;
    TemplateLocation m_where;
    int m_sections = 0;
};

}  // namespace

EvaluatedDocument evaluateTemplate(const DocumentTemplate& documentTemplate, const DraftContext& context) {
    return Evaluator(documentTemplate, context).run();
}

}  // namespace cg::domain::documents
