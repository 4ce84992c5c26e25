#pragma once
// The words of the domain's vocabularies (case status, party role, clause
// kind …) as the user reads them. The domain keeps stable English names
// ("third-party", "limitation-of-liability") because they are also written to
// case files and databases; only their display is translated, here, under the
// gettext context "vocabulary" so that a name such as "open" or "other" is
// translated apart from a button or menu label spelt the same way.
#include <wx/string.h>

#include <string_view>

#include "domain/enum_names.h"

namespace cg::app {

// The translated label of a vocabulary name; the name itself when the
// interface is English or the catalog lacks it.
wxString vocabularyLabel(std::string_view name);

template <typename E>
wxString vocabularyLabel(E value) {
    return vocabularyLabel(domain::toString(value));
}

}  // namespace cg::app
