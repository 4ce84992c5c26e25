#pragma once
// Who is looking at the screen. In a joint session the mediator may share the
// screen with every party ("show to parties"); then nothing confidential may
// be on it: mediator-only interests, party-and-mediator interests (another
// party is watching) and caucus notes (caucus rule; Uniform Mediation Act
// s.4). In mediator mode the same items stay visible but are marked.
#include <wx/string.h>

#include "domain/mediation_session.h"
#include "domain/vocabulary.h"

namespace cg::app {

enum class Audience { Mediator, Parties };

bool isConfidential(domain::Visibility visibility);
bool isConfidential(const domain::MediationSession& session, const domain::SessionNote& note);
bool isShown(Audience audience, bool confidential);

// The badge put in front of confidential items in mediator mode: a warning
// sign (DejaVu has it; a padlock emoji needs a colour-emoji font) and the word.
wxString confidentialBadge();

}  // namespace cg::app
