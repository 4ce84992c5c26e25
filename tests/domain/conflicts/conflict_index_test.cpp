#include "domain/conflicts/conflict_index.h"

#include <boost/test/unit_test.hpp>

#include "domain/errors.h"
#include "print_types.h"

using namespace cg::domain;
using namespace cg::domain::conflicts;

namespace {

// Builds the entries of a few cases: CaseNames("CG-2026-0001", "Title")
// .closedOn(...).party("…").counsel("…").
class CaseNames {
public:
    CaseNames(std::string reference, std::string title, Date openedOn = Date(2026, 1, 5)) {
        m_head.caseReference = std::move(reference);
        m_head.caseTitle = std::move(title);
        m_head.caseStatus = CaseStatus::Active;
        m_head.openedOn = openedOn;
    }
    CaseNames& closedOn(Date date) {
        m_head.caseStatus = CaseStatus::Closed;
        m_head.closedOn = date;
        for (auto& entry : m_entries) {
            entry.caseStatus = m_head.caseStatus;
            entry.closedOn = date;
        }
        return *this;
    }
    CaseNames& with(ConflictRole role, std::string name) {
        ConflictEntry entry = m_head;
        entry.role = role;
        entry.name = std::move(name);
        m_entries.push_back(std::move(entry));
        return *this;
    }
    CaseNames& party(std::string name) { return with(ConflictRole::Party, std::move(name)); }
    CaseNames& counsel(std::string name) { return with(ConflictRole::Counsel, std::move(name)); }
    CaseNames& participant(std::string name) {
        return with(ConflictRole::Participant, std::move(name));
    }
    CaseNames& mediator(std::string name) { return with(ConflictRole::Mediator, std::move(name)); }
    const std::vector<ConflictEntry>& entries() const { return m_entries; }

private:
    ConflictEntry m_head;
    std::vector<ConflictEntry> m_entries;
};

std::vector<ConflictEntry> allOf(std::initializer_list<CaseNames> cases) {
    std::vector<ConflictEntry> entries;
    for (const auto& c : cases)
        entries.insert(entries.end(), c.entries().begin(), c.entries().end());
    return entries;
}

struct ThreeCases {
    ConflictIndex index{allOf({
        CaseNames("CG-2024-0007", "Zahnarztpraxis Müller v. Kessler IT", Date(2024, 3, 1))
            .party("Zahnarztpraxis Dr. Müller PLLC")
            .party("Kessler IT Services GmbH")
            .counsel("Rebecca Lowenstein, Lowenstein Ferraro LLP")
            .mediator("Helen Achterberg")
            .closedOn(Date(2024, 11, 30)),
        CaseNames("CG-2026-0001", "Northwind Dental v. Bridgeview")
            .party("Northwind Dental LLC")
            .party("Bridgeview Managed IT Services, Inc.")
            .participant("Anna Müller (by video)")
            .mediator("Helen Achterberg"),
        CaseNames("CG-2026-0002", "Northwind Logistics v. Ελληνική Ναυτιλιακή")
            .party("Northwind Logistics Ltd")
            .party("Ελληνική Ναυτιλιακή Α.Ε.")
            .counsel("Αικατερίνη Παπαδοπούλου (Aikaterini Papadopoulou)")
            .participant("Müller GmbH"),
    })};
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(ConflictIndexSearch, ThreeCases)

BOOST_AUTO_TEST_CASE(aHitCarriesTheCaseTheRoleAndTheDates) {
    const auto hits = index.search("Zahnarztpraxis Mueller");
    BOOST_TEST_REQUIRE(hits.size() == 2u);  // and "Müller GmbH", partly
    const ConflictEntry& entry = *hits[0].entry;
    BOOST_TEST(entry.name == "Zahnarztpraxis Dr. Müller PLLC");
    BOOST_TEST(entry.caseReference == "CG-2024-0007");
    BOOST_TEST(entry.caseTitle == "Zahnarztpraxis Müller v. Kessler IT");
    BOOST_TEST(toString(entry.role) == "party");
    BOOST_TEST(entry.openedOn == Date(2024, 3, 1));
    BOOST_TEST(entry.closedOn.value() == Date(2024, 11, 30));
    BOOST_TEST(hits[0].kind == MatchKind::Exact);
    BOOST_TEST(hits[0].matchedName.empty());  // the whole name matched
}

BOOST_AUTO_TEST_CASE(closedCasesAreSearchedToo) {
    const auto hits = index.search("Kessler IT Services AG");
    BOOST_TEST_REQUIRE(hits.size() == 1u);
    BOOST_TEST(hits[0].entry->caseStatus == CaseStatus::Closed);
}

BOOST_AUTO_TEST_CASE(everyCaseOfAPersonIsListedOncePerRole) {
    const auto hits = index.search("Achterberg, Helen");
    BOOST_TEST_REQUIRE(hits.size() == 2u);
    BOOST_TEST(hits[0].entry->caseReference == "CG-2024-0007");
    BOOST_TEST(hits[1].entry->caseReference == "CG-2026-0001");
    BOOST_TEST(toString(hits[0].entry->role) == "mediator");
    BOOST_TEST(hits[0].kind == MatchKind::WordOrder);
}

BOOST_AUTO_TEST_CASE(firmsSharingACommonWordAreNotHits) {
    const auto hits = index.search("Northwind Dental");
    BOOST_TEST_REQUIRE(hits.size() == 1u);
    BOOST_TEST(hits[0].entry->name == "Northwind Dental LLC");
}

BOOST_AUTO_TEST_CASE(theStrongestMatchesComeFirst) {
    const auto hits = index.search("Anna Müller");
    BOOST_TEST_REQUIRE(hits.size() == 2u);
    BOOST_TEST(hits[0].entry->name == "Anna Müller (by video)");
    BOOST_TEST(hits[0].kind == MatchKind::Exact);
    BOOST_TEST(hits[1].entry->name == "Müller GmbH");
    BOOST_TEST(hits[1].kind == MatchKind::Partial);
}

BOOST_AUTO_TEST_CASE(aSingleWordFindsEveryNameContainingIt) {
    const auto hits = index.search("Northwind");
    BOOST_TEST(hits.size() == 2u);
    for (const auto& hit : hits) BOOST_TEST(hit.kind == MatchKind::Partial);
}

BOOST_AUTO_TEST_CASE(aNearSpellingIsFoundThroughTheIndex) {
    const auto hits = index.search("Bridgeveiw Managed IT Services");
    BOOST_TEST_REQUIRE(hits.size() == 1u);
    BOOST_TEST(hits[0].kind == MatchKind::Spelling);
}

BOOST_AUTO_TEST_CASE(aCounselsFirmIsFoundAndNamedAsThePartThatMatched) {
    const auto byFirm = index.search("Lowenstein & Ferraro");
    BOOST_TEST_REQUIRE(byFirm.size() == 1u);
    BOOST_TEST(byFirm[0].matchedName == "Lowenstein Ferraro LLP");
    const auto byPerson = index.search("Rebecca Lowenstein");
    BOOST_TEST_REQUIRE(byPerson.size() == 1u);
    BOOST_TEST(byPerson[0].matchedName == "Rebecca Lowenstein");
    BOOST_TEST(byPerson[0].kind == MatchKind::Exact);
}

BOOST_AUTO_TEST_CASE(greekNamesAreFoundByTheirTransliteration) {
    const auto party = index.search("Elliniki Naftiliaki S.A.");
    BOOST_TEST_REQUIRE(party.size() == 1u);
    BOOST_TEST(party[0].entry->caseReference == "CG-2026-0002");
    const auto counsel = index.search("Papadopoulou Aikaterini");
    BOOST_TEST_REQUIRE(counsel.size() == 1u);
    BOOST_TEST(toString(counsel[0].entry->role) == "counsel");
    BOOST_TEST(counsel[0].matchedName.empty());  // the Greek text itself matched
    const auto misspelt = index.search("Aikaterini Papadopulou");
    BOOST_TEST_REQUIRE(misspelt.size() == 1u);
    BOOST_TEST(misspelt[0].kind == MatchKind::Spelling);
}

BOOST_AUTO_TEST_CASE(anUmlautWrittenWithoutItsEIsNotTheSameAsWrittenOut) {
    const ConflictIndex spellings(allOf({CaseNames("CG-2026-0010", "Muller v. Müller")
                                             .party("Hans Muller")
                                             .party("Hans Müller")}));
    const auto hits = spellings.search("Hans Mueller");
    BOOST_TEST_REQUIRE(hits.size() == 2u);
    BOOST_TEST(hits[0].entry->name == "Hans Müller");
    BOOST_TEST(hits[0].kind == MatchKind::Exact);
    BOOST_TEST(hits[1].entry->name == "Hans Muller");
    BOOST_TEST(hits[1].kind == MatchKind::Spelling);
}

BOOST_AUTO_TEST_CASE(anUnknownNameHasNoHits) {
    BOOST_TEST(index.search("Great Lakes Specialty Insurance").empty());
}

BOOST_AUTO_TEST_CASE(aSearchWithoutLettersIsRefusedWithAReason) {
    BOOST_CHECK_EXCEPTION(index.search(" — / "), ValidationError, [](const ValidationError& e) {
        return std::string(e.what()).find("no letters or digits") != std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(theIndexCountsItsCasesAndNames) {
    BOOST_TEST(index.caseCount() == 3u);
    BOOST_TEST(index.entries().size() == 12u);
}

BOOST_AUTO_TEST_SUITE_END()
