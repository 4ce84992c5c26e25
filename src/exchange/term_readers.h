#pragma once
// The parts of a settlement term that an option and a draft's rendered term
// share: the instalments of a payment, and the rendered term itself (a copy
// of an option as it read when the draft was made).
#include <vector>

#include <pugixml.hpp>

#include "domain/settlement_option.h"
#include "exchange/element_reader.h"

namespace cg::exchange {

// The <instalment due-on amount currency/> children of a term, in file order.
std::vector<domain::Instalment> readInstalments(const ElementReader& term);

// One <rendered-term> of a draft. Its option, payer, payee and interests are
// numbers as they were, not links: the records may have changed since.
domain::SettlementOption readRenderedTerm(pugi::xml_node node, const ElementReader& draft);

}  // namespace cg::exchange
