#pragma once
#include <stdexcept>
#include <string>

#include <wx/window.h>
#include <wx/xrc/xmlres.h>

namespace cg::app {

template <typename Control>
Control* formControl(wxWindow* form, const char* name) {
    auto* control = dynamic_cast<Control*>(form->FindWindow(wxXmlResource::GetXRCID(name)));
    if (!control)
        throw std::logic_error(std::string("form ") + form->GetName().utf8_string() + " has no control '" + name +
                               "' of the expected type");
    return control;
}

}  // namespace cg::app
