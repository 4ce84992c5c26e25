// The child of the crash-safety test (crash_safety_test.cpp).
//
//   cg_edit_loop DB REF           adds "Party N" to case REF, one transaction
//                                 each, and after each commit writes "N\n" to
//                                 standard output, until it is killed
//   cg_edit_loop --verify DB REF  prints what is stored, through the store API:
//                                 "party NO NAME" for each party, then
//                                 "audit KIND NO ACTION" for each audit entry
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <string>

#include "store/audit_trail.h"
#include "store/database.h"
#include "store/record_repository.h"

namespace {

constexpr const char* kActor = "crash-test";
// A bound, so a child that is never killed still stops.
constexpr int kMostEdits = 100000;

// Straight to the file descriptor: no stdio buffer can hold back a line
// that reports a commit.
bool writeLine(const std::string& line) {
    const std::string text = line + "\n";
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

int editLoop(const std::string& db, const std::string& ref) {
    auto database = cg::store::Database::open(db, kActor, cg::store::Database::OpenMode::MustExist);
    cg::store::PartyRepository parties(*database);
    const auto next = static_cast<int>(parties.list(ref).size()) + 1;
    for (int n = next; n < next + kMostEdits; ++n) {
        cg::domain::Party party;
        party.name = "Party " + std::to_string(n);
        parties.add(ref, party);
        if (!writeLine(std::to_string(n))) return 1;
    }
    return 0;
}

int verify(const std::string& db, const std::string& ref) {
    auto database = cg::store::Database::open(db, kActor, cg::store::Database::OpenMode::MustExist);
    for (const auto& p : cg::store::PartyRepository(*database).list(ref))
        writeLine("party " + std::to_string(p.no) + " " + p.name);
    for (const auto& e : cg::store::AuditTrail(*database).forCase(ref))
        writeLine("audit " + e.recordKind + " " + std::to_string(e.recordNo) + " " + e.action);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc == 4 && std::string(argv[1]) == "--verify") return verify(argv[2], argv[3]);
        if (argc == 3) return editLoop(argv[1], argv[2]);
        std::fprintf(stderr, "usage: cg_edit_loop [--verify] DB REF\n");
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cg_edit_loop: %s\n", e.what());
        return 1;
    }
}
