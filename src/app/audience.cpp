#include "app/audience.h"

#include <wx/intl.h>

namespace cg::app {

bool isConfidential(domain::Visibility visibility) { return visibility != domain::Visibility::Everyone; }

bool isConfidential(const domain::MediationSession& session, const domain::SessionNote& note) {
    return session.kind == domain::SessionKind::Caucus || isConfidential(note.visibility);
}

bool isShown(Audience audience, bool confidential) { return audience == Audience::Mediator || !confidential; }

wxString confidentialBadge() { return wxString(L"\u26A0 ") + _("CONFIDENTIAL"); }

}  // namespace cg::app
