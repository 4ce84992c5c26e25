#include "app/wx_text.h"

namespace cg::app {

wxString toWx(std::string_view utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }

std::string fromWx(const wxString& text) { return text.utf8_string(); }

}  // namespace cg::app
