#pragma once
// Validation as you type, shared by the record dialogs: run the domain's own
// rule for the value in the window, show its message under the fields and
// keep OK disabled until the rule passes.
#include <functional>

class wxStaticText;
class wxWindow;

namespace cg::app {

// Returns true when check() passed. A domain::Error thrown by check() becomes
// the inline message (without the "party 3: " prefix, which names the record
// the dialog is already about).
bool checkInline(wxWindow* okButton, wxStaticText* message, const std::function<void()>& check);

// Looks up a control of a form by its XRC name; a missing one means the form
// and the code disagree, which is a programming error worth a clear message.
template <typename Control>
Control* formControl(wxWindow* form, const char* name);

}  // namespace cg::app

#include "app/inline_check_impl.h"
