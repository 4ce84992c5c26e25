#include "app/prompts.h"

#include <wx/dialog.h>
#include <wx/msgdlg.h>

namespace cg::app {

namespace {
std::unique_ptr<Prompts>& current() {
    static std::unique_ptr<Prompts> instance = std::make_unique<Prompts>();
    return instance;
}
}  // namespace

int Prompts::showModal(wxDialog& dialog) { return dialog.ShowModal(); }

bool Prompts::confirm(wxWindow* parent, const wxString& title, const wxString& question) {
    wxMessageDialog dialog(parent, question, title, wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    return dialog.ShowModal() == wxID_YES;
}

bool Prompts::warn(wxWindow* parent, const wxString& title, const wxString& warning, const wxString& goOn) {
    wxMessageDialog dialog(parent, warning, title, wxOK | wxCANCEL | wxCANCEL_DEFAULT | wxICON_WARNING);
    dialog.SetOKCancelLabels(goOn, _("Cancel"));
    return dialog.ShowModal() == wxID_OK;
}

void Prompts::showError(wxWindow* parent, const ErrorReport& report) {
    wxMessageDialog dialog(parent, report.headline, _("CommonGround"), wxOK | wxICON_ERROR);
    dialog.SetExtendedMessage(report.reason + "\n\n" + report.advice);
    dialog.ShowModal();
}

Prompts& prompts() { return *current(); }

void setPrompts(std::unique_ptr<Prompts> replacement) { current() = std::move(replacement); }

void reportCurrentError(wxWindow* parent, const wxString& headline) {
    prompts().showError(parent, describeError(headline, std::current_exception()));
}

}  // namespace cg::app
