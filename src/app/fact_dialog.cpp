#include "app/fact_dialog.h"

#include <wx/datectrl.h>

#include "app/enum_choice.h"
#include "app/record_pickers.h"
#include "app/reference_catalogs.h"

namespace cg::app {

FactDialog::FactDialog(wxWindow* parent, const domain::BreachFact& fact, const domain::CaseRecord& caseRecord)
    : RecordFormDialog(parent, "FactDialog", fact, caseRecord),
      m_category(formControl<wxChoice>(this, "category")),
      m_description(formControl<wxTextCtrl>(this, "description")),
      m_occurred(formControl<wxDatePickerCtrl>(this, "occurred_on")),
      m_estimated(formControl<wxCheckBox>(this, "occurred_estimated")),
      m_discoveredKnown(formControl<wxCheckBox>(this, "discovered_known")),
      m_discovered(formControl<wxDatePickerCtrl>(this, "discovered_on")),
      m_dataTypes(formControl<wxCheckListBox>(this, "data_types")),
      m_records(formControl<wxTextCtrl>(this, "records_affected")),
      m_failedControl(this, "failed_control", "pick_failed_control", "failed_control_name",
                      referenceCatalogs().catalogs.controls, false),
      m_assertedBy(formControl<wxChoice>(this, "asserted_by")),
      m_standing(formControl<wxChoice>(this, "standing")) {
    fillChoice<domain::FactCategory>(m_category);
    fillChoice<domain::FactStanding>(m_standing);
    fillPartyChoice(m_assertedBy, caseRecord.parties, true);
    for (std::string_view name : domain::allNames<domain::DataType>()) m_dataTypes->Append(toWx(name));
    m_discoveredKnown->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) {
        m_discovered->Enable(m_discoveredKnown->IsChecked());
        event.Skip();
    });
    fitForm();
}

void FactDialog::toWindow(const domain::BreachFact& fact) {
    selectChoice(m_category, fact.category);
    m_description->ChangeValue(toWx(fact.description));
    m_occurred->SetValue(toDateTime(fact.no ? fact.occurredOn : domain::Date::today()));
    m_estimated->SetValue(fact.occurredEstimated);
    m_discoveredKnown->SetValue(fact.discoveredOn.has_value());
    m_discovered->SetValue(toDateTime(fact.discoveredOn.value_or(domain::Date::today())));
    m_discovered->Enable(fact.discoveredOn.has_value());
    const auto types = domain::allValues<domain::DataType>();
    for (std::size_t i = 0; i < types.size(); ++i)
        m_dataTypes->Check(static_cast<unsigned>(i),
                           std::find(fact.dataTypes.begin(), fact.dataTypes.end(), types[i]) != fact.dataTypes.end());
    m_records->ChangeValue(fact.recordsAffected ? wxString::Format("%lld", static_cast<long long>(*fact.recordsAffected))
                                                : wxString());
    m_failedControl.setKeys(fact.failedControl.empty() ? std::vector<std::string>{}
                                                       : std::vector<std::string>{fact.failedControl});
    selectParty(m_assertedBy, caseRecord().parties, fact.assertedByPartyNo, true);
    selectChoice(m_standing, fact.standing);
}

domain::BreachFact FactDialog::fromWindow() const {
    domain::BreachFact fact = record();
    fact.category = choiceValue<domain::FactCategory>(m_category);
    fact.description = fromWx(m_description->GetValue().Strip(wxString::both));
    fact.occurredOn = fromDateTime(m_occurred->GetValue());
    fact.occurredEstimated = m_estimated->IsChecked();
    fact.discoveredOn = m_discoveredKnown->IsChecked() ? std::optional(fromDateTime(m_discovered->GetValue()))
                                                       : std::nullopt;
    fact.dataTypes.clear();
    const auto types = domain::allValues<domain::DataType>();
    for (std::size_t i = 0; i < types.size(); ++i)
        if (m_dataTypes->IsChecked(static_cast<unsigned>(i))) fact.dataTypes.push_back(types[i]);
    const wxString records = m_records->GetValue().Strip(wxString::both);
    long long count = 0;
    if (!records.empty() && (!records.ToLongLong(&count) || count < 0))
        throw domain::ValidationError(_("Records affected must be a whole number, or left empty.").utf8_string());
    fact.recordsAffected = records.empty() ? std::nullopt : std::optional<std::int64_t>(count);
    const auto failedControl = m_failedControl.keys();
    fact.failedControl = failedControl.empty() ? std::string() : failedControl.front();
    fact.assertedByPartyNo = chosenParty(m_assertedBy, caseRecord().parties, true);
    fact.standing = choiceValue<domain::FactStanding>(m_standing);
    return fact;
}

}  // namespace cg::app
