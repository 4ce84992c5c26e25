#pragma once
// Attach / Edit Exhibit (forms/exhibit_dialog.xrc): a file put before the
// mediation. On attach the file is read whole and fingerprinted; afterwards
// only its title, submitter, visibility and links change, never its bytes.
#include <filesystem>

#include "app/record_form_dialog.h"

namespace cg::app {

class ExhibitDialog : public RecordFormDialog<domain::Exhibit> {
public:
    ExhibitDialog(wxWindow* parent, const domain::Exhibit& exhibit, const domain::CaseRecord& caseRecord);

    // Reads the file into the exhibit (what "Choose file…" does after its
    // file dialog). On a read error the message says so and OK stays off.
    void attachFile(const std::filesystem::path& path);

private:
    domain::Exhibit fromWindow() const override;
    void toWindow(const domain::Exhibit& exhibit) override;
    void onChooseFile();
    void showFile();

    domain::Exhibit m_file;  // file name, size, hash and content as last read
    wxString m_readError;
    wxTextCtrl* m_fileName;
    wxButton* m_chooseFile;
    wxStaticText* m_fileInfo;
    wxTextCtrl* m_title;
    wxChoice* m_submittedBy;
    wxChoice* m_visibility;
    wxCheckListBox* m_facts;
    wxCheckListBox* m_claims;
    wxTextCtrl* m_description;
    std::vector<std::pair<domain::RecordNo, wxString>> m_factItems, m_claimItems;
};

}  // namespace cg::app
