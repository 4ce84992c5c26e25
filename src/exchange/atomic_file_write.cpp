#include "exchange/atomic_file_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "domain/errors.h"

namespace cg::exchange {

namespace {

constexpr mode_t kOwnerOnly = S_IRUSR | S_IWUSR;

[[noreturn]] void failWriting(const std::string& path, int error) {
    throw domain::Error("cannot write '" + path + "': " + std::strerror(error));
}

// Owns the temporary file until it has been renamed into place.
class TemporaryFile {
public:
    explicit TemporaryFile(const std::string& target) : m_path(target + ".tmp-XXXXXX") {
        // mkstemp creates the file with mode 0600 and a name nobody else can
        // have claimed, so two exports to one path never share a temp file.
        m_fd = mkstemp(m_path.data());
        if (m_fd < 0) failWriting(target, errno);
    }
    ~TemporaryFile() {
        if (m_fd >= 0) ::close(m_fd);
        if (!m_renamed) ::unlink(m_path.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    int fd() const { return m_fd; }
    const std::string& path() const { return m_path; }
    // Closes the descriptor, reporting what close() says: on NFS a failed
    // write can surface only here.
    int close() {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }
    void renamed() { m_renamed = true; }

private:
    std::string m_path;
    int m_fd = -1;
    bool m_renamed = false;
};

void writeAll(int fd, std::string_view bytes, const std::string& target) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            failWriting(target, errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

// Makes the rename itself durable: without this, a power cut after the
// rename can bring back the old directory entry.
void syncDirectoryOf(const std::string& path) {
    std::string directory = std::filesystem::path(path).parent_path().string();
    if (directory.empty()) directory = ".";
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;  // the file is in place; durability of the entry is best effort
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view bytes) {
    TemporaryFile temporary(path);
    if (::fchmod(temporary.fd(), kOwnerOnly) != 0) failWriting(path, errno);
    writeAll(temporary.fd(), bytes, path);
    if (::fsync(temporary.fd()) != 0) failWriting(path, errno);
    if (temporary.close() != 0) failWriting(path, errno);
    if (::rename(temporary.path().c_str(), path.c_str()) != 0) failWriting(path, errno);
    temporary.renamed();
    syncDirectoryOf(path);
}

}  // namespace cg::exchange
