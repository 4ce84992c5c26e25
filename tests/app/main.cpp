// Starts wxWidgets once for all GUI tests (a plain wxApp: the tests build
// the frames themselves), loads the forms the way the program does, and keeps
// settings in a temporary file so no test touches the user's.
#define BOOST_TEST_MODULE CommonGround app
#include <boost/test/unit_test.hpp>
#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/init.h>

#include "app/forms_location.h"
#include "app/laid_out_printout.h"
#include "support/temp_dir.h"

namespace {

struct WxSession {
    cg::testing::ScopedTempDir settings;

    WxSession() {
        static char name[] = "cg_app_tests";
        static char* argv[] = {name, nullptr};
        int argc = 1;
        wxApp::SetInstance(new wxApp);
        if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit())
            throw std::runtime_error("wxWidgets could not start; is there an X display (xvfb-run)?");
        wxConfigBase::Set(new wxFileConfig("commonground", {}, settings.file("settings.ini"), {},
                                           wxCONFIG_USE_LOCAL_FILE));
        cg::app::registerDocumentFonts(cg::report::FontBook());
        cg::app::loadForms(cg::app::locateForms(cg::app::currentExecutable()));
    }
    ~WxSession() {
        delete wxConfigBase::Set(nullptr);
        wxTheApp->OnExit();
        wxEntryCleanup();
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(WxSession);
