#include "store/sqlite_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "store/connection_string.h"
#include "store/store_error.h"

namespace cg::store {

namespace {

namespace fs = std::filesystem;

// Owner-only: the file holds confidential caucus notes and mediator-only
// interests. SQLite gives its -wal and -shm files the same mode.
constexpr mode_t kFileMode = 0600;
constexpr mode_t kFolderMode = 0700;

std::string systemReason() { return std::strerror(errno); }

// mkdir -p, but each folder we create is owner-only.
void createFolders(const fs::path& folder) {
    std::vector<fs::path> missing;
    for (fs::path p = folder; !p.empty() && !fs::exists(p); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), kFolderMode) != 0 && errno != EEXIST)
            throw StoreError("Could not create the folder " + it->string() +
                             " for the case database: " + systemReason() +
                             ". Create it yourself, or choose another place with --db.");
    }
}

void createFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kFileMode);
    if (fd < 0) {
        if (errno == EEXIST) return;  // created meanwhile by another CommonGround: use it
        throw StoreError("Could not create the case database " + path + ": " + systemReason() +
                         ". Check that you may write to " + fs::path(path).parent_path().string() +
                         ".");
    }
    // The umask may have taken bits away from the mode asked for; set it
    // exactly.
    const bool modeSet = ::fchmod(fd, kFileMode) == 0;
    const std::string reason = modeSet ? "" : systemReason();
    ::close(fd);
    if (!modeSet)
        throw StoreError("Could not make the case database " + path + " private to you: " + reason +
                         ".");
}

void requireUsableFile(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        throw StoreError("Could not open the case database " + path + ": " + systemReason() + ".");
    if (S_ISDIR(info.st_mode))
        throw StoreError(path +
                         " is a folder, not a case database. Name the database file inside it, "
                         "for example " +
                         (fs::path(path) / "commonground.db").string() + ".");
    if (!S_ISREG(info.st_mode))
        throw StoreError(path + " is not an ordinary file, so it cannot be a case database.");
    if (::access(path.c_str(), R_OK | W_OK) != 0)
        throw StoreError(
            "You may not read and write the case database " + path + " (" + systemReason() +
            "). Check its owner and permissions: CommonGround needs to read and write it.");
    // SQLite keeps its write-ahead log and shared index beside the file.
    const std::string folder = fs::path(path).parent_path().string();
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        throw StoreError(
            "You may not write to the folder " + folder + " (" + systemReason() +
            "), where SQLite keeps its journal beside " + path +
            ". Check the folder's permissions, or move the database to a folder of yours.");
}

}  // namespace

void prepareSqliteFile(const std::string& path, Database::OpenMode mode) {
    std::error_code error;
    const bool exists = fs::exists(path, error);
    if (error)
        throw StoreError("Could not look for the case database " + path + ": " + error.message() +
                         ". Check the permissions of the folders on the way to it.");
    if (!exists) {
        if (mode == Database::OpenMode::MustExist)
            throw StoreError("There is no CommonGround database at " + path +
                             ". Run `commonground-cli init` to create one, or name an existing "
                             "one with --db or $" +
                             std::string(kDatabaseEnvVar) + ".");
        createFolders(fs::path(path).parent_path());
        createFile(path);
    }
    requireUsableFile(path);
}

}  // namespace cg::store
