#include "store/schema_migrations.h"

namespace cg::store {

// A party's alternatives to a negotiated agreement and the confidential
// bottom lines it gives the mediator in caucus (domain/alternative.h,
// domain/bottom_line.h). The CHECKs repeat the domain's rules the database
// can hold by itself, so that a row written by anything else still cannot
// show an alternative to everyone or carry an amount of nothing.
const Migration& schemaVersion7() {
    static const Migration migration{
        7,
        "each party's alternatives (BATNA, WATNA) and confidential bottom lines",
        {
            R"(CREATE TABLE alternatives (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    party_no BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('batna', 'watna')),
    description TEXT NOT NULL,
    value_minor BIGINT,
    value_currency TEXT,
    likelihood_percent INTEGER NOT NULL CHECK (likelihood_percent BETWEEN 0 AND 100),
    visibility TEXT NOT NULL CHECK (visibility IN ('party-and-mediator', 'mediator-only')),
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, party_no) REFERENCES parties (case_id, no),
    CHECK ((value_minor IS NULL) = (value_currency IS NULL))
))",
            R"(CREATE TABLE bottom_lines (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    no BIGINT NOT NULL CHECK (no >= 1),
    party_no BIGINT NOT NULL,
    stance TEXT NOT NULL CHECK (stance IN ('pays-at-most', 'accepts-at-least')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    amount_currency TEXT NOT NULL,
    session_no BIGINT,
    given_on TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (case_id, no),
    FOREIGN KEY (case_id, party_no) REFERENCES parties (case_id, no),
    FOREIGN KEY (case_id, session_no) REFERENCES mediation_sessions (case_id, no)
))",
        },
    };
    return migration;
}

}  // namespace cg::store
