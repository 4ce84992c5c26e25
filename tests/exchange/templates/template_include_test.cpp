// <include> pulls a clause-library file in place, keeping its own file name
// and lines; problems in it are reported there, with the include named.
#include "templates/template_fixture.h"

using namespace cg::testing;

BOOST_AUTO_TEST_SUITE(ClauseLibraryInclude)

BOOST_AUTO_TEST_CASE(includedNodesReplaceTheIncludeAndKeepTheirLines) {
    ClauseLibrary library;
    library.with("release", "<clause title=\"Release\">\n  <p>Each Party releases <field name=\"case.title\"/>.</p>\n</clause>");
    const auto t = readTemplate(templateWithBody("<section title=\"R\">\n<include clause=\"release\"/>\n</section>"),
                                library.path());
    const auto& section = onlyNode<dd::SectionNode>(t.body);
    const auto& clause = onlyNode<dd::ClauseNode>(section.children);
    BOOST_TEST(section.children.front().where.file == library.fileOf("release"));
    BOOST_TEST(section.children.front().where.line == 3);
    BOOST_TEST(clause.children.front().where.line == 4);
    BOOST_TEST(plainText(std::get<dd::ParagraphNode>(clause.children.front().content).text) ==
               "Each Party releases {case.title}.");
}

BOOST_AUTO_TEST_CASE(missingClauseFileNamesThePath) {
    ClauseLibrary library;
    const auto e = readError(templateWithBody("<section title=\"R\">\n<include clause=\"mutual-release\"/>\n</section>"),
                             library.path());
    BOOST_TEST(e.file() == "test.xml");
    BOOST_TEST(e.line() == kFirstBodyLine + 1);
    BOOST_TEST(e.column() == 10);
    BOOST_TEST(mentions(e, "the clause-library file " + library.fileOf("mutual-release") + " does not exist"));
}

BOOST_AUTO_TEST_CASE(errorInsideAClauseFileNamesThatFileAndTheInclude) {
    ClauseLibrary library;
    library.with("release", "<clause>\n  <p>Paid by <field name=\"term.payer\"/></p>\n</clause>");
    const auto e = readError(templateWithBody("<section title=\"R\">\n<include clause=\"release\"/>\n</section>"),
                             library.path());
    BOOST_TEST(e.file() == library.fileOf("release"));
    BOOST_TEST(e.line() == 4);
    BOOST_TEST(e.column() == 21);
    BOOST_TEST(mentions(e, "'term.payer' is used outside a repetition over accepted-terms (included from test.xml:5:1)"));
}

BOOST_AUTO_TEST_CASE(clauseFileSyntaxErrorIsReportedInThatFile) {
    ClauseLibrary library;
    library.with("release", "<clause>\n  <p>unclosed\n</clause>");
    const auto e = readError(templateWithBody("<section title=\"R\"><include clause=\"release\"/></section>"),
                             library.path());
    BOOST_TEST(e.file() == library.fileOf("release"));
    BOOST_TEST(e.line() == 4);
    BOOST_TEST(mentions(e, "<p> is not closed"));
}

BOOST_AUTO_TEST_CASE(includeCycleIsRefusedWithItsPath) {
    ClauseLibrary library;
    library.with("a", "<include clause=\"b\"/>").with("b", "<p>b</p>\n<include clause=\"a\"/>");
    const auto e = readError(templateWithBody("<include clause=\"a\"/>"), library.path());
    BOOST_TEST(e.file() == library.fileOf("b"));
    BOOST_TEST(e.line() == 4);
    BOOST_TEST(mentions(e, "include cycle a -> b -> a"));
}

BOOST_AUTO_TEST_CASE(clauseNameMustMatchItsFile) {
    ClauseLibrary library;
    writeBytes(library.fileOf("release"), clauseFile("releases", "<p>x</p>"));
    const auto e = readError(templateWithBody("<include clause=\"release\"/>"), library.path());
    BOOST_TEST(e.file() == library.fileOf("release"));
    BOOST_TEST(e.line() == 2);
    BOOST_TEST(mentions(e, "is named 'releases' but the file is release.xml"));
}

BOOST_AUTO_TEST_CASE(clauseNameCannotLeaveTheLibrary) {
    ClauseLibrary library;
    const auto e = readError(templateWithBody("<include clause=\"../secrets\"/>"), library.path());
    BOOST_TEST(mentions(e, "'../secrets' is not a clause name"));
}

BOOST_AUTO_TEST_CASE(missingTemplateFileNamesItsPath) {
    ClauseLibrary library;
    const std::string missing = (library.path() / "no-such-template.xml").string();
    try {
        cg::exchange::readDocumentTemplate(missing, library.path());
        BOOST_FAIL("a missing template was read");
    } catch (const cg::exchange::ImportError& e) {
        BOOST_TEST(e.file() == missing);
        BOOST_TEST(e.line() == 0);
        BOOST_TEST(mentions(e, "document template '" + missing + "' does not exist"));
    }
}

BOOST_AUTO_TEST_SUITE_END()
