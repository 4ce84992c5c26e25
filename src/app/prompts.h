#pragma once
// Every modal question the application asks goes through Prompts: showing a
// dialog, asking "are you sure", reporting an error. The GUI tests replace it
// with a scripted one that fills in dialogs and presses OK, so they drive the
// real dialogs without a modal event loop.
#include <memory>

#include <wx/string.h>

#include "app/error_report.h"

class wxDialog;
class wxWindow;

namespace cg::app {

class Prompts {
public:
    virtual ~Prompts() = default;
    virtual int showModal(wxDialog& dialog);
    virtual bool confirm(wxWindow* parent, const wxString& title, const wxString& question);
    // A warning the user may go past: true for `goOn` (e.g. "Continue"),
    // false for Cancel.
    virtual bool warn(wxWindow* parent, const wxString& title, const wxString& warning, const wxString& goOn);
    virtual void showError(wxWindow* parent, const ErrorReport& report);
};

Prompts& prompts();
void setPrompts(std::unique_ptr<Prompts> replacement);

// Call inside a catch block: describes the current exception and shows it.
void reportCurrentError(wxWindow* parent, const wxString& headline);

}  // namespace cg::app
