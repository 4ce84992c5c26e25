#pragma once
// Importing case files into a database, without any GUI: the worker thread of
// the first start and of File > Import runs this, on its own connection.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace cg::app {

struct ImportProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    std::string current;  // file name being read
};

struct ImportOutcome {
    std::vector<std::string> imported;  // case references
    std::vector<std::string> failures;  // "file: reason", one per file that was not stored
};

// Each file is read and stored in its own transaction; a bad file is reported
// and the others still go in. Throws only when the database cannot be opened.
ImportOutcome importCaseFiles(const std::string& connection, const std::string& actor,
                              const std::vector<std::filesystem::path>& files,
                              const std::function<void(const ImportProgress&)>& progress);

}  // namespace cg::app
