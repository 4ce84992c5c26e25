#pragma once
// The Documents menu of the open case: the interest-map handout (for a party,
// all parties or the mediator), the case summary and the mediator's
// worksheet, a party's invoice and the agreement to mediate, each laid out
// and written as PDF on a worker thread. The two mediator papers are refused
// while the screen is shown to the parties.
#include <functional>
#include <optional>
#include <string>

#include <wx/string.h>

#include "app/audience.h"
#include "app/background_job.h"
#include "domain/case_record.h"
#include "domain/documents/document.h"

class wxWindow;

namespace cg::app {

class CaseDocuments {
public:
    // `status` shows a line in the main window's status bar.
    CaseDocuments(wxWindow& owner, std::function<void(const wxString&)> status);

    void interestMapHandout(const domain::CaseRecord& record, Audience watching);
    void caseSummary(const domain::CaseRecord& record, Audience watching);
    void mediatorWorksheet(const domain::CaseRecord& record, Audience watching);
    // A party's invoice (the party chosen in a list) and the agreement to
    // mediate for every party to sign (reports/agreement-to-mediate.xml).
    void invoice(const domain::CaseRecord& record);
    void agreementToMediate(const domain::CaseRecord& record);

    // Where a document is saved; a save dialog unless a test replaces it.
    std::function<std::optional<std::string>(const wxString& title, const wxString& defaultName)> choosePath;
    BackgroundJob& job() { return m_job; }

private:
    using Build = std::function<domain::documents::Document(const domain::CaseRecord&)>;
    void write(const domain::CaseRecord& record, const wxString& what, const wxString& fileName, Build build,
               std::optional<std::string> password);
    bool refuseWhileShown(Audience watching, const wxString& what);

    wxWindow& m_owner;
    std::function<void(const wxString&)> m_status;
    BackgroundJob m_job;
};

}  // namespace cg::app
