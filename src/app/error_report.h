#pragma once
// Turns an exception caught at the UI edge into what the error dialog says:
// a headline naming the action that failed and an extended message with the
// reason and what to do about it (Poedit's PreOpenFileWithErrorsUI habit).
#include <exception>

#include <wx/string.h>

namespace cg::app {

struct ErrorReport {
    wxString headline;  // "Could not delete party 2."
    wxString reason;    // the core's message
    wxString advice;    // what the mediator can do now
};

ErrorReport describeError(const wxString& headline, std::exception_ptr error);

}  // namespace cg::app
