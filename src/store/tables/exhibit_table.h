#pragma once
#include <array>

#include "domain/exhibit.h"
#include "store/child_rows.h"
#include "store/record_table.h"
#include "store/row_values.h"

namespace cg::store {

// exhibits, with exhibit_facts and exhibit_claims for what each evidences.
// The file's bytes are in exhibit_contents (store/exhibit_contents.h): they
// are kept when the record is rewritten and go only with the record.
template <>
struct RecordTable<domain::Exhibit> {
    static constexpr std::string_view kKind = "exhibit";
    static constexpr std::string_view kTable = "exhibits";
    static constexpr std::array<ChildTable, 2> kChildTables{
        {{"exhibit_facts", "exhibit_no"}, {"exhibit_claims", "exhibit_no"}}};
    static constexpr std::array<ChildTable, 1> kKeptTables{{{"exhibit_contents", "exhibit_no"}}};

    static std::vector<domain::Exhibit> load(soci::session& sql, const RecordRange& range);
    static FieldTexts fields(const domain::Exhibit& exhibit);
    static std::string summary(const domain::Exhibit& exhibit);

    class Writer {
    public:
        explicit Writer(soci::session& sql);
        Writer(const Writer&) = delete;  // the statements are bound to the members
        Writer& operator=(const Writer&) = delete;

        void insertRow(long long caseId, const domain::Exhibit& exhibit);
        void updateRow(long long caseId, const domain::Exhibit& exhibit);
        void insertChildren(long long caseId, const domain::Exhibit& exhibit);
        // The bytes of exhibit.content, which the caller has checked
        // against exhibit.sha256.
        void insertContent(long long caseId, const domain::Exhibit& exhibit);

    private:
        void bind(long long caseId, const domain::Exhibit& exhibit);

        long long m_caseId = 0, m_no = 0, m_sizeBytes = 0;
        std::string m_title, m_fileName, m_mediaType, m_sha256, m_attachedAt, m_visibility,
            m_description, m_content;
        NullableNumber m_submittedBy;
        soci::statement m_insert, m_update, m_insertContent;
        NumberListWriter m_facts, m_claims;
    };
};

}  // namespace cg::store
