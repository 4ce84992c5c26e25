// worksheet, matrix, exposure, map: the views that move a negotiation from blame to
// common ground. Each loads the case, passes it through the audience filter
// first (domain/common_ground/audience.h) and renders only what is left.
#include <ostream>

#include "cli/catalog_location.h"
#include "cli/command_context.h"
#include "cli/command_registry.h"
#include "cli/view_exposure.h"
#include "cli/view_matrix.h"
#include "cli/view_output.h"
#include "cli/view_worksheet.h"
#include "exchange/atomic_file_write.h"
#include "report/interest_map_png.h"
#include "report/interest_map_svg.h"
#include "store/case_repository.h"

namespace cg::cli {

namespace {

using namespace domain;

struct AudienceView {
    Audience audience;
    CaseRecord visible;
};

AudienceView loadFor(CommandContext& context, const ParsedArgs& args) {
    const CaseRecord record = store::CaseRepository(context.database()).load(args.positional(0));
    const Audience audience = audienceFrom(args, record);
    return {audience, visibleTo(record, audience)};
}

const char* kAudienceDetails =
    "Every output passes through the audience filter: a party audience never sees another\n"
    "party's confidential interests, caucus sessions or caucus offers, and no party audience\n"
    "ever sees a bottom line; 'all' sees only what every party may see.";

Command worksheetCommand() {
    Command c;
    c.name = "worksheet";
    c.summary = "the shared-interest worksheet per blame claim and each party's preparation sheet";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {audienceOption(), formatOptionWithXml()};
    c.details = std::string(kAudienceDetails) +
                "\nShared interests the mediator has not linked to the claim are marked 'suggested'\n"
                "(same category, overlapping wording) until confirmed. Each preparation sheet holds\n"
                "the party's own BATNA and WATNA (value, likelihood), not the mediator's estimates.\n"
                "--format xml writes <worksheet> with a <claim> per row and a <preparation-sheet>\n"
                "per party.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const ViewFormat format = formatFrom(args, true);
        const auto [audience, visible] = loadFor(context, args);
        const WorksheetView view = buildWorksheetView(visible, audience);
        if (format == ViewFormat::Csv)
            printWorksheetCsv(context.out(), visible, view);
        else if (format == ViewFormat::Xml)
            printWorksheetXml(context.out(), visible, audience, view);
        else
            printWorksheetText(context.out(), visible, audience, view);
        return 0;
    };
    return c;
}

Command matrixCommand() {
    Command c;
    c.name = "matrix";
    c.summary = "the responsibility matrix (failed controls × parties) and negligence elements per claim";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {audienceOption(), formatOption()};
    c.details = kAudienceDetails;
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const ViewFormat format = formatFrom(args);
        const auto [audience, visible] = loadFor(context, args);
        const MatrixView view = buildMatrixView(visible);
        if (format == ViewFormat::Csv)
            printMatrixCsv(context.out(), view);
        else
            printMatrixText(context.out(), visible, audience, view);
        return 0;
    };
    return c;
}

Command exposureCommand() {
    Command c;
    c.name = "exposure";
    c.summary = "losses, liability caps, insurance gaps, each side's range, offers and a fault what-if";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {audienceOption(), formatOption(),
                 {"fault", "PERCENT", "claimant's share of fault for the what-if under each fault regime, e.g. 30"},
                 {"catalogs", "DIR", "reference catalog folder whose fault regimes the what-if applies "
                                     "(default $COMMONGROUND_DATA_DIR/catalogs)"},
                 {"carve-out", "", "what-if: a carve-out applies, so no cap or exclusion limits recovery"}};
    c.details = std::string(kAudienceDetails) +
                "\nThe fault what-if applies every regime of the catalogs' fault-regimes files, so a\n"
                "regime a firm adds there appears without recompiling. For --audience mediator (the\n"
                "default) each pair's latest confidential bottom lines are compared: overlap or gap.\n"
                "Amounts are in the case's currency. Nothing here is legal advice.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const ViewFormat format = formatFrom(args);
        ExposureOptions options;
        options.carveOutAsserted = args.flag("carve-out");
        if (const auto fault = args.optional("fault")) {
            options.claimantFaultBasisPoints = parsePercentBasisPoints(*fault, "--fault");
            const std::string folder = catalogFolder(args.optional("catalogs"));
            options.faultRegimes = loadCatalogs(context, folder).catalogs.faultRegimes;
            if (options.faultRegimes.empty())
                throw domain::NotFound("the reference catalogs in " + folder +
                                       " hold no fault-allocation regime, which the --fault what-if applies; "
                                       "check fault-regimes.xml there (commonground-cli catalog check)");
        } else if (args.has("catalogs")) {
            throw UsageError("--catalogs goes with --fault: only the fault what-if reads the catalogs");
        }
        const auto [audience, visible] = loadFor(context, args);
        const Exposure exposure = buildExposure(visible, options);
        if (format == ViewFormat::Csv)
            printExposureCsv(context.out(), audience, exposure);
        else
            printExposureText(context.out(), visible, audience, exposure);
        return 0;
    };
    return c;
}

// The canvas the map starts from; a case with many interests grows it.
constexpr double kMapWidth = 1600;
constexpr double kMapHeight = 1100;

enum class MapFormat { Svg, Png };

// The format follows the file's extension, in either case.
MapFormat mapFormatOf(const std::string& out) {
    if (out.ends_with(".svg") || out.ends_with(".SVG")) return MapFormat::Svg;
    if (out.ends_with(".png") || out.ends_with(".PNG")) return MapFormat::Png;
    throw UsageError("--out: '" + out + "' must end in .svg or .png");
}

Command mapCommand() {
    Command c;
    c.name = "map";
    c.summary = "the interest map: parties, interest cards, blame arrows and the common ground, as SVG or PNG";
    c.positionals = "REF";
    c.minPositionals = c.maxPositionals = 1;
    c.options = {audienceOption(),
                 {"out", "FILE.svg|FILE.png", "where to write the map; the format follows the extension (mode 0600)",
                  true}};
    c.details = std::string(kAudienceDetails) +
                "\nThe title names the audience, so a handout cannot be mistaken for the mediator's copy.\n"
                "SVG 1.1 scales to any size; the PNG is drawn at twice the map's size (3200 pixels wide\n"
                "for a small case), sharp enough to print.";
    c.run = [](CommandContext& context, const ParsedArgs& args) {
        const std::string out = args.value("out");
        const MapFormat format = mapFormatOf(out);
        const CaseRecord record = store::CaseRepository(context.database()).load(args.positional(0));
        const Audience audience = audienceFrom(args, record);
        const InterestMapLayout layout = layoutInterestMap(record, audience, kMapWidth, kMapHeight);
        exchange::writeFileAtomically(
            out, format == MapFormat::Svg ? report::interestMapSvg(layout) : report::interestMapPng(layout));
        context.out() << "Wrote the interest map of " << record.head.reference << " for " << audience.describe(record)
                      << " to " << out << " (" << layout.cards.size() << " interests, " << layout.arrows.size()
                      << " claims, " << layout.commonGround.entries.size() << " shared).\n";
        return 0;
    };
    return c;
}

}  // namespace

void registerCommonGroundCommands(CommandRegistry& registry) {
    registry.add(worksheetCommand());
    registry.add(matrixCommand());
    registry.add(exposureCommand());
    registry.add(mapCommand());
}

}  // namespace cg::cli
