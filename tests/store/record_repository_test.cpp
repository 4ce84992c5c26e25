// Each kind of record through its repository: read back as stored, changed
// with an audited diff, added with the next number, removed.
#include "store/record_repository.h"

#include <boost/test/unit_test.hpp>

#include "store/audit_trail.h"
#include "store/case_repository.h"
#include "store_fixture.h"
#include "support/case_differences.h"
#include "support/full_case.h"

using namespace cg::store;
using namespace cg::domain;
using cg::testing::StoreFixture;

namespace {

const std::string kRef = "CG-2026-0001";

// A case record holding only `records`, so the case comparison can show
// which field of which record differs.
template <typename Record>
CaseRecord only(std::vector<Record> CaseRecord::*member, std::vector<Record> records) {
    CaseRecord record;
    record.*member = std::move(records);
    return record;
}

template <typename Record>
void expectSame(std::vector<Record> CaseRecord::*member, const std::vector<Record>& expected,
                const std::vector<Record>& actual) {
    const auto differences =
        cg::testing::caseDifferences(only(member, expected), only(member, actual));
    BOOST_TEST(differences.empty());
    for (const auto& difference : differences) BOOST_TEST_MESSAGE(difference);
}

// Stores the full case, then: list and get give back what was stored;
// tweaking the first record and saving it is read back and audited as
// `expectedChange`; a copy of the last record added with number 0 gets the
// next number; removing it is audited and leaves the list as it was.
template <typename Record, typename Tweak>
void exerciseRepository(std::vector<Record> CaseRecord::*member, Tweak tweak,
                        const std::string& expectedChange) {
    StoreFixture store;
    const CaseRecord original = cg::testing::fullCase(kRef);
    CaseRepository(*store.db).insert(original);
    RecordRepository<Record> repository(*store.db);
    const std::vector<Record>& stored = original.*member;

    expectSame(member, stored, repository.list(kRef));
    expectSame(member, {stored.front()}, {repository.get(kRef, stored.front().no)});

    Record changed = stored.front();
    tweak(changed);
    repository.update(kRef, changed);
    store.reopen();
    RecordRepository<Record> reopened(*store.db);
    expectSame(member, {changed}, {reopened.get(kRef, changed.no)});

    Record copy = stored.back();
    copy.no = 0;
    const RecordNo added = reopened.add(kRef, copy);
    BOOST_TEST(added == static_cast<RecordNo>(stored.size()) + 1);
    copy.no = added;
    expectSame(member, {copy}, {reopened.get(kRef, added)});

    reopened.remove(kRef, added);
    BOOST_TEST(reopened.list(kRef).size() == stored.size());

    const auto trail = AuditTrail(*store.db).forCase(kRef);
    BOOST_TEST_REQUIRE(trail.size() == 4u);  // import, update, create, delete
    BOOST_TEST(trail[1].action == "update");
    BOOST_TEST(trail[1].recordNo == changed.no);
    BOOST_TEST(trail[1].change == expectedChange);
    BOOST_TEST(trail[2].action == "create");
    BOOST_TEST(trail[2].recordNo == added);
    BOOST_TEST(trail[3].action == "delete");
    BOOST_TEST(trail[3].recordNo == added);
    BOOST_TEST(trail[3].change == trail[2].change);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(RecordRepositoryEveryKind)

BOOST_AUTO_TEST_CASE(parties) {
    exerciseRepository(
        &CaseRecord::parties,
        [](Party& p) {
            p.role = PartyRole::Respondent;
            p.sector = "Dental surgery";
            p.signatoryName = "Dr. Jürgen Müller";
            p.address.clear();
            p.covers.pop_back();
        },
        "role: claimant → respondent; sector: Dentistry → Dental surgery; signatory: Dr. Anna "
        "Müller → Dr. Jürgen Müller; address: Schloßstraße 12 80331 München → (none); insurance: "
        "cyber with "
        "Allianz policy CY-123, limit EUR 100,000.00, deductible EUR 5,000.00, crime, limit EUR "
        "0.00, deductible EUR 0.00 → cyber with Allianz policy CY-123, limit EUR 100,000.00, "
        "deductible EUR 5,000.00");
}

BOOST_AUTO_TEST_CASE(interests) {
    exerciseRepository(
        &CaseRecord::interests,
        [](Interest& i) {
            i.priority = 2;
            i.visibility = Visibility::MediatorOnly;
        },
        "priority: 1 → 2; visibility: everyone → mediator-only");
}

BOOST_AUTO_TEST_CASE(clauses) {
    exerciseRepository(
        &CaseRecord::clauses,
        [](ContractClause& c) {
            c.coveredControls = {"CIS 6.3"};
            c.cap->multiplierPercent = 300;
            c.cap->carveOuts.push_back("wilful misconduct");
        },
        "controls: CIS 6.3, NIST PR.AA → CIS 6.3; liability cap: 12 months of fees at EUR "
        "4,500.00 × 200 %, except gross negligence, breach of confidentiality → 12 months of fees "
        "at EUR 4,500.00 × 300 %, except gross negligence, breach of confidentiality, wilful "
        "misconduct");
}

BOOST_AUTO_TEST_CASE(facts) {
    exerciseRepository(
        &CaseRecord::facts,
        [](BreachFact& f) {
            f.discoveredOn.reset();
            f.dataTypes = {DataType::Credentials};
            f.standing = FactStanding::Disputed;
        },
        "discovered on: 2026-01-02 → (none); data types: phi, pii, financial-accounts → "
        "credentials; standing: agreed → disputed");
}

BOOST_AUTO_TEST_CASE(claims) {
    exerciseRepository(
        &CaseRecord::claims,
        [](BlameClaim& c) {
            c.amountClaimed.reset();
            c.factNos = {1};
        },
        "amount claimed: EUR 1,487,000.00 → (none); facts: 2, 1 → 1");
}

BOOST_AUTO_TEST_CASE(options) {
    exerciseRepository(
        &CaseRecord::options,
        [](SettlementOption& o) {
            o.status = OptionStatus::Rejected;
            o.interestNos.clear();
            o.dueOn = Date(2026, 5, 31);
            o.instalments.pop_back();
            o.instalments.back().amount = Money(60'000'00, "EUR");
        },
        "status: accepted → rejected; interests: 1, 3 → (none); due: 2026-06-30 → 2026-05-31; "
        "instalments: EUR 30,000.00 on 2026-04-30, EUR 30,000.00 on 2026-05-31, EUR 30,000.00 on "
        "2026-06-30 → EUR 30,000.00 on 2026-04-30, EUR 60,000.00 on 2026-05-31");
}

BOOST_AUTO_TEST_CASE(sessions) {
    exerciseRepository(
        &CaseRecord::sessions,
        [](MediationSession& s) {
            s.endedAt = Instant::parse("2026-02-10T17:00:00Z");
            s.participants.push_back("Jens Ohlsen");
            s.notes.clear();
        },
        "ended at: 2026-02-10T16:30:00Z → 2026-02-10T17:00:00Z; participants: Dr. Anna Müller, "
        "Kai Kessler → Dr. Anna Müller, Kai Kessler, Jens Ohlsen; notes: note 1 (everyone, "
        "2026-02-10T14:20:00Z, 19 bytes) → (none)");
}

BOOST_AUTO_TEST_CASE(offers) {
    exerciseRepository(
        &CaseRecord::offers, [](Offer& o) { o.status = OfferStatus::Withdrawn; },
        "status: countered → withdrawn");
}

BOOST_AUTO_TEST_CASE(losses) {
    exerciseRepository(
        &CaseRecord::losses, [](LossItem& l) { l.high = Money(40'000'00, "EUR"); },
        "high estimate: EUR 35,000.00 → EUR 40,000.00");
}

BOOST_AUTO_TEST_CASE(drafts) {
    exerciseRepository(
        &CaseRecord::drafts,
        [](AgreementDraft& d) {
            d.version = 3;
            d.note.clear();
            d.termSnapshot[0].instalments = {{Date(2026, 4, 30), Money(80'000'00, "EUR")}};
            d.pdfSha256.clear();
        },
        "version: 2 → 3; note: After the second caucus → (none); terms as rendered: option 1 "
        "(payment, EUR 80,000.00, due 2026-06-30), option 2 (acknowledgment) → option 1 (payment, "
        "EUR 80,000.00 in 1 instalment, due 2026-06-30), option 2 (acknowledgment); PDF SHA-256: "
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 → (none)");
}

BOOST_AUTO_TEST_SUITE_END()
