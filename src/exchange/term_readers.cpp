#include "exchange/term_readers.h"

#include "exchange/case_file_reading.h"

namespace cg::exchange {

namespace {

const ElementShape kInstalmentShape{
    {{"due-on", true}, {"amount", true}, {"currency", true}}, {}, Content::Nothing};

const ElementShape kRenderedTermShape{{{"option", true},
                                       {"kind", true},
                                       {"status", true},
                                       {"amount", false},
                                       {"currency", false},
                                       {"payer", false},
                                       {"payee", false},
                                       {"due-on", false}},
                                      {{"description", Occurs::One},
                                       {"interest-ref", Occurs::Many},
                                       {"instalment", Occurs::Many}}};

const ElementShape kPastRefShape{{{"ref", true}}, {}, Content::Nothing};

// "party-2" as it was written, checked for form only.
domain::RecordNo pastNumber(const ElementReader& el, std::string_view attribute, std::string_view kind) {
    const auto no = parseRecordId(el.attribute(attribute), kind);
    if (!no)
        el.failAt(attribute, std::string(attribute) + " '" + std::string(el.attribute(attribute)) +
                                 "' is not of the form " + std::string(kind) + "-N");
    return *no;
}

domain::OptionalNo optionalPastNumber(const ElementReader& el, std::string_view attribute, std::string_view kind) {
    if (!el.has(attribute)) return std::nullopt;
    return pastNumber(el, attribute, kind);
}

}  // namespace

std::vector<domain::Instalment> readInstalments(const ElementReader& term) {
    std::vector<domain::Instalment> instalments;
    for (pugi::xml_node node : term.children("instalment")) {
        const ElementReader el(node, kInstalmentShape, term.source(),
                               term.subject() + " <instalment> " + std::to_string(instalments.size() + 1));
        instalments.push_back({el.date("due-on"), el.money("amount", "currency")});
    }
    return instalments;
}

domain::SettlementOption readRenderedTerm(pugi::xml_node node, const ElementReader& draft) {
    const ElementReader el(node, kRenderedTermShape, draft.source(), draft.subject() + " <rendered-term>");
    domain::SettlementOption term;
    term.no = pastNumber(el, "option", "option");
    term.kind = el.enumValue<domain::OptionKind>("kind");
    term.status = el.enumValue<domain::OptionStatus>("status");
    term.amount = el.optionalMoney("amount", "currency");
    term.payerNo = optionalPastNumber(el, "payer", "party");
    term.payeeNo = optionalPastNumber(el, "payee", "party");
    term.dueOn = el.optionalDate("due-on");
    term.description = el.childText("description");
    for (pugi::xml_node ref : el.children("interest-ref")) {
        const ElementReader refEl(ref, kPastRefShape, draft.source(), el.subject() + " <interest-ref>");
        term.interestNos.push_back(pastNumber(refEl, "ref", "interest"));
    }
    term.instalments = readInstalments(el);
    return term;
}

}  // namespace cg::exchange
