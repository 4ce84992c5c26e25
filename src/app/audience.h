#pragma once
// Who is looking at the screen. In a joint session the mediator may share the
// screen with every party ("show to parties"); then nothing confidential may
// be on it: mediator-only interests, party-and-mediator interests (another
// party is watching) and caucus notes (caucus rule; Uniform Mediation Act
// s.4). In mediator mode the same items stay visible but are marked.
#include <wx/string.h>

#include "domain/common_ground/audience.h"
#include "domain/mediation_session.h"
#include "domain/vocabulary.h"

namespace cg::app {

enum class Audience { Mediator, Parties };

// The domain's audience for who is watching; the views and the pickers take
// what they show from domain::visibleTo(record, domainAudience(...)), the one
// filter every output goes through.
domain::Audience domainAudience(Audience audience);

// Confidential means: not for all parties together, by the domain's rule
// (domain::Audience::maySee); marked with the badge in mediator mode.
bool isConfidential(domain::Visibility visibility);
bool isConfidential(const domain::MediationSession& session, const domain::SessionNote& note);
bool isShown(Audience audience, bool confidential);

// Who is watching the screen now. There is one screen, so one audience: the
// workspace's toggle sets it, and the record dialogs' link pickers read it so
// that a confidential record is not listed while the parties watch.
Audience screenAudience();
void setScreenAudience(Audience audience);

// The badge put in front of confidential items in mediator mode: a warning
// sign (DejaVu has it; a padlock emoji needs a colour-emoji font) and the word.
wxString confidentialBadge();

}  // namespace cg::app
