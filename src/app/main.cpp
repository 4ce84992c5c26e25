// commonground: the mediator's workspace. Everything but this line lives in
// the cg_app library so that the GUI tests drive the same classes.
#include "app/common_ground_app.h"

wxIMPLEMENT_APP(cg::app::CommonGroundApp);
