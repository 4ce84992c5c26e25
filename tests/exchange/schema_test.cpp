// data/schema/cgcase.xsd describes exactly what the writer produces, with
// the domain's vocabularies, and refuses what the format forbids.
#include <boost/test/unit_test.hpp>
#include <map>
#include <pugixml.hpp>

#include "case_file_texts.h"
#include "domain/vocabulary.h"
#include "exchange/case_file.h"
#include "exchange_case.h"
#include "support/temp_dir.h"
#include "support/xmllint.h"

using namespace cg;
using boost::unit_test::precondition;
using testing::checkAgainstSchema;
using testing::kValidCaseFile;
using testing::replaced;
using testing::XmllintInstalled;

namespace {

// xmllint on the text, written to a scoped temporary file.
testing::XmllintResult checkText(const std::string& xml) {
    testing::ScopedTempDir dir;
    testing::writeBytes(dir.file("case.cgcase"), xml);
    return checkAgainstSchema(dir.file("case.cgcase"));
}

// simpleType name -> its enumeration values, from the XSD itself.
std::map<std::string, std::vector<std::string>> schemaEnumerations() {
    pugi::xml_document xsd;
    BOOST_REQUIRE_MESSAGE(xsd.load_file(testing::kCaseFileSchema.c_str()), "cannot read " << testing::kCaseFileSchema);
    std::map<std::string, std::vector<std::string>> enumerations;
    for (pugi::xml_node type : xsd.document_element().children("xs:simpleType"))
        for (pugi::xml_node value : type.child("xs:restriction").children("xs:enumeration"))
            enumerations[type.attribute("name").value()].push_back(value.attribute("value").value());
    return enumerations;
}

template <typename E>
std::vector<std::string> vocabulary() {
    std::vector<std::string> names;
    for (std::string_view name : domain::allNames<E>()) names.emplace_back(name);
    return names;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CaseFileSchema)

BOOST_AUTO_TEST_CASE(everyEnumerationMatchesTheDomainVocabulary) {
    const auto xsd = schemaEnumerations();
    const std::map<std::string, std::vector<std::string>> domainNames{
        {"caseStatus", vocabulary<domain::CaseStatus>()},
        {"partyKind", vocabulary<domain::PartyKind>()},
        {"partyRole", vocabulary<domain::PartyRole>()},
        {"coverKind", vocabulary<domain::CoverKind>()},
        {"interestCategory", vocabulary<domain::InterestCategory>()},
        {"visibility", vocabulary<domain::Visibility>()},
        {"sourceDocument", vocabulary<domain::SourceDocument>()},
        {"clauseKind", vocabulary<domain::ClauseKind>()},
        {"capBasis", vocabulary<domain::CapBasis>()},
        {"factCategory", vocabulary<domain::FactCategory>()},
        {"dataType", vocabulary<domain::DataType>()},
        {"factStanding", vocabulary<domain::FactStanding>()},
        {"claimBasis", vocabulary<domain::ClaimBasis>()},
        {"optionKind", vocabulary<domain::OptionKind>()},
        {"optionStatus", vocabulary<domain::OptionStatus>()},
        {"sessionKind", vocabulary<domain::SessionKind>()},
        {"offerStatus", vocabulary<domain::OfferStatus>()},
        {"lossCategory", vocabulary<domain::LossCategory>()},
        {"damagesType", vocabulary<domain::DamagesType>()},
        {"caseOutcome", vocabulary<domain::CaseOutcome>()},
        {"participantRole", vocabulary<domain::ParticipantRole>()},
        {"timeActivity", vocabulary<domain::TimeActivity>()},
        {"feeBasis", vocabulary<domain::FeeBasis>()},
        {"alternativeKind", vocabulary<domain::AlternativeKind>()},
        {"bottomLineStance", vocabulary<domain::BottomLineStance>()},
        // The visibilities an alternative may have: all but everyone.
        {"alternativeVisibility", {"party-and-mediator", "mediator-only"}},
        {"flag", {"true", "false"}},
    };
    for (const auto& [type, names] : domainNames) {
        BOOST_TEST_CONTEXT("simpleType " << type) {
            BOOST_TEST(xsd.count(type) == 1u);
            if (xsd.count(type)) BOOST_TEST(xsd.at(type) == names, boost::test_tools::per_element());
        }
    }
    BOOST_TEST(xsd.size() == domainNames.size(), "an enumeration in the XSD has no vocabulary in the domain");
}

BOOST_AUTO_TEST_CASE(aFullExportValidates, *precondition(XmllintInstalled())) {
    testing::ScopedTempDir dir;
    exchange::writeCaseFile(testing::fullCaseInEveryScript(), dir.file("full.cgcase"));
    const auto result = checkAgainstSchema(dir.file("full.cgcase"));
    BOOST_TEST(result.exitCode == 0, result.output);
}

BOOST_AUTO_TEST_CASE(theReferenceFileValidates, *precondition(XmllintInstalled())) {
    const auto result = checkText(kValidCaseFile);
    BOOST_TEST(result.exitCode == 0, result.output);
}

BOOST_AUTO_TEST_CASE(anUnknownRoleIsInvalid, *precondition(XmllintInstalled())) {
    const auto result = checkText(replaced(kValidCaseFile, "role=\"claimant\"", "role=\"judge\""));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("'judge' is not an element of the set") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_CASE(aDateNotOnTheCalendarIsInvalid, *precondition(XmllintInstalled())) {
    const auto result = checkText(replaced(kValidCaseFile, "occurred-on=\"2026-01-03\"", "occurred-on=\"2026-02-30\""));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("'2026-02-30' is not a valid value") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_CASE(aMalformedIdIsInvalid, *precondition(XmllintInstalled())) {
    const auto result = checkText(replaced(kValidCaseFile, "id=\"party-2\"", "id=\"party-x\""));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("'party-x' is not accepted by the pattern") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_CASE(aDuplicateIdIsInvalid, *precondition(XmllintInstalled())) {
    const auto result = checkText(replaced(kValidCaseFile, "id=\"party-2\"", "id=\"party-1\""));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("Duplicate key-sequence ['party-1']") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_CASE(aLinkToAMissingFactIsInvalid, *precondition(XmllintInstalled())) {
    const auto result = checkText(replaced(kValidCaseFile, "ref=\"fact-1\"", "ref=\"fact-9\""));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("No match found for key-sequence ['fact-9']") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_CASE(aMissingSectionIsInvalid, *precondition(XmllintInstalled())) {
    const auto result = checkText(replaced(kValidCaseFile, "  <clauses/>\n", ""));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("Expected is ( {urn:commonground:case-file:1}clauses )") != std::string::npos,
               result.output);
}

BOOST_AUTO_TEST_CASE(aFeeShareAboveAHundredPercentIsInvalid, *precondition(XmllintInstalled())) {
    const std::string full = exchange::writeCaseFileText(testing::fullCaseInEveryScript());
    const auto result = checkText(replaced(full, "percent=\"60\"", "percent=\"160\""));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("'160' is not accepted by the pattern") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_CASE(anExhibitLinkToAMissingClaimIsInvalid, *precondition(XmllintInstalled())) {
    const std::string full = exchange::writeCaseFileText(testing::fullCaseInEveryScript());
    const auto result = checkText(replaced(full, "<claim-ref ref=\"claim-2\"/>", "<claim-ref ref=\"claim-9\"/>"));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("No match found for key-sequence ['claim-9']") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_CASE(anUnknownTimeActivityIsInvalid, *precondition(XmllintInstalled())) {
    const std::string full = exchange::writeCaseFileText(testing::fullCaseInEveryScript());
    const auto result = checkText(replaced(full, "activity=\"drafting\"", "activity=\"lunch\""));
    BOOST_TEST(result.exitCode != 0);
    BOOST_TEST(result.output.find("'lunch' is not an element of the set") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_SUITE_END()
