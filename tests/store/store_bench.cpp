// Times what the store's speed budget covers: importing and loading a case
// with 20 parties, 2,000 interests, 1,000 clauses, 5,000 facts and 1,000
// blame claims (budget: import ≤ 1 s, load ≤ 150 ms). Prints the figures;
// run it from a Release build.
#include <chrono>
#include <cstdio>

#include "store/case_repository.h"
#include "store/database.h"
#include "support/large_case.h"
#include "support/temp_dir.h"

namespace {

template <typename Fn>
double millisecondsOf(Fn&& fn) {
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

}  // namespace

int main() {
    using namespace cg;
    testing::ScopedTempDir dir;
    auto db = store::Database::open(dir.file("bench.db"), "bench");
    store::CaseRepository cases(*db);
    const domain::CaseRecord record = testing::largeCase();

    std::printf("import: %.1f ms\n", millisecondsOf([&] { cases.insert(record); }));
    for (int run = 1; run <= 5; ++run) {
        std::size_t facts = 0;
        const double ms =
            millisecondsOf([&] { facts = cases.load(record.head.reference).facts.size(); });
        std::printf("load %d: %.1f ms (%zu facts)\n", run, ms, facts);
    }
    return 0;
}
