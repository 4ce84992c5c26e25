#include "exchange/exhibit_file.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>

#include "domain/errors.h"
#include "domain/sha256.h"

namespace cg::exchange {

namespace {

std::string fileBytes(const std::string& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status))
        throw domain::Error("cannot attach '" + path +
                            "': there is no such file; nothing was attached");
    if (!std::filesystem::is_regular_file(status))
        throw domain::Error("cannot attach '" + path + "': it is not a file; nothing was attached");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw domain::Error("cannot attach '" + path + "': " + std::strerror(errno) +
                            "; nothing was attached");
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        throw domain::Error("cannot attach '" + path +
                            "': reading it failed; nothing was attached");
    return bytes;
}

}  // namespace

domain::Exhibit attachFile(const std::string& path, domain::Exhibit exhibit) {
    auto content = std::make_shared<const std::string>(fileBytes(path));
    exhibit.fileName = std::filesystem::path(path).filename().string();
    if (exhibit.title.empty()) exhibit.title = exhibit.fileName;
    exhibit.mediaType = mediaTypeFor(exhibit.fileName);
    exhibit.sizeBytes = content->size();
    exhibit.sha256 = domain::sha256Hex(*content);
    exhibit.attachedAt = domain::Instant::now();
    exhibit.content = std::move(content);
    return exhibit;
}

std::string mediaTypeFor(const std::string& fileName) {
    // The kinds of evidence a cyber-incident mediation sees most.
    static const std::map<std::string, std::string> types = {
        {".pdf", "application/pdf"},
        {".txt", "text/plain"},
        {".log", "text/plain"},
        {".csv", "text/csv"},
        {".json", "application/json"},
        {".xml", "application/xml"},
        {".html", "text/html"},
        {".htm", "text/html"},
        {".eml", "message/rfc822"},
        {".msg", "application/vnd.ms-outlook"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".gif", "image/gif"},
        {".zip", "application/zip"},
        {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {".odt", "application/vnd.oasis.opendocument.text"},
        {".pcap", "application/vnd.tcpdump.pcap"},
    };
    std::string extension = std::filesystem::path(fileName).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto it = types.find(extension);
    return it == types.end() ? "application/octet-stream" : it->second;
}

std::string sizeText(std::uint64_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    std::ostringstream text;
    text.setf(std::ios::fixed);
    text.precision(1);
    if (bytes < 1024 * 1024)
        text << static_cast<double>(bytes) / 1024 << " KB";
    else
        text << static_cast<double>(bytes) / (1024 * 1024) << " MB";
    return text.str();
}

}  // namespace cg::exchange
