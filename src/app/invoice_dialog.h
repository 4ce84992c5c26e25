#pragma once
// The Invoice dialog (forms/invoice_dialog.xrc): which paying party an
// invoice is for, and its date. Only parties with a share of the fees are
// offered (practice::effectiveShares).
#include <optional>
#include <vector>

#include <wx/dialog.h>

#include "domain/case_record.h"

class wxChoice;
class wxDatePickerCtrl;

namespace cg::app {

class InvoiceDialog : public wxDialog {
public:
    // `payers`: the parties that pay a share, in order.
    InvoiceDialog(wxWindow* parent, const domain::CaseRecord& record, std::vector<domain::RecordNo> payers);

    bool TransferDataFromWindow() override;
    domain::RecordNo partyNo() const { return m_partyNo; }
    domain::Date issuedOn() const { return m_issuedOn; }

private:
    std::vector<domain::RecordNo> m_payers;
    wxChoice* m_party = nullptr;
    wxDatePickerCtrl* m_issuedOnPicker = nullptr;
    domain::RecordNo m_partyNo = 0;
    domain::Date m_issuedOn;
};

}  // namespace cg::app
