// data/schema/document-template.xsd accepts every template and clause file
// CommonGround ships, refuses a broken one, and lists the same fields as
// the field catalogue the reader checks against.
#include <filesystem>
#include <regex>
#include <set>

#include "domain/documents/field_catalogue.h"
#include "support/process.h"
#include "support/xmllint.h"
#include "templates/template_fixture.h"

using namespace cg::testing;

namespace {

const std::string kTemplateSchema = std::string(CG_SOURCE_DIR) + "/data/schema/document-template.xsd";

XmllintResult checkAgainstTemplateSchema(const std::string& path) {
    const ProcessResult r = runProcess({"xmllint", "--noout", "--schema", kTemplateSchema, path});
    return {r.exitCode, r.err + r.out};
}

std::vector<std::filesystem::path> shippedFiles() {
    std::vector<std::filesystem::path> files;
    for (const auto& dir : {kReportsDir, kShippedClauses})
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.path().extension() == ".xml") files.push_back(entry.path());
    return files;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(TemplateSchema)

BOOST_AUTO_TEST_CASE(everyShippedTemplateAndClauseFileIsValid, *boost::unit_test::precondition(XmllintInstalled())) {
    const auto files = shippedFiles();
    BOOST_TEST(files.size() >= 15u);  // two templates and the thirteen standard clauses
    for (const auto& file : files) {
        const XmllintResult r = checkAgainstTemplateSchema(file.string());
        BOOST_TEST(r.exitCode == 0, file.filename().string() << ": " << r.output);
    }
}

BOOST_AUTO_TEST_CASE(templateWithAnUnknownFieldIsInvalid, *boost::unit_test::precondition(XmllintInstalled())) {
    ScopedTempDir dir;
    writeBytes(dir.file("bad.xml"), templateWithBody("<p><field name=\"party.nmae\"/></p>"));
    const XmllintResult r = checkAgainstTemplateSchema(dir.file("bad.xml"));
    BOOST_TEST(r.exitCode != 0);
    BOOST_TEST(r.output.find("party.nmae") != std::string::npos, r.output);
}

BOOST_AUTO_TEST_CASE(schemaListsExactlyTheFieldCatalogue) {
    const std::string xsd = readBytes(kTemplateSchema);
    const std::regex enumeration("<xs:enumeration value=\"([a-z]+\\.[A-Za-z]+)\"/>");
    std::set<std::string> inSchema;
    for (auto it = std::sregex_iterator(xsd.begin(), xsd.end(), enumeration); it != std::sregex_iterator(); ++it)
        inSchema.insert((*it)[1]);
    std::set<std::string> inCatalogue;
    for (const auto& field : cg::domain::documents::fieldCatalogue()) inCatalogue.insert(std::string(field.path));
    BOOST_TEST(inSchema == inCatalogue, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
