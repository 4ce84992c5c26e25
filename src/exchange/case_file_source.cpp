#include "exchange/case_file_source.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "exchange/import_error.h"

namespace cg::exchange {

namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

std::string describeByteCount(std::size_t bytes) {
    constexpr std::size_t kMiB = 1024 * 1024;
    if (bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
    return std::to_string(bytes) + " bytes";
}

std::string tooLargeMessage(std::size_t maxBytes) {
    return "the file is larger than " + describeByteCount(maxBytes) +
           "; a case file is far smaller, so this is not one (or it is damaged)";
}

std::string loadCaseFileBytes(const std::string& path, std::size_t maxBytes) {
    errno = 0;
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw ImportError(path, 0, 0, "cannot open '" + path + "': " + std::strerror(errno));

    // Read in chunks up to one byte past the limit rather than trusting the
    // file size: a pipe or device reports none, and /dev/zero never ends.
    std::string bytes;
    char chunk[64 * 1024];
    for (;;) {
        const std::size_t got = std::fread(chunk, 1, sizeof chunk, file.get());
        bytes.append(chunk, got);
        if (bytes.size() > maxBytes) throw ImportError(path, 0, 0, tooLargeMessage(maxBytes));
        if (got < sizeof chunk) break;
    }
    if (std::ferror(file.get()))
        throw ImportError(path, 0, 0, "cannot read '" + path + "': " + std::strerror(errno));
    return bytes;
}

}  // namespace cg::exchange
