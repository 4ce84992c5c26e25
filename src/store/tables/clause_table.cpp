#include "store/tables/clause_table.h"

namespace cg::store {

using domain::ContractClause;

namespace {

constexpr std::string_view kColumns =
    "no, source, document_title, section, kind, obligated_party_no, text, cap_basis, "
    "cap_fixed_minor, cap_fixed_currency, cap_monthly_fees_minor, cap_monthly_fees_currency, "
    "cap_lookback_months, cap_multiplier_percent";
constexpr ListColumn kControls{"clause_controls", "clause_no", "control"};
constexpr ListColumn kCarveOuts{"clause_carve_outs", "clause_no", "carve_out"};

std::string capText(const std::optional<domain::LiabilityCap>& cap) {
    if (!cap) return "(none)";
    std::string text = cap->basis == domain::CapBasis::FixedAmount
                           ? cap->fixedAmount.display()
                           : std::to_string(cap->lookbackMonths) + " months of fees at " +
                                 cap->monthlyFees.display() + " × " +
                                 std::to_string(cap->multiplierPercent) + " %";
    if (!cap->carveOuts.empty()) text += ", except " + listValue(cap->carveOuts);
    return text;
}

}  // namespace

std::vector<ContractClause> RecordTable<ContractClause>::load(soci::session& sql,
                                                              const RecordRange& range) {
    std::vector<ContractClause> clauses;
    {
        std::vector<long long> no(kFetchBatch), obligated(kFetchBatch), fixedMinor(kFetchBatch),
            feesMinor(kFetchBatch);
        std::vector<int> lookback(kFetchBatch), multiplier(kFetchBatch);
        std::vector<std::string> source(kFetchBatch), document(kFetchBatch), section(kFetchBatch),
            kind(kFetchBatch), text(kFetchBatch), basis(kFetchBatch), fixedCurrency(kFetchBatch),
            feesCurrency(kFetchBatch);
        std::vector<soci::indicator> obligatedInd(kFetchBatch), basisInd(kFetchBatch),
            fixedMinorInd(kFetchBatch), fixedCurrencyInd(kFetchBatch), feesMinorInd(kFetchBatch),
            feesCurrencyInd(kFetchBatch), lookbackInd(kFetchBatch), multiplierInd(kFetchBatch);
        soci::statement rows =
            (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
             soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
             soci::use(range.lastNo, "last"), soci::into(no), soci::into(source),
             soci::into(document), soci::into(section), soci::into(kind),
             soci::into(obligated, obligatedInd), soci::into(text), soci::into(basis, basisInd),
             soci::into(fixedMinor, fixedMinorInd), soci::into(fixedCurrency, fixedCurrencyInd),
             soci::into(feesMinor, feesMinorInd), soci::into(feesCurrency, feesCurrencyInd),
             soci::into(lookback, lookbackInd), soci::into(multiplier, multiplierInd));
        fetchRows(rows, no, [&](std::size_t i) {
            ContractClause& clause = clauses.emplace_back();
            clause.no = no[i];
            clause.source = domain::parseEnum<domain::SourceDocument>(source[i]);
            clause.documentTitle = std::move(document[i]);
            clause.section = std::move(section[i]);
            clause.kind = domain::parseEnum<domain::ClauseKind>(kind[i]);
            clause.obligatedPartyNo = numberOrNone(obligatedInd[i], obligated[i]);
            clause.text = std::move(text[i]);
            if (basisInd[i] == soci::i_ok) {
                domain::LiabilityCap& cap = clause.cap.emplace();
                cap.basis = domain::parseEnum<domain::CapBasis>(basis[i]);
                cap.fixedAmount = domain::Money(fixedMinor[i], fixedCurrency[i]);
                cap.monthlyFees = domain::Money(feesMinor[i], feesCurrency[i]);
                cap.lookbackMonths = lookback[i];
                cap.multiplierPercent = multiplier[i];
            }
        });
    }
    RecordsByNo<ContractClause> byNo(clauses);
    loadTextList(sql, range, kControls, [&](long long no, std::string&& control) {
        byNo[no].coveredControls.push_back(std::move(control));
    });
    loadTextList(sql, range, kCarveOuts, [&](long long no, std::string&& carveOut) {
        ContractClause& clause = byNo[no];
        if (!clause.cap)
            throw StoreError("clause " + std::to_string(no) +
                             " has carve-outs but no liability cap");
        clause.cap->carveOuts.push_back(std::move(carveOut));
    });
    return clauses;
}

FieldTexts RecordTable<ContractClause>::fields(const ContractClause& clause) {
    return {
        {"source", std::string(domain::toString(clause.source))},
        {"document", textValue(clause.documentTitle)},
        {"section", textValue(clause.section)},
        {"kind", std::string(domain::toString(clause.kind))},
        {"obligated party", numberValue(clause.obligatedPartyNo)},
        {"controls", listValue(clause.coveredControls)},
        {"text", textValue(clause.text)},
        {"liability cap", capText(clause.cap)},
    };
}

std::string RecordTable<ContractClause>::summary(const ContractClause& clause) {
    std::string text = excerpt(clause.section);
    if (!clause.documentTitle.empty()) text += " of " + excerpt(clause.documentTitle);
    return text + " (" + std::string(domain::toString(clause.kind)) + ")";
}

RecordTable<ContractClause>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare
               << "INSERT INTO contract_clauses (case_id, no, source, document_title, section, "
                  "kind, obligated_party_no, text, cap_basis, cap_fixed_minor, "
                  "cap_fixed_currency, cap_monthly_fees_minor, cap_monthly_fees_currency, "
                  "cap_lookback_months, cap_multiplier_percent) VALUES (:case_id, :no, :source, "
                  ":document_title, :section, :kind, :obligated_party_no, :text, :cap_basis, "
                  ":cap_fixed_minor, :cap_fixed_currency, :cap_monthly_fees_minor, "
                  ":cap_monthly_fees_currency, :cap_lookback_months, :cap_multiplier_percent)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_source, "source"),
           soci::use(m_documentTitle, "document_title"), soci::use(m_section, "section"),
           soci::use(m_kind, "kind"),
           soci::use(m_obligatedPartyNo.value, m_obligatedPartyNo.indicator, "obligated_party_no"),
           soci::use(m_text, "text"), soci::use(m_capBasis, m_capIndicator, "cap_basis"),
           soci::use(m_capFixedMinor, m_capIndicator, "cap_fixed_minor"),
           soci::use(m_capFixedCurrency, m_capIndicator, "cap_fixed_currency"),
           soci::use(m_capFeesMinor, m_capIndicator, "cap_monthly_fees_minor"),
           soci::use(m_capFeesCurrency, m_capIndicator, "cap_monthly_fees_currency"),
           soci::use(m_capLookbackMonths, m_capIndicator, "cap_lookback_months"),
           soci::use(m_capMultiplierPercent, m_capIndicator, "cap_multiplier_percent"))),
      m_update(
          (sql.prepare
               << "UPDATE contract_clauses SET source = :source, document_title = "
                  ":document_title, section = :section, kind = :kind, obligated_party_no = "
                  ":obligated_party_no, text = :text, cap_basis = :cap_basis, cap_fixed_minor = "
                  ":cap_fixed_minor, cap_fixed_currency = :cap_fixed_currency, "
                  "cap_monthly_fees_minor = :cap_monthly_fees_minor, cap_monthly_fees_currency = "
                  ":cap_monthly_fees_currency, cap_lookback_months = :cap_lookback_months, "
                  "cap_multiplier_percent = :cap_multiplier_percent WHERE case_id = :case_id AND "
                  "no = :no",
           soci::use(m_source, "source"), soci::use(m_documentTitle, "document_title"),
           soci::use(m_section, "section"), soci::use(m_kind, "kind"),
           soci::use(m_obligatedPartyNo.value, m_obligatedPartyNo.indicator, "obligated_party_no"),
           soci::use(m_text, "text"), soci::use(m_capBasis, m_capIndicator, "cap_basis"),
           soci::use(m_capFixedMinor, m_capIndicator, "cap_fixed_minor"),
           soci::use(m_capFixedCurrency, m_capIndicator, "cap_fixed_currency"),
           soci::use(m_capFeesMinor, m_capIndicator, "cap_monthly_fees_minor"),
           soci::use(m_capFeesCurrency, m_capIndicator, "cap_monthly_fees_currency"),
           soci::use(m_capLookbackMonths, m_capIndicator, "cap_lookback_months"),
           soci::use(m_capMultiplierPercent, m_capIndicator, "cap_multiplier_percent"),
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))),
      m_controls(sql, kControls),
      m_carveOuts(sql, kCarveOuts) {}

void RecordTable<ContractClause>::Writer::bind(long long caseId, const ContractClause& clause) {
    m_caseId = caseId;
    m_no = clause.no;
    m_source = domain::toString(clause.source);
    m_documentTitle = clause.documentTitle;
    m_section = clause.section;
    m_kind = domain::toString(clause.kind);
    m_obligatedPartyNo.set(clause.obligatedPartyNo);
    m_text = clause.text;
    const domain::LiabilityCap cap = clause.cap.value_or(domain::LiabilityCap{});
    m_capIndicator = clause.cap ? soci::i_ok : soci::i_null;
    m_capBasis = domain::toString(cap.basis);
    m_capFixedMinor = cap.fixedAmount.minorUnits();
    m_capFixedCurrency = cap.fixedAmount.currency();
    m_capFeesMinor = cap.monthlyFees.minorUnits();
    m_capFeesCurrency = cap.monthlyFees.currency();
    m_capLookbackMonths = cap.lookbackMonths;
    m_capMultiplierPercent = cap.multiplierPercent;
}

void RecordTable<ContractClause>::Writer::insertRow(long long caseId,
                                                    const ContractClause& clause) {
    bind(caseId, clause);
    m_insert.execute(true);
}

void RecordTable<ContractClause>::Writer::updateRow(long long caseId,
                                                    const ContractClause& clause) {
    bind(caseId, clause);
    m_update.execute(true);
}

void RecordTable<ContractClause>::Writer::insertChildren(long long caseId,
                                                         const ContractClause& clause) {
    m_controls.insert(caseId, clause.no, clause.coveredControls);
    if (clause.cap) m_carveOuts.insert(caseId, clause.no, clause.cap->carveOuts);
}

}  // namespace cg::store
