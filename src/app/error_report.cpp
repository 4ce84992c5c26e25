#include "app/error_report.h"

#include <wx/intl.h>

#include "app/wx_text.h"
#include "domain/errors.h"
#include "exchange/import_error.h"
#include "store/store_error.h"

namespace cg::app {

ErrorReport describeError(const wxString& headline, std::exception_ptr error) {
    ErrorReport report{headline, {}, {}};
    try {
        std::rethrow_exception(error);
    } catch (const exchange::ImportError& e) {
        report.reason = toWx(e.what());
        report.advice = _("Nothing from this file was stored. Correct the file at the place shown, "
                          "or ask whoever sent it for a new copy, then import it again.");
    } catch (const domain::ValidationError& e) {
        report.reason = toWx(e.what());
        report.advice = _("Nothing was changed. Correct what the message names and try again.");
    } catch (const domain::NotFound& e) {
        report.reason = toWx(e.what());
        report.advice = _("It may have been deleted meanwhile. The view has been refreshed.");
    } catch (const domain::ConflictError& e) {
        report.reason = toWx(e.what());
        report.advice = _("Nothing was changed. Choose another reference, or reload and try again.");
    } catch (const store::StoreError& e) {
        report.reason = toWx(e.what());
        report.advice = _("Nothing was changed. Check that no other program holds the database file "
                          "and that the disk is not full, then try again.");
    } catch (const domain::Error& e) {
        report.reason = toWx(e.what());
        report.advice = _("Nothing was changed.");
    } catch (const std::exception& e) {
        report.reason = toWx(e.what());
        report.advice = _("This is unexpected. Your saved work is safe; please report this message.");
    } catch (...) {
        report.reason = _("An unknown error occurred.");
        report.advice = _("Your saved work is safe; please report what you were doing.");
    }
    return report;
}

}  // namespace cg::app
