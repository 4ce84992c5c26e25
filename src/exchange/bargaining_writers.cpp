// Writers for a party's alternatives and bottom lines. Same rules as
// case_file_writer.cpp: fixed attribute order, optional values left out when
// empty. A case file is the mediator's full copy of the case, so bottom lines
// are written as they are; what a party receives has been through
// visibleTo() first, which leaves none.
#include "exchange/case_file_writing.h"

namespace cg::exchange {

void writeAlternative(XmlOutput& out, const domain::Alternative& alternative) {
    out.open("alternative",
             XmlAttributes()
                 .add("id", idOf("alternative", alternative.no))
                 .add("party", idOf("party", alternative.partyNo))
                 .add("kind", nameOf(alternative.kind))
                 .addOptional("value", alternative.value ? alternative.value->amountText() : "")
                 .addOptional("currency", alternative.value ? alternative.value->currency() : "")
                 .add("likelihood", std::to_string(alternative.likelihoodPercent))
                 .add("visibility", nameOf(alternative.visibility)));
    out.element("description", alternative.description);
    out.close();
}

void writeBottomLine(XmlOutput& out, const domain::BottomLine& bottomLine) {
    const XmlAttributes attributes = XmlAttributes()
                                         .add("id", idOf("bottom-line", bottomLine.no))
                                         .add("party", idOf("party", bottomLine.partyNo))
                                         .add("stance", nameOf(bottomLine.stance))
                                         .add("amount", bottomLine.amount.amountText())
                                         .add("currency", bottomLine.amount.currency())
                                         .addOptional("session", idOf("session", bottomLine.sessionNo))
                                         .add("given-on", bottomLine.givenOn.toString());
    if (bottomLine.note.empty()) {
        out.element("bottom-line", "", attributes);
        return;
    }
    out.open("bottom-line", attributes);
    out.element("note", bottomLine.note);
    out.close();
}

}  // namespace cg::exchange
