#include "store/tables/party_table.h"

namespace cg::store {

using domain::Party;

namespace {

constexpr std::string_view kColumns =
    "no, name, kind, role, sector, representative, counsel, signatory_name, signatory_title, "
    "address, agreement_signed_on";
constexpr std::string_view kCoverColumns =
    "party_no, kind, insurer, policy_number, limit_minor, limit_currency, deductible_minor, "
    "deductible_currency";

std::string coverText(const domain::InsuranceCover& cover) {
    std::string text(domain::toString(cover.kind));
    if (!cover.insurer.empty()) text += " with " + excerpt(cover.insurer, 40);
    if (!cover.policyNumber.empty()) text += " policy " + excerpt(cover.policyNumber, 30);
    return text + ", limit " + cover.limit.display() + ", deductible " + cover.deductible.display();
}

}  // namespace

std::vector<Party> RecordTable<Party>::load(soci::session& sql, const RecordRange& range) {
    std::vector<Party> parties;
    {
        std::vector<long long> no(kFetchBatch);
        std::vector<std::string> name(kFetchBatch), kind(kFetchBatch), role(kFetchBatch),
            sector(kFetchBatch), representative(kFetchBatch), counsel(kFetchBatch),
            signatoryName(kFetchBatch), signatoryTitle(kFetchBatch), address(kFetchBatch),
            signedOn(kFetchBatch);
        std::vector<soci::indicator> signedInd(kFetchBatch);
        soci::statement rows =
            (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
             soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
             soci::use(range.lastNo, "last"), soci::into(no), soci::into(name), soci::into(kind),
             soci::into(role), soci::into(sector), soci::into(representative), soci::into(counsel),
             soci::into(signatoryName), soci::into(signatoryTitle), soci::into(address),
             soci::into(signedOn, signedInd));
        fetchRows(rows, no, [&](std::size_t i) {
            Party& party = parties.emplace_back();
            party.no = no[i];
            party.name = std::move(name[i]);
            party.kind = domain::parseEnum<domain::PartyKind>(kind[i]);
            party.role = domain::parseEnum<domain::PartyRole>(role[i]);
            party.sector = std::move(sector[i]);
            party.representative = std::move(representative[i]);
            party.counsel = std::move(counsel[i]);
            party.signatoryName = std::move(signatoryName[i]);
            party.signatoryTitle = std::move(signatoryTitle[i]);
            party.address = std::move(address[i]);
            party.agreementSignedOn = dateOrNone(signedInd[i], signedOn[i]);
        });
    }
    RecordsByNo<Party> byNo(parties);
    std::vector<long long> partyNo(kFetchBatch), limitMinor(kFetchBatch),
        deductibleMinor(kFetchBatch);
    std::vector<std::string> kind(kFetchBatch), insurer(kFetchBatch), policyNumber(kFetchBatch),
        limitCurrency(kFetchBatch), deductibleCurrency(kFetchBatch);
    soci::statement covers =
        (sql.prepare << rangeQuery(kCoverColumns, "party_covers", "party_no", "party_no, position"),
         soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
         soci::use(range.lastNo, "last"), soci::into(partyNo), soci::into(kind),
         soci::into(insurer), soci::into(policyNumber), soci::into(limitMinor),
         soci::into(limitCurrency), soci::into(deductibleMinor), soci::into(deductibleCurrency));
    fetchRows(covers, partyNo, [&](std::size_t i) {
        domain::InsuranceCover cover;
        cover.kind = domain::parseEnum<domain::CoverKind>(kind[i]);
        cover.insurer = std::move(insurer[i]);
        cover.policyNumber = std::move(policyNumber[i]);
        cover.limit = domain::Money(limitMinor[i], limitCurrency[i]);
        cover.deductible = domain::Money(deductibleMinor[i], deductibleCurrency[i]);
        byNo[partyNo[i]].covers.push_back(std::move(cover));
    });
    return parties;
}

FieldTexts RecordTable<Party>::fields(const Party& party) {
    std::vector<std::string> covers;
    for (const auto& cover : party.covers) covers.push_back(coverText(cover));
    return {
        {"name", textValue(party.name)},
        {"kind", std::string(domain::toString(party.kind))},
        {"role", std::string(domain::toString(party.role))},
        {"sector", textValue(party.sector)},
        {"representative", textValue(party.representative)},
        {"counsel", textValue(party.counsel)},
        {"signatory", textValue(party.signatoryName)},
        {"signatory title", textValue(party.signatoryTitle)},
        {"address", textValue(party.address)},
        {"agreement to mediate signed on", dateValue(party.agreementSignedOn)},
        {"insurance", listValue(covers)},
    };
}

std::string RecordTable<Party>::summary(const Party& party) {
    return excerpt(party.name) + " (" + std::string(domain::toString(party.role)) + ")";
}

RecordTable<Party>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare
               << "INSERT INTO parties (case_id, no, name, kind, role, sector, representative, "
                  "counsel, signatory_name, signatory_title, address, agreement_signed_on) VALUES "
                  "(:case_id, :no, :name, :kind, :role, :sector, :representative, :counsel, "
                  ":signatory_name, :signatory_title, :address, :agreement_signed_on)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_name, "name"),
           soci::use(m_kind, "kind"), soci::use(m_role, "role"), soci::use(m_sector, "sector"),
           soci::use(m_representative, "representative"), soci::use(m_counsel, "counsel"),
           soci::use(m_signatoryName, "signatory_name"),
           soci::use(m_signatoryTitle, "signatory_title"), soci::use(m_address, "address"),
           soci::use(m_agreementSignedOn.value, m_agreementSignedOn.indicator,
                     "agreement_signed_on"))),
      m_update(
          (sql.prepare
               << "UPDATE parties SET name = :name, kind = :kind, role = :role, sector = :sector, "
                  "representative = :representative, counsel = :counsel, signatory_name = "
                  ":signatory_name, signatory_title = :signatory_title, address = :address, "
                  "agreement_signed_on = :agreement_signed_on WHERE case_id = :case_id AND no = "
                  ":no",
           soci::use(m_name, "name"), soci::use(m_kind, "kind"), soci::use(m_role, "role"),
           soci::use(m_sector, "sector"), soci::use(m_representative, "representative"),
           soci::use(m_counsel, "counsel"), soci::use(m_signatoryName, "signatory_name"),
           soci::use(m_signatoryTitle, "signatory_title"), soci::use(m_address, "address"),
           soci::use(m_agreementSignedOn.value, m_agreementSignedOn.indicator,
                     "agreement_signed_on"),
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))),
      m_insertCover(
          (sql.prepare
               << "INSERT INTO party_covers (case_id, party_no, position, kind, insurer, "
                  "policy_number, limit_minor, limit_currency, deductible_minor, "
                  "deductible_currency) VALUES (:case_id, :party_no, :position, :kind, :insurer, "
                  ":policy_number, :limit_minor, :limit_currency, :deductible_minor, "
                  ":deductible_currency)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "party_no"),
           soci::use(m_position, "position"), soci::use(m_coverKind, "kind"),
           soci::use(m_insurer, "insurer"), soci::use(m_policyNumber, "policy_number"),
           soci::use(m_limitMinor, "limit_minor"), soci::use(m_limitCurrency, "limit_currency"),
           soci::use(m_deductibleMinor, "deductible_minor"),
           soci::use(m_deductibleCurrency, "deductible_currency"))) {}

void RecordTable<Party>::Writer::bind(long long caseId, const Party& party) {
    m_caseId = caseId;
    m_no = party.no;
    m_name = party.name;
    m_kind = domain::toString(party.kind);
    m_role = domain::toString(party.role);
    m_sector = party.sector;
    m_representative = party.representative;
    m_counsel = party.counsel;
    m_signatoryName = party.signatoryName;
    m_signatoryTitle = party.signatoryTitle;
    m_address = party.address;
    m_agreementSignedOn.set(textOf(party.agreementSignedOn));
}

void RecordTable<Party>::Writer::insertRow(long long caseId, const Party& party) {
    bind(caseId, party);
    m_insert.execute(true);
}

void RecordTable<Party>::Writer::updateRow(long long caseId, const Party& party) {
    bind(caseId, party);
    m_update.execute(true);
}

void RecordTable<Party>::Writer::insertChildren(long long caseId, const Party& party) {
    m_caseId = caseId;
    m_no = party.no;
    for (std::size_t i = 0; i < party.covers.size(); ++i) {
        const auto& cover = party.covers[i];
        m_position = static_cast<int>(i) + 1;
        m_coverKind = domain::toString(cover.kind);
        m_insurer = cover.insurer;
        m_policyNumber = cover.policyNumber;
        m_limitMinor = cover.limit.minorUnits();
        m_limitCurrency = cover.limit.currency();
        m_deductibleMinor = cover.deductible.minorUnits();
        m_deductibleCurrency = cover.deductible.currency();
        m_insertCover.execute(true);
    }
}

}  // namespace cg::store
