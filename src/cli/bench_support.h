#pragma once
// What the benchmark commands share: timing, a scratch folder that cleans up
// after itself, and one line per figure with its budget.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <ostream>
#include <string>

#include "domain/errors.h"

namespace cg::cli::bench {

template <typename Work>
double millisecondsOf(Work work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// "  load whole case (best of 5)         13.6 ms   budget 150 ms  ok"
inline void figure(std::ostream& out, const std::string& what, double ms, double budget = 0, int width = 40) {
    out << "  " << std::left << std::setw(width) << what << std::right << std::setw(9) << std::fixed
        << std::setprecision(1) << ms << " ms";
    if (budget > 0) out << "   budget " << budget << " ms  " << (ms <= budget ? "ok" : "OVER BUDGET");
    out << "\n";
}

class ScratchDirectory {
public:
    ScratchDirectory() {
        std::string pattern = (std::filesystem::temp_directory_path() / "cg-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw domain::Error("cannot create a scratch directory in " + pattern);
        m_path = pattern;
    }
    ~ScratchDirectory() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

}  // namespace cg::cli::bench
