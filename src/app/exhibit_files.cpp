#include "app/exhibit_files.h"

#include <random>
#include <sstream>

namespace cg::app {

namespace fs = std::filesystem;

fs::path temporaryExhibitPath(const domain::Exhibit& exhibit) {
    std::random_device random;
    std::ostringstream folder;
    folder << "commonground-exhibit-" << exhibit.no << "-" << std::hex << random();
    const fs::path dir = fs::temp_directory_path() / folder.str();
    fs::create_directories(dir);
    return dir / fs::path(exhibit.fileName).filename();
}

}  // namespace cg::app
