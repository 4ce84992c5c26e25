// Readers for a party's bargaining position: its alternatives to an agreement
// (BATNA, WATNA) and the confidential bottom lines it gave in caucus. Both
// sections are optional, so files written before them still read (format 1).
#include "exchange/record_readers.h"

namespace cg::exchange {

namespace {

const ElementShape kAlternativeShape{{{"id", true},
                                      {"party", true},
                                      {"kind", true},
                                      {"value", false},
                                      {"currency", false},
                                      {"likelihood", true},
                                      {"visibility", true}},
                                     {{"description", Occurs::One}}};

const ElementShape kBottomLineShape{{{"id", true},
                                     {"party", true},
                                     {"stance", true},
                                     {"amount", true},
                                     {"currency", true},
                                     {"session", false},
                                     {"given-on", true}},
                                    {{"note", Occurs::Optional}}};

}  // namespace

domain::Alternative readAlternative(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "alternative", kAlternativeShape);
    domain::Alternative alternative;
    alternative.no = no;
    alternative.partyNo = reading.link(el, "party", "party");
    alternative.kind = el.enumValue<domain::AlternativeKind>("kind");
    alternative.value = el.optionalMoney("value", "currency");
    const std::int64_t likelihood = el.wholeNumber("likelihood");
    if (likelihood < 0 || likelihood > 100)
        el.failAt("likelihood", "likelihood " + std::to_string(likelihood) + " is outside 0 to 100 per cent");
    alternative.likelihoodPercent = static_cast<int>(likelihood);
    alternative.visibility = el.enumValue<domain::Visibility>("visibility");
    if (alternative.visibility == domain::Visibility::Everyone)
        el.failAt("visibility", "visibility 'everyone' is not allowed for an alternative; it is seen by its party "
                                "and the mediator (party-and-mediator) or by the mediator alone (mediator-only)");
    alternative.description = el.childText("description");
    return alternative;
}

domain::BottomLine readBottomLine(pugi::xml_node node, CaseFileReading& reading) {
    const auto [no, el] = reading.record(node, "bottom-line", kBottomLineShape);
    domain::BottomLine bottomLine;
    bottomLine.no = no;
    bottomLine.partyNo = reading.link(el, "party", "party");
    bottomLine.stance = el.enumValue<domain::BottomLineStance>("stance");
    bottomLine.amount = el.money("amount", "currency");
    bottomLine.sessionNo = reading.optionalLink(el, "session", "session");
    bottomLine.givenOn = el.date("given-on");
    bottomLine.note = el.childText("note");
    return bottomLine;
}

}  // namespace cg::exchange
