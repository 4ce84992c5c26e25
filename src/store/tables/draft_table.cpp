#include "store/tables/draft_table.h"

namespace cg::store {

using domain::AgreementDraft;

namespace {

constexpr ListColumn kTerms{"draft_terms", "draft_no", "option_no"};

// "option 1 (payment, EUR 90,000.00 in 3 instalments), option 2 (acknowledgment)"
std::string snapshotValue(const std::vector<domain::SettlementOption>& terms) {
    std::vector<std::string> items;
    for (const auto& term : terms) {
        std::string item = "option " + std::to_string(term.no) + " (" +
                           std::string(domain::toString(term.kind));
        if (term.amount) item += ", " + term.amount->display();
        if (!term.instalments.empty())
            item += " in " + std::to_string(term.instalments.size()) +
                    (term.instalments.size() == 1 ? " instalment" : " instalments");
        if (term.dueOn) item += ", due " + term.dueOn->toString();
        items.push_back(item + ")");
    }
    return listValue(items);
}

}  // namespace

std::vector<AgreementDraft> RecordTable<AgreementDraft>::load(soci::session& sql,
                                                              const RecordRange& range) {
    std::vector<AgreementDraft> drafts;
    {
        std::vector<long long> no(kFetchBatch);
        std::vector<int> version(kFetchBatch);
        std::vector<std::string> templateName(kFetchBatch), createdAt(kFetchBatch),
            note(kFetchBatch), pdfSha256(kFetchBatch);
        soci::statement rows =
            (sql.prepare << rangeQuery("no, version, template_name, created_at, note, pdf_sha256",
                                       kTable, "no", "no"),
             soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
             soci::use(range.lastNo, "last"), soci::into(no), soci::into(version),
             soci::into(templateName), soci::into(createdAt), soci::into(note),
             soci::into(pdfSha256));
        fetchRows(rows, no, [&](std::size_t i) {
            AgreementDraft& draft = drafts.emplace_back();
            draft.no = no[i];
            draft.version = version[i];
            draft.templateName = std::move(templateName[i]);
            draft.createdAt = domain::Instant::parse(createdAt[i]);
            draft.note = std::move(note[i]);
            draft.pdfSha256 = std::move(pdfSha256[i]);
        });
    }
    RecordsByNo<AgreementDraft> byNo(drafts);
    loadNumberList(sql, range, kTerms,
                   [&](long long no, long long option) { byNo[no].termNos.push_back(option); });
    loadTermSnapshots(sql, range, byNo);
    return drafts;
}

FieldTexts RecordTable<AgreementDraft>::fields(const AgreementDraft& draft) {
    return {
        {"version", std::to_string(draft.version)},
        {"template", textValue(draft.templateName)},
        {"created at", draft.createdAt.toString()},
        {"terms", numbersValue(draft.termNos)},
        {"note", textValue(draft.note)},
        {"terms as rendered", snapshotValue(draft.termSnapshot)},
        // In full: a digest cut to an excerpt could not be compared with the file.
        {"PDF SHA-256", draft.pdfSha256.empty() ? textValue("") : draft.pdfSha256},
    };
}

std::string RecordTable<AgreementDraft>::summary(const AgreementDraft& draft) {
    return "version " + std::to_string(draft.version) + " from template " +
           textValue(draft.templateName);
}

RecordTable<AgreementDraft>::Writer::Writer(soci::session& sql)
    : m_insert((sql.prepare << "INSERT INTO agreement_drafts (case_id, no, version, "
                               "template_name, created_at, note, pdf_sha256) VALUES (:case_id, "
                               ":no, :version, :template_name, :created_at, :note, :pdf_sha256)",
                soci::use(m_caseId, "case_id"), soci::use(m_no, "no"),
                soci::use(m_version, "version"), soci::use(m_templateName, "template_name"),
                soci::use(m_createdAt, "created_at"), soci::use(m_note, "note"),
                soci::use(m_pdfSha256, "pdf_sha256"))),
      m_update(
          (sql.prepare << "UPDATE agreement_drafts SET version = :version, template_name = "
                          ":template_name, created_at = :created_at, note = :note, pdf_sha256 = "
                          ":pdf_sha256 WHERE case_id = :case_id AND no = :no",
           soci::use(m_version, "version"), soci::use(m_templateName, "template_name"),
           soci::use(m_createdAt, "created_at"), soci::use(m_note, "note"),
           soci::use(m_pdfSha256, "pdf_sha256"), soci::use(m_caseId, "case_id"),
           soci::use(m_no, "no"))),
      m_terms(sql, kTerms),
      m_snapshot(sql) {}

void RecordTable<AgreementDraft>::Writer::bind(long long caseId, const AgreementDraft& draft) {
    m_caseId = caseId;
    m_no = draft.no;
    m_version = draft.version;
    m_templateName = draft.templateName;
    m_createdAt = draft.createdAt.toString();
    m_note = draft.note;
    m_pdfSha256 = draft.pdfSha256;
}

void RecordTable<AgreementDraft>::Writer::insertRow(long long caseId, const AgreementDraft& draft) {
    bind(caseId, draft);
    m_insert.execute(true);
}

void RecordTable<AgreementDraft>::Writer::updateRow(long long caseId, const AgreementDraft& draft) {
    bind(caseId, draft);
    m_update.execute(true);
}

void RecordTable<AgreementDraft>::Writer::insertChildren(long long caseId,
                                                         const AgreementDraft& draft) {
    m_terms.insert(caseId, draft.no, draft.termNos);
    // After the terms: each snapshot row hangs on the draft_terms row at its position.
    m_snapshot.insert(caseId, draft);
}

}  // namespace cg::store
