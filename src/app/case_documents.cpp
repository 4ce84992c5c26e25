#include "app/case_documents.h"

#include <wx/filedlg.h>
#include <wx/window.h>

#include "app/document_rendering.h"
#include "app/handout_dialog.h"
#include "app/invoice_dialog.h"
#include "app/prompts.h"
#include "app/wx_text.h"
#include "domain/documents/handouts/case_summary_document.h"
#include "domain/documents/handouts/interest_map_handout.h"
#include "domain/documents/handouts/mediator_worksheet_document.h"
#include "domain/documents/invoice_document.h"
#include "domain/practice/fees.h"
#include "drafting/agreement_to_mediate.h"
#include "drafting/document_library.h"

namespace cg::app {

namespace dd = domain::documents;

namespace {

// "party-2", "all-parties", "mediator": a file name that says whom it is for.
std::string audienceSlug(const domain::Audience& audience) {
    switch (audience.kind()) {
        case domain::Audience::Kind::Mediator: return "mediator";
        case domain::Audience::Kind::AllParties: return "all-parties";
        case domain::Audience::Kind::Party: break;
    }
    return "party-" + std::to_string(audience.partyNo());
}

}  // namespace

CaseDocuments::CaseDocuments(wxWindow& owner, std::function<void(const wxString&)> status)
    : m_owner(owner), m_status(std::move(status)), m_job(owner) {
    choosePath = [this](const wxString& title, const wxString& defaultName) -> std::optional<std::string> {
        wxFileDialog dialog(&m_owner, title, {}, defaultName, _("PDF files (*.pdf)|*.pdf"),
                            wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (prompts().showModal(dialog) != wxID_OK) return std::nullopt;
        return fromWx(dialog.GetPath());
    };
}

bool CaseDocuments::refuseWhileShown(Audience watching, const wxString& what) {
    if (watching != Audience::Parties) return false;
    m_status(wxString::Format(_("The %s is the mediator's confidential paper; turn off \"Show to parties\" first."),
                              what));
    return true;
}

void CaseDocuments::interestMapHandout(const domain::CaseRecord& record, Audience watching) {
    HandoutDialog dialog(&m_owner, record, watching == Audience::Mediator);
    if (prompts().showModal(dialog) != wxID_OK) return;
    const domain::Audience audience = dialog.audience();
    write(record, _("interest-map handout"),
          wxString::Format("%s-interest-map-%s.pdf", toWx(record.head.reference), toWx(audienceSlug(audience))),
          [audience](const domain::CaseRecord& r) { return dd::interestMapHandout(r, audience, domain::Date::today()); },
          dialog.password());
}

void CaseDocuments::caseSummary(const domain::CaseRecord& record, Audience watching) {
    if (refuseWhileShown(watching, _("case summary"))) return;
    write(record, _("case summary"), wxString::Format("%s-case-summary.pdf", toWx(record.head.reference)),
          [](const domain::CaseRecord& r) { return dd::caseSummaryDocument(r, domain::Date::today()); }, std::nullopt);
}

void CaseDocuments::mediatorWorksheet(const domain::CaseRecord& record, Audience watching) {
    if (refuseWhileShown(watching, _("worksheet"))) return;
    write(record, _("worksheet"), wxString::Format("%s-worksheet.pdf", toWx(record.head.reference)),
          [](const domain::CaseRecord& r) { return dd::mediatorWorksheetDocument(r, domain::Date::today()); },
          std::nullopt);
}

void CaseDocuments::invoice(const domain::CaseRecord& record) {
    std::vector<domain::FeeShare> shares;
    try {
        shares = domain::practice::effectiveShares(record);
    } catch (const std::exception&) {
        reportCurrentError(&m_owner, _("Could not work out who pays the fees."));
        return;
    }
    if (shares.empty()) {
        m_status(_("No party pays a share of the fees yet; set the fee arrangement under Time & fees."));
        return;
    }
    std::vector<domain::RecordNo> payers;
    for (const auto& share : shares) payers.push_back(share.partyNo);
    InvoiceDialog choose(&m_owner, record, payers);
    if (prompts().showModal(choose) != wxID_OK) return;
    const domain::RecordNo partyNo = choose.partyNo();
    const domain::Date issuedOn = choose.issuedOn();
    write(record, _("invoice"),
          wxString::Format("%s-invoice-party-%lld.pdf", toWx(record.head.reference), static_cast<long long>(partyNo)),
          [partyNo, issuedOn](const domain::CaseRecord& r) {
              return dd::invoiceDocument(r, domain::practice::invoiceFor(r, partyNo, issuedOn));
          },
          std::nullopt);
}

void CaseDocuments::agreementToMediate(const domain::CaseRecord& record) {
    write(record, _("agreement to mediate"),
          wxString::Format("%s-agreement-to-mediate.pdf", toWx(record.head.reference)),
          [](const domain::CaseRecord& r) {
              const auto library = drafting::DocumentLibrary::besideProgram();
              return drafting::agreementToMediate(r, library.load(drafting::kAgreementToMediate),
                                                  domain::Date::today(), domain::Instant::now())
                  .document;
          },
          std::nullopt);
}

void CaseDocuments::write(const domain::CaseRecord& record, const wxString& what, const wxString& fileName,
                          Build build, std::optional<std::string> password) {
    if (m_job.busy()) {
        m_status(_("A document is still being written; try again when it has finished."));
        return;
    }
    const auto path = choosePath(wxString::Format(_("Save the %s as"), what), fileName);
    if (!path) return;
    auto copy = std::make_shared<domain::CaseRecord>(record);
    m_job.start(
        [copy, build, password, path = *path](const BackgroundJob::Progress&) {
            drafting::savePdf(renderDocumentPdf(build(*copy), password), path);
        },
        [](const wxString&) {},
        [this, what, path = *path](std::exception_ptr failure) {
            if (failure)
                prompts().showError(&m_owner, describeError(wxString::Format(_("Could not write the %s to %s."), what,
                                                                             toWx(path)),
                                                            failure));
            else
                m_status(wxString::Format(_("Wrote the %s to %s."), what, toWx(path)));
        });
    m_status(wxString::Format(_(L"Writing the %s\u2026"), what));
}

}  // namespace cg::app
