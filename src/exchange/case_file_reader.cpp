// Reading a case file: bytes -> well-formed XML -> root and version ->
// records, section by section -> links -> the case record's own rules.
// The first problem stops the import with file:line:column, and nothing is
// returned half-read.
#include <algorithm>
#include <string_view>

#include "domain/validation.h"
#include "exchange/case_file.h"
#include "exchange/case_file_reading.h"
#include "exchange/case_file_source.h"
#include "exchange/import_error.h"
#include "exchange/record_readers.h"
#include "exchange/xml_syntax.h"

namespace cg::exchange {

namespace {

const ElementShape kRootShape{{{"xmlns", true}, {"format-version", true}},
                              {{"case", Occurs::One},
                               {"parties", Occurs::One},
                               {"interests", Occurs::One},
                               {"clauses", Occurs::One},
                               {"facts", Occurs::One},
                               {"claims", Occurs::One},
                               {"options", Occurs::One},
                               {"sessions", Occurs::One},
                               {"offers", Occurs::One},
                               {"losses", Occurs::One},
                               {"drafts", Occurs::One},
                               // Added in issue 7; optional so that earlier files still read.
                               {"participants", Occurs::Optional},
                               {"exhibits", Occurs::Optional},
                               {"time-entries", Occurs::Optional},
                               {"expenses", Occurs::Optional},
                               {"payments", Occurs::Optional},
                               // Added with the parties' alternatives and bottom lines (issue 4).
                               {"alternatives", Occurs::Optional},
                               {"bottom-lines", Occurs::Optional}},
                              Content::Elements,
                              true};

const std::string kVersionHint = "this CommonGround reads version " + std::to_string(kCaseFileFormatVersion);

// Root element, namespace and version come first: a file that is not a case
// file, or is one from a newer CommonGround, should say so rather than
// complain about the first element it does not know.
void checkRoot(pugi::xml_node root, const SourceText& source) {
    const std::string name = root.name();
    if (name != "case-file")
        source.fail(source.offsetOf(root), "this is not a CommonGround case file: the root element is <" + name +
                                               ">, expected <case-file>");
    const pugi::xml_attribute xmlns = root.attribute("xmlns");
    if (!xmlns)
        source.fail(source.offsetOf(root), "<case-file> has no namespace; expected xmlns=\"" +
                                               std::string(kCaseFileNamespace) + "\"");
    if (std::string_view(xmlns.value()) != kCaseFileNamespace)
        source.fail(source.offsetOf(xmlns, root), "<case-file> is in namespace '" + std::string(xmlns.value()) +
                                                      "', expected '" + std::string(kCaseFileNamespace) + "'");
    const pugi::xml_attribute version = root.attribute("format-version");
    if (!version) source.fail(source.offsetOf(root), "<case-file> has no format-version; " + kVersionHint);
    if (std::string_view(version.value()) != std::to_string(kCaseFileFormatVersion))
        source.fail(source.offsetOf(version, root),
                    "format version " + std::string(version.value()) + " is not supported; " + kVersionHint);
}

template <typename Record>
void readSection(const ElementReader& root, const char* section, std::string_view kind,
                 Record (*readRecord)(pugi::xml_node, CaseFileReading&), CaseFileReading& reading,
                 std::vector<Record>& records) {
    const pugi::xml_node sectionNode = root.node().child(section);
    if (!sectionNode) return;  // an optional section left out
    const ElementShape shape{{}, {{kind, Occurs::Many}}};
    const ElementReader el(sectionNode, shape, reading.source(), "<" + std::string(section) + ">");
    for (pugi::xml_node node : el.children(kind)) records.push_back(readRecord(node, reading));
}

domain::CaseRecord readRecords(const ElementReader& root, CaseFileReading& reading) {
    domain::CaseRecord record;
    record.head = readCaseHead(root.node().child("case"), reading);
    readSection(root, "parties", "party", readParty, reading, record.parties);
    readSection(root, "interests", "interest", readInterest, reading, record.interests);
    readSection(root, "clauses", "clause", readClause, reading, record.clauses);
    readSection(root, "facts", "fact", readFact, reading, record.facts);
    readSection(root, "claims", "claim", readClaim, reading, record.claims);
    readSection(root, "options", "option", readOption, reading, record.options);
    readSection(root, "sessions", "session", readSession, reading, record.sessions);
    readSection(root, "offers", "offer", readOffer, reading, record.offers);
    readSection(root, "losses", "loss", readLoss, reading, record.losses);
    readSection(root, "drafts", "draft", readDraft, reading, record.drafts);
    readSection(root, "participants", "participant", readParticipant, reading, record.participants);
    readSection(root, "exhibits", "exhibit", readExhibit, reading, record.exhibits);
    readSection(root, "time-entries", "time-entry", readTimeEntry, reading, record.timeEntries);
    readSection(root, "expenses", "expense", readExpense, reading, record.expenses);
    readSection(root, "payments", "payment", readPayment, reading, record.payments);
    readSection(root, "alternatives", "alternative", readAlternative, reading, record.alternatives);
    readSection(root, "bottom-lines", "bottom-line", readBottomLine, reading, record.bottomLines);
    return record;
}

// The domain names a kind in words ("time entry"), the file in its element
// name ("time-entry").
std::string elementKind(std::string kind) {
    std::replace(kind.begin(), kind.end(), ' ', '-');
    return kind;
}

// The case record's own rules (a claim against oneself, a discovery before
// the occurrence...), reported at the element of the record that breaks them;
// the fee split's at <fees>.
void applyCaseRules(const domain::CaseRecord& record, const CaseFileReading& reading, pugi::xml_node caseNode) {
    const SourceText& source = reading.source();
    if (const pugi::xml_node fees = caseNode.child("fees")) {
        try {
            domain::validate(record.head.fees, domain::RecordIndex::of(record));
        } catch (const domain::ValidationError& e) {
            source.fail(source.offsetOf(fees), e.what());
        }
    }
    try {
        domain::validate(record);
    } catch (const domain::ValidationError& e) {
        const auto recordOffset = reading.offsetOfRecord(elementKind(e.recordKind()), e.recordNo());
        source.fail(recordOffset.value_or(source.offsetOf(caseNode)), e.what());
    }
}

}  // namespace

domain::CaseRecord readCaseFileText(const std::string& xml, const std::string& displayName) {
    if (xml.size() > kMaxCaseFileBytes) throw ImportError(displayName, 0, 0, tooLargeMessage(kMaxCaseFileBytes));
    SourceText source(displayName, xml);
    pugi::xml_document doc;
    parseXml(doc, source);

    const pugi::xml_node rootNode = doc.document_element();
    checkRoot(rootNode, source);
    const ElementReader root(rootNode, kRootShape, source, "<case-file>");
    CaseFileReading reading(source);
    domain::CaseRecord record = readRecords(root, reading);
    reading.resolveLinks();
    applyCaseRules(record, reading, rootNode.child("case"));
    return record;
}

domain::CaseRecord readCaseFile(const std::string& path) {
    return readCaseFileText(loadCaseFileBytes(path), path);
}

}  // namespace cg::exchange
