#include "app/exhibit_dialog.h"

#include <wx/button.h>
#include <wx/filedlg.h>

#include "app/enum_choice.h"
#include "app/record_pickers.h"
#include "app/wx_text.h"
#include "exchange/exhibit_file.h"

namespace cg::app {

ExhibitDialog::ExhibitDialog(wxWindow* parent, const domain::Exhibit& exhibit, const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "ExhibitDialog", exhibit, caseRecord), m_file(exhibit),
      m_fileName(formControl<wxTextCtrl>(this, "file_name")),
      m_chooseFile(formControl<wxButton>(this, "choose_file")),
      m_fileInfo(formControl<wxStaticText>(this, "file_info")),
      m_title(formControl<wxTextCtrl>(this, "title")),
      m_submittedBy(formControl<wxChoice>(this, "submitted_by")),
      m_visibility(formControl<wxChoice>(this, "visibility")),
      m_facts(formControl<wxCheckListBox>(this, "facts")),
      m_claims(formControl<wxCheckListBox>(this, "claims")),
      m_description(formControl<wxTextCtrl>(this, "description")) {
    if (exhibit.no == 0) SetTitle(_("Attach exhibit"));
    fillPartyChoice(m_submittedBy, caseRecord.parties, true);
    fillChoice<domain::Visibility>(m_visibility);
    for (const auto& f : caseRecord.facts) m_factItems.emplace_back(f.no, toWx(f.description).Left(80));
    for (const auto& c : caseRecord.claims) m_claimItems.emplace_back(c.no, toWx(c.allegation).Left(80));
    // The bytes are fixed once attached: an exhibit is evidence.
    m_chooseFile->Enable(exhibit.no == 0);
    m_chooseFile->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onChooseFile(); });
    if (exhibit.no == 0) m_chooseFile->SetFocus();
    else m_title->SetFocus();
    fitForm();
}

void ExhibitDialog::toWindow(const domain::Exhibit& exhibit) {
    showFile();
    m_title->ChangeValue(toWx(exhibit.title));
    selectParty(m_submittedBy, caseRecord().parties, exhibit.submittedByPartyNo, true);
    selectChoice(m_visibility, exhibit.visibility);
    fillCheckList(m_facts, m_factItems, exhibit.factNos);
    fillCheckList(m_claims, m_claimItems, exhibit.claimNos);
    m_description->ChangeValue(toWx(exhibit.description));
}

void ExhibitDialog::showFile() {
    m_fileName->ChangeValue(toWx(m_file.fileName));
    m_fileInfo->SetLabelText(m_file.fileName.empty()
                                 ? wxString()
                                 : wxString::Format(_("%s, SHA-256 %s"), toWx(exchange::sizeText(m_file.sizeBytes)),
                                                    toWx(m_file.sha256)));
    Layout();
}

void ExhibitDialog::onChooseFile() {
    wxFileDialog choose(this, _("Attach exhibit"), {}, {}, _("All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (prompts().showModal(choose) != wxID_OK) return;
    attachFile(fromWx(choose.GetPath()));
}

void ExhibitDialog::attachFile(const std::filesystem::path& path) {
    m_readError.clear();
    try {
        m_file = exchange::attachFile(path.string(), m_file);
    } catch (const std::exception& e) {
        m_readError = toWx(e.what());
    }
    showFile();
    // A title is needed; the file's name is a fair start.
    if (m_readError.empty() && m_title->GetValue().Strip(wxString::both).empty())
        m_title->ChangeValue(toWx(path.stem().string()));
    recheck();
}

domain::Exhibit ExhibitDialog::fromWindow() const {
    if (!m_readError.empty()) throw domain::ValidationError(fromWx(m_readError));
    if (m_file.fileName.empty()) throw domain::ValidationError(_("Choose the file to attach.").utf8_string());
    domain::Exhibit exhibit = m_file;
    exhibit.title = fromWx(m_title->GetValue().Strip(wxString::both));
    exhibit.submittedByPartyNo = chosenParty(m_submittedBy, caseRecord().parties, true);
    exhibit.visibility = choiceValue<domain::Visibility>(m_visibility);
    exhibit.factNos = checkedNumbers(m_facts, m_factItems);
    exhibit.claimNos = checkedNumbers(m_claims, m_claimItems);
    exhibit.description = fromWx(m_description->GetValue().Strip(wxString::both));
    return exhibit;
}

}  // namespace cg::app
