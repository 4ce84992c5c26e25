#include "store/tables/participant_table.h"

namespace cg::store {

using domain::Participant;

namespace {

constexpr std::string_view kColumns = "no, name, organisation, role, party_no, email";

}  // namespace

std::vector<Participant> RecordTable<Participant>::load(soci::session& sql,
                                                        const RecordRange& range) {
    std::vector<Participant> participants;
    std::vector<long long> no(kFetchBatch), party(kFetchBatch);
    std::vector<std::string> name(kFetchBatch), organisation(kFetchBatch), role(kFetchBatch),
        email(kFetchBatch);
    std::vector<soci::indicator> partyInd(kFetchBatch);
    soci::statement rows = (sql.prepare << rangeQuery(kColumns, kTable, "no", "no"),
                            soci::use(range.caseId, "case_id"), soci::use(range.firstNo, "first"),
                            soci::use(range.lastNo, "last"), soci::into(no), soci::into(name),
                            soci::into(organisation), soci::into(role), soci::into(party, partyInd),
                            soci::into(email));
    fetchRows(rows, no, [&](std::size_t i) {
        Participant& participant = participants.emplace_back();
        participant.no = no[i];
        participant.name = std::move(name[i]);
        participant.organisation = std::move(organisation[i]);
        participant.role = domain::parseEnum<domain::ParticipantRole>(role[i]);
        participant.partyNo = numberOrNone(partyInd[i], party[i]);
        participant.email = std::move(email[i]);
    });
    return participants;
}

FieldTexts RecordTable<Participant>::fields(const Participant& participant) {
    return {
        {"name", textValue(participant.name)},
        {"organisation", textValue(participant.organisation)},
        {"role", std::string(domain::toString(participant.role))},
        {"party", numberValue(participant.partyNo)},
        {"e-mail", textValue(participant.email)},
    };
}

std::string RecordTable<Participant>::summary(const Participant& participant) {
    std::string text =
        excerpt(participant.name) + " (" + std::string(domain::toString(participant.role));
    if (participant.partyNo) text += " for party " + std::to_string(*participant.partyNo);
    return text + ")";
}

RecordTable<Participant>::Writer::Writer(soci::session& sql)
    : m_insert(
          (sql.prepare << "INSERT INTO participants (case_id, no, name, organisation, role, "
                          "party_no, email) VALUES (:case_id, :no, :name, :organisation, :role, "
                          ":party_no, :email)",
           soci::use(m_caseId, "case_id"), soci::use(m_no, "no"), soci::use(m_name, "name"),
           soci::use(m_organisation, "organisation"), soci::use(m_role, "role"),
           soci::use(m_partyNo.value, m_partyNo.indicator, "party_no"),
           soci::use(m_email, "email"))),
      m_update(
          (sql.prepare << "UPDATE participants SET name = :name, organisation = :organisation, "
                          "role = :role, party_no = :party_no, email = :email WHERE case_id = "
                          ":case_id AND no = :no",
           soci::use(m_name, "name"), soci::use(m_organisation, "organisation"),
           soci::use(m_role, "role"), soci::use(m_partyNo.value, m_partyNo.indicator, "party_no"),
           soci::use(m_email, "email"), soci::use(m_caseId, "case_id"), soci::use(m_no, "no"))) {}

void RecordTable<Participant>::Writer::bind(long long caseId, const Participant& participant) {
    m_caseId = caseId;
    m_no = participant.no;
    m_name = participant.name;
    m_organisation = participant.organisation;
    m_role = domain::toString(participant.role);
    m_partyNo.set(participant.partyNo);
    m_email = participant.email;
}

void RecordTable<Participant>::Writer::insertRow(long long caseId, const Participant& participant) {
    bind(caseId, participant);
    m_insert.execute(true);
}

void RecordTable<Participant>::Writer::updateRow(long long caseId, const Participant& participant) {
    bind(caseId, participant);
    m_update.execute(true);
}

}  // namespace cg::store
