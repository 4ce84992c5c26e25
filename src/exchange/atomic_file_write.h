#pragma once
// Replacing a file so that a crash, a full disk or a kill at any moment
// leaves either the old file or the complete new one, never a torn mix.
#include <string>
#include <string_view>

namespace cg::exchange {

// Writes bytes to a new temporary file beside path (same directory, so the
// rename cannot cross file systems), flushes it to disk, then renames it over
// path. The file is readable and writable by its owner only (0600): case
// files are confidential. On failure the temporary file is removed and
// domain::Error says "cannot write 'path': reason".
void writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace cg::exchange
