#include "app/audience.h"

#include <wx/intl.h>

namespace cg::app {

namespace {
Audience g_screen = Audience::Mediator;
}  // namespace

domain::Audience domainAudience(Audience audience) {
    return audience == Audience::Parties ? domain::Audience::allParties() : domain::Audience::mediator();
}

bool isConfidential(domain::Visibility visibility) {
    return !domain::Audience::allParties().maySee(visibility, std::nullopt);
}

bool isConfidential(const domain::MediationSession& session, const domain::SessionNote& note) {
    // A caucus reaches only its party and the mediator (domain::visibleTo).
    return session.kind == domain::SessionKind::Caucus || isConfidential(note.visibility);
}

Audience screenAudience() { return g_screen; }
void setScreenAudience(Audience audience) { g_screen = audience; }

bool isShown(Audience audience, bool confidential) { return audience == Audience::Mediator || !confidential; }

wxString confidentialBadge() { return wxString(L"\u26A0 ") + _("CONFIDENTIAL"); }

}  // namespace cg::app
