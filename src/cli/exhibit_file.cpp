#include "cli/exhibit_file.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "domain/errors.h"

namespace cg::cli {

std::string readExhibitFile(const std::string& path) {
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

}  // namespace cg::cli
