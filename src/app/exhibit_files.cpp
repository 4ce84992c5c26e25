#include "app/exhibit_files.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>

#include "store/sha256.h"

namespace cg::app {

namespace fs = std::filesystem;

std::string mediaTypeOf(const fs::path& fileName) {
    static const std::map<std::string, std::string> kTypes = {
        {".pdf", "application/pdf"},   {".txt", "text/plain"},       {".log", "text/plain"},
        {".csv", "text/csv"},          {".eml", "message/rfc822"},   {".png", "image/png"},
        {".jpg", "image/jpeg"},        {".jpeg", "image/jpeg"},      {".zip", "application/zip"},
        {".json", "application/json"}, {".xml", "application/xml"},  {".html", "text/html"},
        {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    };
    std::string extension = fileName.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto found = kTypes.find(extension);
    return found == kTypes.end() ? "application/octet-stream" : found->second;
}

domain::Exhibit readExhibitFile(const fs::path& path, domain::Exhibit exhibit) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("Could not open " + path.string() + " for reading.");
    auto content = std::make_shared<std::string>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) throw std::runtime_error("Could not read " + path.string() + ".");
    exhibit.fileName = path.filename().string();
    exhibit.mediaType = mediaTypeOf(path.filename());
    exhibit.sizeBytes = content->size();
    exhibit.sha256 = store::sha256Hex(*content);
    exhibit.attachedAt = domain::Instant::now();
    exhibit.content = std::move(content);
    return exhibit;
}

void writeExhibitFile(const fs::path& path, const std::string& content) {
    const fs::path partial = fs::path(path).concat(".part");
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("Could not create " + partial.string() + ".");
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            fs::remove(partial, ignored);
            throw std::runtime_error("Could not write " + path.string() + " (is the disk full?).");
        }
    }
    fs::rename(partial, path);
}

fs::path temporaryExhibitPath(const domain::Exhibit& exhibit) {
    std::random_device random;
    std::ostringstream folder;
    folder << "commonground-exhibit-" << exhibit.no << "-" << std::hex << random();
    const fs::path dir = fs::temp_directory_path() / folder.str();
    fs::create_directories(dir);
    return dir / fs::path(exhibit.fileName).filename();
}

std::string sizeText(std::uint64_t bytes) {
    std::ostringstream text;
    text.setf(std::ios::fixed);
    text.precision(1);
    if (bytes < 1024) text << bytes << " bytes";
    else if (bytes < 1024 * 1024) text << static_cast<double>(bytes) / 1024 << " KB";
    else text << static_cast<double>(bytes) / (1024 * 1024) << " MB";
    return text.str();
}

}  // namespace cg::app
