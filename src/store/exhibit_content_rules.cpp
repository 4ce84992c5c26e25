#include "store/exhibit_content_rules.h"

#include "domain/errors.h"
#include "domain/base64.h"
#include "domain/sha256.h"
#include "store/store_error.h"

namespace cg::store {

namespace {

std::string exhibitName(const domain::Exhibit& exhibit) {
    return "exhibit " + std::to_string(exhibit.no);
}

void requireContent(const domain::Exhibit& exhibit) {
    if (!exhibit.content)
        throw domain::ValidationError(exhibitName(exhibit) + ": the file's content is missing",
                                      "exhibit", exhibit.no);
}

}  // namespace

void fingerprintNewExhibit(domain::Exhibit& exhibit) {
    requireContent(exhibit);
    const std::string digest = domain::sha256Hex(*exhibit.content);
    if (!exhibit.sha256.empty() && exhibit.sha256 != digest)
        throw domain::ValidationError(exhibitName(exhibit) + ": the SHA-256 given (" +
                                          exhibit.sha256 + ") is not that of the file's content (" +
                                          digest + ")",
                                      "exhibit", exhibit.no);
    exhibit.sha256 = digest;
    exhibit.sizeBytes = exhibit.content->size();
}

void requireImportedContent(const domain::Exhibit& exhibit) {
    requireContent(exhibit);
    const std::string digest = domain::sha256Hex(*exhibit.content);
    if (digest != exhibit.sha256)
        throw domain::ValidationError(exhibitName(exhibit) + " (" + exhibit.fileName +
                                          "): the file's content does not match its SHA-256 " +
                                          exhibit.sha256 +
                                          " (it was changed after it was attached)",
                                      "exhibit", exhibit.no);
}

domain::Exhibit keptOnUpdate(const domain::Exhibit& before, const domain::Exhibit& changed) {
    const bool otherBytes = changed.content && domain::sha256Hex(*changed.content) != before.sha256;
    if (otherBytes || (!changed.sha256.empty() && changed.sha256 != before.sha256))
        throw domain::ValidationError(
            exhibitName(changed) +
                ": the file attached cannot be replaced; attach the other file as a new exhibit",
            "exhibit", changed.no);
    domain::Exhibit stored = changed;
    stored.sha256 = before.sha256;
    stored.sizeBytes = before.sizeBytes;
    stored.content = nullptr;
    return stored;
}

std::vector<std::string> checkExhibitContentRows(soci::session& sql) {
    std::vector<std::string> problems;
    std::string reference, fileName, sha256, content;
    long long no = 0;
    soci::indicator contentInd = soci::i_null;
    // One exhibit at a time: contents can be large, so they are not fetched
    // in batches.
    soci::statement rows =
        (sql.prepare << "SELECT c.reference, e.no, e.file_name, e.sha256, x.content FROM exhibits "
                        "e JOIN cases c ON c.id = e.case_id LEFT JOIN exhibit_contents x ON "
                        "x.case_id = e.case_id AND x.exhibit_no = e.no ORDER BY c.reference, e.no",
         soci::into(reference), soci::into(no), soci::into(fileName), soci::into(sha256),
         soci::into(content, contentInd));
    rows.execute();
    while (rows.fetch()) {
        const std::string name =
            reference + " exhibit " + std::to_string(no) + " (" + fileName + "): ";
        if (contentInd != soci::i_ok) {
            problems.push_back(name + "content is missing (restore the file from a backup)");
            continue;
        }
        std::string bytes;
        try {
            bytes = domain::decodeBase64(content);
        } catch (const domain::Base64Error&) {
            problems.push_back(name + "content is damaged (not base64)");
            continue;
        }
        if (domain::sha256Hex(bytes) != sha256)
            problems.push_back(
                name + "content no longer matches its SHA-256 (changed after it was attached)");
    }
    return problems;
}

}  // namespace cg::store
