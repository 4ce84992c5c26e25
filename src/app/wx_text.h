#pragma once
// The core speaks UTF-8 std::string; wx speaks wxString. Every crossing goes
// through these two functions so no label ever loses its accents.
#include <string>
#include <string_view>

#include <wx/string.h>

namespace cg::app {

wxString toWx(std::string_view utf8);
std::string fromWx(const wxString& text);

}  // namespace cg::app
