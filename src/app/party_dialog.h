#pragma once
// The Add / Edit Party dialog (forms/party_dialog.xrc). The form owns the
// layout; this class moves a Party into and out of the controls and keeps OK
// disabled until the party is valid. Insurance covers are kept as they were.
// The agreement to mediate is either signed on a date or not signed yet.
#include <optional>

#include <wx/dialog.h>

#include "domain/case_record.h"

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cg::app {

class PartyDialog : public wxDialog {
public:
    PartyDialog(wxWindow* parent, const domain::Party& party);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    const domain::Party& party() const { return m_party; }

private:
    domain::Party fromWindow() const;
    bool recheck();

    domain::Party m_party;
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_kind = nullptr;
    wxChoice* m_role = nullptr;
    wxTextCtrl* m_sector = nullptr;
    wxTextCtrl* m_representative = nullptr;
    wxTextCtrl* m_counsel = nullptr;
    wxTextCtrl* m_signatoryName = nullptr;
    wxTextCtrl* m_signatoryTitle = nullptr;
    wxTextCtrl* m_address = nullptr;
    wxCheckBox* m_agreementSigned = nullptr;
    wxDatePickerCtrl* m_agreementSignedOn = nullptr;
    wxStaticText* m_message = nullptr;
    wxWindow* m_ok = nullptr;
};

// Shows the dialog (through prompts()) and returns the edited party, or
// nothing when cancelled.
std::optional<domain::Party> runPartyDialog(wxWindow* parent, const domain::Party& initial,
                                            const domain::CaseRecord& record);

}  // namespace cg::app
