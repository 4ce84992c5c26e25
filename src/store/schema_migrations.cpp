#include "store/schema_migrations.h"

#include "store/audit_chain.h"

namespace cg::store {

namespace {

// Conventions of the schema:
// - every record of a case is keyed (case_id, no), numbers per case and kind;
// - links are composite foreign keys (case_id, x_no) so that a link can
//   never point into another case;
// - list-valued fields live in child tables ordered by position;
// - enumerations are stored by their stable names (domain/vocabulary.h),
//   money as BIGINT minor units plus a currency code, dates as 'YYYY-MM-DD'
//   and instants as UTC 'YYYY-MM-DDTHH:MM:SSZ', which sort as they compare;
// - integers that can pass 2^31 are BIGINT: SOCI reads an INTEGER column as
//   32 bits when it fetches rows in bulk.
const Migration kVersion1{
    1,
    "case records",
    {
        R"(CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL,
    description TEXT NOT NULL
))",
        R"(CREATE TABLE cases (
    id {serial_key},
    reference TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    governing_law TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    mediator TEXT NOT NULL,
    currency TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    summary TEXT NOT NULL
))",
        R"(CREATE TABLE parties (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT NOT NULL,
    sector TEXT NOT NULL,
    representative TEXT NOT NULL,
    counsel TEXT NOT NULL,
    PRIMARY KEY (case_id, no)
))",
        R"(CREATE TABLE party_covers (
    case_id BIGINT NOT NULL,
    party_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    insurer TEXT NOT NULL,
    policy_number TEXT NOT NULL,
    limit_minor BIGINT NOT NULL,
    limit_currency TEXT NOT NULL,
    deductible_minor BIGINT NOT NULL,
    deductible_currency TEXT NOT NULL,
    PRIMARY KEY (case_id, party_no, position),
    FOREIGN KEY (case_id, party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE interests (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    party_no BIGINT NOT NULL,
    category TEXT NOT NULL,
    priority INTEGER NOT NULL,
    visibility TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE contract_clauses (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    source TEXT NOT NULL,
    document_title TEXT NOT NULL,
    section TEXT NOT NULL,
    kind TEXT NOT NULL,
    obligated_party_no BIGINT,
    text TEXT NOT NULL,
    cap_basis TEXT,
    cap_fixed_minor BIGINT,
    cap_fixed_currency TEXT,
    cap_monthly_fees_minor BIGINT,
    cap_monthly_fees_currency TEXT,
    cap_lookback_months INTEGER,
    cap_multiplier_percent INTEGER,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, obligated_party_no) REFERENCES parties (case_id, no),
    CHECK ((cap_basis IS NULL) = (cap_fixed_minor IS NULL))
))",
        R"(CREATE TABLE clause_controls (
    case_id BIGINT NOT NULL,
    clause_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    control TEXT NOT NULL,
    PRIMARY KEY (case_id, clause_no, position),
    FOREIGN KEY (case_id, clause_no) REFERENCES contract_clauses (case_id, no)
))",
        R"(CREATE TABLE clause_carve_outs (
    case_id BIGINT NOT NULL,
    clause_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    carve_out TEXT NOT NULL,
    PRIMARY KEY (case_id, clause_no, position),
    FOREIGN KEY (case_id, clause_no) REFERENCES contract_clauses (case_id, no)
))",
        R"(CREATE TABLE breach_facts (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    occurred_estimated INTEGER NOT NULL CHECK (occurred_estimated IN (0, 1)),
    discovered_on TEXT,
    records_affected BIGINT,
    failed_control TEXT NOT NULL,
    asserted_by_party_no BIGINT,
    standing TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, asserted_by_party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE fact_data_types (
    case_id BIGINT NOT NULL,
    fact_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    data_type TEXT NOT NULL,
    PRIMARY KEY (case_id, fact_no, position),
    FOREIGN KEY (case_id, fact_no) REFERENCES breach_facts (case_id, no)
))",
        R"(CREATE TABLE blame_claims (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    accuser_no BIGINT NOT NULL,
    accused_no BIGINT NOT NULL,
    basis TEXT NOT NULL,
    allegation TEXT NOT NULL,
    stated_position TEXT NOT NULL,
    amount_minor BIGINT,
    amount_currency TEXT,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, accuser_no) REFERENCES parties (case_id, no),
    FOREIGN KEY (case_id, accused_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE claim_facts (
    case_id BIGINT NOT NULL,
    claim_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    fact_no BIGINT NOT NULL,
    PRIMARY KEY (case_id, claim_no, position),
    FOREIGN KEY (case_id, claim_no) REFERENCES blame_claims (case_id, no),
    FOREIGN KEY (case_id, fact_no) REFERENCES breach_facts (case_id, no)
))",
        R"(CREATE TABLE claim_clauses (
    case_id BIGINT NOT NULL,
    claim_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    clause_no BIGINT NOT NULL,
    PRIMARY KEY (case_id, claim_no, position),
    FOREIGN KEY (case_id, claim_no) REFERENCES blame_claims (case_id, no),
    FOREIGN KEY (case_id, clause_no) REFERENCES contract_clauses (case_id, no)
))",
        R"(CREATE TABLE claim_interests (
    case_id BIGINT NOT NULL,
    claim_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    interest_no BIGINT NOT NULL,
    PRIMARY KEY (case_id, claim_no, position),
    FOREIGN KEY (case_id, claim_no) REFERENCES blame_claims (case_id, no),
    FOREIGN KEY (case_id, interest_no) REFERENCES interests (case_id, no)
))",
        R"(CREATE TABLE settlement_options (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_minor BIGINT,
    amount_currency TEXT,
    payer_no BIGINT,
    payee_no BIGINT,
    status TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, payer_no) REFERENCES parties (case_id, no),
    FOREIGN KEY (case_id, payee_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE option_interests (
    case_id BIGINT NOT NULL,
    option_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    interest_no BIGINT NOT NULL,
    PRIMARY KEY (case_id, option_no, position),
    FOREIGN KEY (case_id, option_no) REFERENCES settlement_options (case_id, no),
    FOREIGN KEY (case_id, interest_no) REFERENCES interests (case_id, no)
))",
        R"(CREATE TABLE mediation_sessions (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    kind TEXT NOT NULL,
    caucus_party_no BIGINT,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, caucus_party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE session_participants (
    case_id BIGINT NOT NULL,
    session_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    participant TEXT NOT NULL,
    PRIMARY KEY (case_id, session_no, position),
    FOREIGN KEY (case_id, session_no) REFERENCES mediation_sessions (case_id, no)
))",
        R"(CREATE TABLE session_notes (
    case_id BIGINT NOT NULL,
    session_no BIGINT NOT NULL,
    no BIGINT NOT NULL CHECK (no >= 1),
    written_at TEXT NOT NULL,
    visibility TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (case_id, session_no, no),
    FOREIGN KEY (case_id, session_no) REFERENCES mediation_sessions (case_id, no)
))",
        // An offer may answer one numbered after it (an import keeps the
        // file's numbers), so that link is checked at commit.
        R"(CREATE TABLE offers (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    from_party_no BIGINT NOT NULL,
    to_party_no BIGINT NOT NULL,
    made_at TEXT NOT NULL,
    session_no BIGINT,
    responds_to_offer_no BIGINT,
    amount_minor BIGINT,
    amount_currency TEXT,
    terms TEXT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, from_party_no) REFERENCES parties (case_id, no),
    FOREIGN KEY (case_id, to_party_no) REFERENCES parties (case_id, no),
    FOREIGN KEY (case_id, session_no) REFERENCES mediation_sessions (case_id, no),
    FOREIGN KEY (case_id, responds_to_offer_no) REFERENCES offers (case_id, no)
        DEFERRABLE INITIALLY DEFERRED
))",
        R"(CREATE TABLE loss_items (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    party_no BIGINT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    low_minor BIGINT NOT NULL,
    low_currency TEXT NOT NULL,
    high_minor BIGINT NOT NULL,
    high_currency TEXT NOT NULL,
    damages TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE agreement_drafts (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    version INTEGER NOT NULL,
    template_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (case_id, no)
))",
        R"(CREATE TABLE draft_terms (
    case_id BIGINT NOT NULL,
    draft_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    option_no BIGINT NOT NULL,
    PRIMARY KEY (case_id, draft_no, position),
    FOREIGN KEY (case_id, draft_no) REFERENCES agreement_drafts (case_id, no),
    FOREIGN KEY (case_id, option_no) REFERENCES settlement_options (case_id, no)
))",
    },
};

// The audit trail: who changed what in which case, and when. It is keyed by
// the case reference rather than a foreign key so that it outlives a deleted
// case, which is when it matters most.
const Migration kVersion2{
    2,
    "audit trail",
    {
        R"(CREATE TABLE audit_log (
    sequence {serial_key},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    case_reference TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_no BIGINT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
    change TEXT NOT NULL
))",
        "CREATE INDEX audit_log_by_case ON audit_log (case_reference, sequence)",
    },
};

// The audit trail sealed as a hash chain (audit_chain.h); entries written
// before are sealed by the upgrade, in order.
const Migration kVersion3{
    3,
    "audit trail sealed",
    {
        "ALTER TABLE audit_log ADD COLUMN seal TEXT",
    },
    &sealUnsealedAuditEntries,
};

// What a settlement agreement needs beyond the negotiation: who signs for
// each party and where notices go, when a term falls due and the instalments
// of a payment, and for each draft version the terms as they read when it was
// rendered plus the SHA-256 of the PDF written. Existing parties get empty
// signatory and address text; existing drafts get no snapshot (their terms
// were never recorded as they read, and copying today's options would
// pretend they were) and no PDF digest.
//
// The snapshot rows are history, not links: a snapshot's payer, payee and
// interests are plain numbers without foreign keys, so that a party or
// interest can still be deleted after the term that named it has changed.
// Each snapshot row is tied to its draft_terms row by (draft, position).
const Migration kVersion4{
    4,
    "signatories, due dates, instalments and draft snapshots",
    {
        "ALTER TABLE parties ADD COLUMN signatory_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE parties ADD COLUMN signatory_title TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE parties ADD COLUMN address TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE settlement_options ADD COLUMN due_on TEXT",
        R"(CREATE TABLE option_instalments (
    case_id BIGINT NOT NULL,
    option_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    amount_currency TEXT NOT NULL,
    PRIMARY KEY (case_id, option_no, position),
    FOREIGN KEY (case_id, option_no) REFERENCES settlement_options (case_id, no)
))",
        "ALTER TABLE agreement_drafts ADD COLUMN pdf_sha256 TEXT NOT NULL DEFAULT ''",
        R"(CREATE TABLE draft_term_snapshots (
    case_id BIGINT NOT NULL,
    draft_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    option_no BIGINT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_minor BIGINT,
    amount_currency TEXT,
    payer_no BIGINT,
    payee_no BIGINT,
    status TEXT NOT NULL,
    due_on TEXT,
    PRIMARY KEY (case_id, draft_no, position),
    FOREIGN KEY (case_id, draft_no, position) REFERENCES draft_terms (case_id, draft_no, position)
))",
        R"(CREATE TABLE draft_term_instalments (
    case_id BIGINT NOT NULL,
    draft_no BIGINT NOT NULL,
    term_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    amount_currency TEXT NOT NULL,
    PRIMARY KEY (case_id, draft_no, term_position, position),
    FOREIGN KEY (case_id, draft_no, term_position)
        REFERENCES draft_term_snapshots (case_id, draft_no, position)
))",
        R"(CREATE TABLE draft_term_interests (
    case_id BIGINT NOT NULL,
    draft_no BIGINT NOT NULL,
    term_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    interest_no BIGINT NOT NULL,
    PRIMARY KEY (case_id, draft_no, term_position, position),
    FOREIGN KEY (case_id, draft_no, term_position)
        REFERENCES draft_term_snapshots (case_id, draft_no, position)
))",
    },
};

// The mediator's decisions on conflict checks (issue 7): the name checked,
// the hits as they were shown, and no conflict, disclosed and waived, or
// declined. A waiver or a refusal without a reason is refused here too, so
// that no other program writing the file can store one. Numbered per case
// like the records; deleting the case deletes them, the audit trail keeps
// them.
const Migration kVersion5{
    5,
    "conflict check decisions",
    {
        R"(CREATE TABLE conflict_decisions (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    checked_name TEXT NOT NULL CHECK (checked_name <> ''),
    decision TEXT NOT NULL CHECK (decision IN ('no-conflict', 'waived', 'declined')),
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    hits TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    CHECK (decision = 'no-conflict' OR reason <> '')
))",
    },
};

// Running a mediation practice (issue 7): when each party signed the
// agreement to mediate, sessions booked ahead with their length and place,
// the case's outcome and fee arrangement with its split between the parties,
// the people who attend besides the parties, the exhibits with their bytes,
// and the mediator's time, expenses and payments received. Fees are kept in
// the case currency, so the fee columns carry no currency of their own.
// Existing cases get an hourly rate of zero and no split (split equally).
//
// Exhibit bytes live in their own table, as base64 text: both engines store
// and return text unchanged, and the record queries never read it.
const Migration kVersion6{
    6,
    "practice: participants, exhibits, time, expenses, payments and fees",
    {
        "ALTER TABLE parties ADD COLUMN agreement_signed_on TEXT",
        "ALTER TABLE mediation_sessions ADD COLUMN planned_minutes BIGINT "
        "CHECK (planned_minutes BETWEEN 1 AND 1440)",
        "ALTER TABLE mediation_sessions ADD COLUMN location TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE mediation_sessions ADD COLUMN video_link TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE cases ADD COLUMN outcome TEXT",
        "ALTER TABLE cases ADD COLUMN fee_basis TEXT NOT NULL DEFAULT 'hourly' "
        "CHECK (fee_basis IN ('hourly', 'fixed'))",
        "ALTER TABLE cases ADD COLUMN hourly_rate_minor BIGINT NOT NULL DEFAULT 0 "
        "CHECK (hourly_rate_minor >= 0)",
        "ALTER TABLE cases ADD COLUMN fixed_fee_minor BIGINT NOT NULL DEFAULT 0 "
        "CHECK (fixed_fee_minor >= 0)",
        R"(CREATE TABLE case_fee_shares (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    party_no BIGINT NOT NULL,
    basis_points BIGINT NOT NULL CHECK (basis_points BETWEEN 1 AND 10000),
    PRIMARY KEY (case_id, party_no),
    FOREIGN KEY (case_id, party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE participants (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    role TEXT NOT NULL,
    party_no BIGINT,
    email TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE exhibits (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    title TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL,
    attached_at TEXT NOT NULL,
    visibility TEXT NOT NULL,
    submitted_by_party_no BIGINT,
    description TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, submitted_by_party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE exhibit_facts (
    case_id BIGINT NOT NULL,
    exhibit_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    fact_no BIGINT NOT NULL,
    PRIMARY KEY (case_id, exhibit_no, position),
    FOREIGN KEY (case_id, exhibit_no) REFERENCES exhibits (case_id, no),
    FOREIGN KEY (case_id, fact_no) REFERENCES breach_facts (case_id, no)
))",
        R"(CREATE TABLE exhibit_claims (
    case_id BIGINT NOT NULL,
    exhibit_no BIGINT NOT NULL,
    position INTEGER NOT NULL,
    claim_no BIGINT NOT NULL,
    PRIMARY KEY (case_id, exhibit_no, position),
    FOREIGN KEY (case_id, exhibit_no) REFERENCES exhibits (case_id, no),
    FOREIGN KEY (case_id, claim_no) REFERENCES blame_claims (case_id, no)
))",
        R"(CREATE TABLE exhibit_contents (
    case_id BIGINT NOT NULL,
    exhibit_no BIGINT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (case_id, exhibit_no),
    FOREIGN KEY (case_id, exhibit_no) REFERENCES exhibits (case_id, no)
))",
        R"(CREATE TABLE time_entries (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    worked_on TEXT NOT NULL,
    minutes BIGINT NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    activity TEXT NOT NULL,
    session_no BIGINT,
    mediator TEXT NOT NULL,
    billable INTEGER NOT NULL CHECK (billable IN (0, 1)),
    description TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, session_no) REFERENCES mediation_sessions (case_id, no)
))",
        "CREATE INDEX time_entries_by_day ON time_entries (worked_on)",
        R"(CREATE TABLE expenses (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    incurred_on TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    amount_currency TEXT NOT NULL,
    charged_to_party_no BIGINT,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, charged_to_party_no) REFERENCES parties (case_id, no)
))",
        R"(CREATE TABLE payments (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    party_no BIGINT NOT NULL,
    received_on TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    amount_currency TEXT NOT NULL,
    reference TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, party_no) REFERENCES parties (case_id, no)
))",
        "CREATE INDEX mediation_sessions_by_start ON mediation_sessions (started_at)",
    },
};

}  // namespace

std::vector<std::string> Migration::sqlFor(const SqlDialect& dialect) const {
    std::vector<std::string> sql;
    for (std::string_view statement : statements) sql.push_back(dialect.expand(statement));
    return sql;
}

const std::vector<Migration>& schemaMigrations() {
    static const std::vector<Migration> migrations{kVersion1, kVersion2, kVersion3, kVersion4,
                                                   kVersion5, kVersion6, schemaVersion7(), schemaVersion8(),
                                                   schemaVersion9()};
    return migrations;
}

int latestSchemaVersion() { return schemaMigrations().back().version; }

}  // namespace cg::store
