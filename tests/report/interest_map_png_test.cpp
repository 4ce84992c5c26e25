// The interest map as PNG: a real PNG of the size asked for, drawn (not a
// blank page), in the category colours, at twice the map's size by default.
#include <boost/test/unit_test.hpp>
#include <cairo.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "domain/common_ground/interest_map.h"
#include "domain/common_ground/interest_map_palette.h"
#include "report/font_book.h"
#include "report/interest_map_png.h"
#include "support/case_builder.h"

using namespace cg;
using namespace cg::domain;
using namespace cg::report;
using namespace cg::testing;

namespace {

CaseRecord twoPartyCase() {
    CaseBuilder builder("CG-2026-0042", "Zahnarztpraxis Müller v. Ελληνική Α.Ε.");
    builder.withParty("Zahnarztpraxis Müller").withParty("Ελληνική Α.Ε.", PartyRole::Respondent);
    builder.withInterest(1, "Recover the lost revenue").withInterest(2, "Keep the regulator away");
    builder.withClaim(1, 2, "did not patch the VPN");
    CaseRecord record = builder.build();
    record.interests[0].category = InterestCategory::Financial;
    record.interests[1].category = InterestCategory::Regulatory;
    return record;
}

struct Picture {
    int width = 0;
    int height = 0;
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface{nullptr, cairo_surface_destroy};

    // How many pixels are this "#RRGGBB" colour, give or take the antialiasing.
    int count(std::string_view hex) const {
        const auto want = std::strtoul(std::string(hex.substr(1)).c_str(), nullptr, 16);
        const unsigned char* data = cairo_image_surface_get_data(surface.get());
        const int stride = cairo_image_surface_get_stride(surface.get());
        int n = 0;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const auto pixel = *reinterpret_cast<const std::uint32_t*>(data + y * stride + x * 4);
                const auto near = [&](int shift) {
                    return std::abs(static_cast<int>((pixel >> shift) & 0xFF) -
                                    static_cast<int>((want >> shift) & 0xFF)) <= 2;
                };
                if (near(16) && near(8) && near(0)) ++n;
            }
        return n;
    }
    int nonWhite() const { return width * height - count("#FFFFFF"); }
};

Picture decode(const std::string& png) {
    struct Reader {
        const std::string* bytes;
        std::size_t at = 0;
    } reader{&png};
    Picture p;
    p.surface.reset(cairo_image_surface_create_from_png_stream(
        [](void* closure, unsigned char* data, unsigned int length) {
            auto* r = static_cast<Reader*>(closure);
            if (r->bytes->size() - r->at < length) return CAIRO_STATUS_READ_ERROR;
            r->bytes->copy(reinterpret_cast<char*>(data), length, r->at);
            r->at += length;
            return CAIRO_STATUS_SUCCESS;
        },
        &reader));
    BOOST_REQUIRE(cairo_surface_status(p.surface.get()) == CAIRO_STATUS_SUCCESS);
    p.width = cairo_image_surface_get_width(p.surface.get());
    p.height = cairo_image_surface_get_height(p.surface.get());
    return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InterestMapPng)

BOOST_AUTO_TEST_CASE(thePictureIsAPngTwiceTheMapsSize) {
    const InterestMapLayout layout = layoutInterestMap(twoPartyCase(), Audience::mediator(), 1200, 900);
    const std::string png = interestMapPng(layout);
    BOOST_TEST(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    const Picture picture = decode(png);
    BOOST_TEST(picture.width == 2400);
    BOOST_TEST(picture.height == 1800);
}

BOOST_AUTO_TEST_CASE(theScaleSetsThePixelSize) {
    const InterestMapLayout layout = layoutInterestMap(twoPartyCase(), Audience::mediator(), 1200, 900);
    const Picture picture = decode(interestMapPng(layout, 0.5));
    BOOST_TEST(picture.width == 600);
    BOOST_TEST(picture.height == 450);
}

BOOST_AUTO_TEST_CASE(theCardsAreDrawnInTheirCategoryColours) {
    const InterestMapLayout layout = layoutInterestMap(twoPartyCase(), Audience::mediator(), 1200, 900);
    const Picture picture = decode(interestMapPng(layout, 1));
    // Each card has a solid 8 × 46 strip in its colour, and the legend a
    // 14 × 14 square: at least 368 + 196 pixels.
    BOOST_TEST(picture.count(categoryColour(InterestCategory::Financial)) >= 500);
    BOOST_TEST(picture.count(categoryColour(InterestCategory::Regulatory)) >= 500);
    // No card is reputational: only its legend square is drawn.
    const int reputational = picture.count(categoryColour(InterestCategory::Reputational));
    BOOST_TEST(reputational >= 150);
    BOOST_TEST(reputational < 400);
    // Text, circles and arrows: far more than the coloured strips.
    BOOST_TEST(picture.nonWhite() > 20000);
}

BOOST_AUTO_TEST_CASE(aScaleOutOfRangeIsRefused) {
    const InterestMapLayout layout = layoutInterestMap(twoPartyCase(), Audience::mediator(), 1200, 900);
    BOOST_CHECK_EXCEPTION(interestMapPng(layout, 0), MapImageError, [](const MapImageError& e) {
        return std::string(e.what()) == "interest map PNG: the scale must be above 0 and at most 8, not 0.000000";
    });
    BOOST_CHECK_THROW(interestMapPng(layout, 9), MapImageError);
}

BOOST_AUTO_TEST_CASE(aMissingFontIsNamed) {
    const InterestMapLayout layout = layoutInterestMap(twoPartyCase(), Audience::mediator(), 1200, 900);
    ::setenv("COMMONGROUND_FONT_DIR", "/nonexistent/fonts", 1);
    std::string message;
    try {
        interestMapPng(layout);
    } catch (const FontError& e) {
        message = e.what();
    }
    ::unsetenv("COMMONGROUND_FONT_DIR");
    BOOST_TEST(message.find("/nonexistent/fonts/DejaVuSerif.ttf is missing") != std::string::npos, message);
}

BOOST_AUTO_TEST_SUITE_END()
