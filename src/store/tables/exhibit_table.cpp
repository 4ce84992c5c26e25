#include "store/tables/exhibit_table.h"

#include "domain/base64.h"

namespace cg::store {

using domain::Exhibit;

namespace {

constexpr std::string_view kColumns =
    "no, title, file_name, media_type, size_bytes, sha256, attached_at, visibility, "
    "submitted_by_party_no, description";
constexpr ListColumn kFacts{"exhibit_facts", "exhibit_no", "fact_no"};
constexpr ListColumn kClaims{"exhibit_claims", "exhibit_no", "claim_no"};

}  // namespace

std::vector<Exhibit> RecordTable<Exhibit>::load(soci::session& sql, const RecordRange& range) {
    std::vector<Exhibit> exhibits;
    {
        std::vector<long long> no(kFetchBatch), size(kFetchBatch), submittedBy(kFetchBatch);
        std::vector<std::string> title(kFetchBatch), fileName(kFetchBatch), mediaType(kFetchBatch),
            sha256(kFetchBatch), attachedAt(kFetchBatch), visibility(kFetchBatch),
            description(kFetchBatch);
        std::vector<soci::indicator> submittedInd(kFetchBatch);
        soci::statement rows =
            (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
             soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
             soci::use(range.lastNo, "last"), soci::into(no), soci::into(title),
             soci::into(fileName), soci::into(mediaType), soci::into(size), soci::into(sha256),
             soci::into(attachedAt), soci::into(visibility), soci::into(submittedBy, submittedInd),
             soci::into(description));
        fetchRows(rows, no, [&](std::size_t i) {
            Exhibit& exhibit = exhibits.emplace_back();
            exhibit.no = no[i];
            exhibit.title = std::move(title[i]);
            exhibit.fileName = std::move(fileName[i]);
            exhibit.mediaType = std::move(mediaType[i]);
            exhibit.sizeBytes = static_cast<std::uint64_t>(size[i]);
            exhibit.sha256 = std::move(sha256[i]);
            exhibit.attachedAt = domain::Instant::parse(attachedAt[i]);
            exhibit.visibility = domain::parseEnum<domain::Visibility>(visibility[i]);
            exhibit.submittedByPartyNo = numberOrNone(submittedInd[i], submittedBy[i]);
            exhibit.description = std::move(description[i]);
        });
    }
    RecordsByNo<Exhibit> byNo(exhibits);
    loadNumberList(sql, range, kFacts,
                   [&](long long no, long long fact) { byNo[no].factNos.push_back(fact); });
    loadNumberList(sql, range, kClaims,
                   [&](long long no, long long claim) { byNo[no].claimNos.push_back(claim); });
    return exhibits;
}

FieldTexts RecordTable<Exhibit>::fields(const Exhibit& exhibit) {
    return {
        {"title", textValue(exhibit.title)},
        {"file name", textValue(exhibit.fileName)},
        {"media type", textValue(exhibit.mediaType)},
        {"size", std::to_string(exhibit.sizeBytes) + " bytes"},
        {"SHA-256", exhibit.sha256},
        {"attached at", exhibit.attachedAt.toString()},
        {"visibility", std::string(domain::toString(exhibit.visibility))},
        {"submitted by", numberValue(exhibit.submittedByPartyNo)},
        {"facts", numbersValue(exhibit.factNos)},
        {"claims", numbersValue(exhibit.claimNos)},
        {"description", textValue(exhibit.description)},
    };
}

std::string RecordTable<Exhibit>::summary(const Exhibit& exhibit) {
    return excerpt(exhibit.title) + " (" + excerpt(exhibit.fileName, 40) + ", " +
           std::to_string(exhibit.sizeBytes) + " bytes, SHA-256 " + exhibit.sha256 + ")";
}

RecordTable<Exhibit>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare << "INSERT INTO exhibits (case_id, no, title, file_name, media_type, "
                          "size_bytes, sha256, attached_at, visibility, submitted_by_party_no, "
                          "description) VALUES (:case_id, :no, :title, :file_name, :media_type, "
                          ":size_bytes, :sha256, :attached_at, :visibility, "
                          ":submitted_by_party_no, :description)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_title, "title"),
           soci::use(m_fileName, "file_name"), soci::use(m_mediaType, "media_type"),
           soci::use(m_sizeBytes, "size_bytes"), soci::use(m_sha256, "sha256"),
           soci::use(m_attachedAt, "attached_at"), soci::use(m_visibility, "visibility"),
           soci::use(m_submittedBy.value, m_submittedBy.indicator, "submitted_by_party_no"),
           soci::use(m_description, "description"))),
      m_update(
          (sql.prepare << "UPDATE exhibits SET title = :title, file_name = :file_name, "
                          "media_type = :media_type, size_bytes = :size_bytes, sha256 = :sha256, "
                          "attached_at = :attached_at, visibility = :visibility, "
                          "submitted_by_party_no = :submitted_by_party_no, description = "
                          ":description WHERE case_id = :case_id AND no = :no",
           soci::use(m_title, "title"), soci::use(m_fileName, "file_name"),
           soci::use(m_mediaType, "media_type"), soci::use(m_sizeBytes, "size_bytes"),
           soci::use(m_sha256, "sha256"), soci::use(m_attachedAt, "attached_at"),
           soci::use(m_visibility, "visibility"),
           soci::use(m_submittedBy.value, m_submittedBy.indicator, "submitted_by_party_no"),
           soci::use(m_description, "description"), soci::use(m_caseId, "case_id"),
           soci::use(m_no, "no"))),
      m_insertContent((sql.prepare
                           << "INSERT INTO exhibit_contents (case_id, exhibit_no, content) VALUES "
                              "(:case_id, :exhibit_no, :content)",
                       soci::use(m_caseId, "case_id"), soci::use(m_no, "exhibit_no"),
                       soci::use(m_content, "content"))),
      m_facts(sql, kFacts),
      m_claims(sql, kClaims) {}

void RecordTable<Exhibit>::Writer::bind(long long caseId, const Exhibit& exhibit) {
    m_caseId = caseId;
    m_no = exhibit.no;
    m_title = exhibit.title;
    m_fileName = exhibit.fileName;
    m_mediaType = exhibit.mediaType;
    m_sizeBytes = static_cast<long long>(exhibit.sizeBytes);
    m_sha256 = exhibit.sha256;
    m_attachedAt = exhibit.attachedAt.toString();
    m_visibility = domain::toString(exhibit.visibility);
    m_submittedBy.set(exhibit.submittedByPartyNo);
    m_description = exhibit.description;
}

void RecordTable<Exhibit>::Writer::insertRow(long long caseId, const Exhibit& exhibit) {
    bind(caseId, exhibit);
    m_insert.execute(true);
}

void RecordTable<Exhibit>::Writer::updateRow(long long caseId, const Exhibit& exhibit) {
    bind(caseId, exhibit);
    m_update.execute(true);
}

void RecordTable<Exhibit>::Writer::insertChildren(long long caseId, const Exhibit& exhibit) {
    m_facts.insert(caseId, exhibit.no, exhibit.factNos);
    m_claims.insert(caseId, exhibit.no, exhibit.claimNos);
}

void RecordTable<Exhibit>::Writer::insertContent(long long caseId, const Exhibit& exhibit) {
    m_caseId = caseId;
    m_no = exhibit.no;
    m_content = domain::encodeBase64(*exhibit.content);
    m_insertContent.execute(true);
    m_content.clear();
    m_content.shrink_to_fit();
}

}  // namespace cg::store
