#include "store/exhibit_contents.h"

#include <map>

#include "domain/base64.h"
#include "domain/sha256.h"
#include "store/record_repository.h"
#include "store/case_keys.h"
#include "store/database_impl.h"
#include "store/exhibit_content_rules.h"
#include "store/record_index_query.h"
#include "store/store_error.h"

namespace cg::store {

namespace {

// Stored text that is not base64 is a damaged database, not bad input.
std::string storedBytes(const std::string& text) {
    try {
        return domain::decodeBase64(text);
    } catch (const domain::Base64Error&) {
        throw StoreError("stored exhibit content is not base64; the database is damaged (run a check)");
    }
}

}  // namespace

std::string exhibitContent(Database& db, const std::string& caseRef, domain::RecordNo exhibitNo) {
    return db.impl().read(
        "read the file of exhibit " + std::to_string(exhibitNo) + " of case " + caseRef,
        [&](soci::session& sql) {
            const CaseKey key = requireCase(sql, caseRef, db.actor());
            if (!recordExists(sql, "exhibits", key.id, exhibitNo))
                throw domain::NotFound("case " + caseRef + " has no exhibit " +
                                       std::to_string(exhibitNo));
            const long long caseId = key.id, no = exhibitNo;
            std::string content;
            soci::indicator contentInd = soci::i_null;
            sql << "SELECT content FROM exhibit_contents WHERE case_id = :case_id AND exhibit_no "
                   "= :no",
                soci::use(caseId, "case_id"), soci::use(no, "no"), soci::into(content, contentInd);
            if (!sql.got_data() || contentInd != soci::i_ok)
                throw domain::NotFound("the file of exhibit " + std::to_string(exhibitNo) +
                                       " of case " + caseRef +
                                       " is missing from the database (run a check)");
            return storedBytes(content);
        });
}

std::string verifiedExhibitContent(Database& db, const std::string& caseRef, domain::RecordNo exhibitNo) {
    const domain::Exhibit exhibit = RecordRepository<domain::Exhibit>(db).get(caseRef, exhibitNo);
    std::string content = exhibitContent(db, caseRef, exhibitNo);
    if (domain::sha256Hex(content) != exhibit.sha256)
        throw ExhibitChanged("exhibit " + std::to_string(exhibit.no) + " (" + exhibit.fileName +
                             ") no longer matches the SHA-256 taken when it was attached on " +
                             exhibit.attachedAt.toString() +
                             ": its content was changed in the database. Restore the database from a backup "
                             "or attach the original file again.");
    return content;
}

void loadExhibitContents(Database& db, domain::CaseRecord& record) {
    const std::string& caseRef = record.head.reference;
    db.impl().read("read the exhibit files of case " + caseRef, [&](soci::session& sql) {
        long long caseId = requireCase(sql, caseRef, db.actor()).id;
        std::map<domain::RecordNo, domain::Exhibit*> byNo;
        for (domain::Exhibit& exhibit : record.exhibits) byNo[exhibit.no] = &exhibit;
        long long no = 0;
        std::string content;
        soci::statement rows =
            (sql.prepare << "SELECT exhibit_no, content FROM exhibit_contents WHERE case_id = "
                            ":case_id ORDER BY exhibit_no",
             soci::use(caseId, "case_id"), soci::into(no), soci::into(content));
        rows.execute();
        while (rows.fetch()) {
            const auto it = byNo.find(no);
            if (it != byNo.end())
                it->second->content = std::make_shared<const std::string>(storedBytes(content));
        }
        for (const auto& [exhibitNo, exhibit] : byNo)
            if (!exhibit->content)
                throw domain::NotFound("the file of exhibit " + std::to_string(exhibitNo) +
                                       " of case " + caseRef +
                                       " is missing from the database (run a check)");
        return 0;
    });
}

std::vector<std::string> checkExhibitContents(Database& db) {
    return db.impl().read("check the exhibit files",
                          [](soci::session& sql) { return checkExhibitContentRows(sql); });
}

}  // namespace cg::store
