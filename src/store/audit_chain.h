#pragma once
// The audit trail is append-only and sealed: each entry carries a SHA-256
// seal over its own fields and the seal of the entry before it, so changing
// or removing an entry anywhere in history breaks every seal after it and
// `check` (checkAuditChain) names the first entry that no longer fits.
// Entries cut off the end leave a chain that still fits, so the trail's head
// (table audit_head: how many entries were written and the newest seal) is
// moved with every append, and `check` compares the trail's end with it.
#include <soci/soci.h>

#include <string>
#include <vector>

namespace cg::store {

struct AuditEntryText {
    std::string at, actor, caseReference, recordKind;
    long long recordNo = 0;
    std::string action, change;
};

// SHA-256 over the previous seal and the entry's fields, each prefixed by its
// length so that no two different entries read the same.
std::string auditSeal(const std::string& previousSeal, const AuditEntryText& entry);

// The seal of the newest entry, or "" for an empty trail. Takes the dialect's
// audit lock first, so the caller's append is the next link of the chain.
std::string lastAuditSeal(soci::session& sql);

// Seals entries written before the trail was sealed (schema version 3), in
// order, continuing the chain.
void sealUnsealedAuditEntries(soci::session& sql);

// One line per entry whose seal does not fit: "audit trail: entry 17 (case
// CG-2026-0001, party 2 update by Maria at ...) was changed, or an entry
// before it was removed, after it was written"; and one when the trail's end
// does not match its head (entries removed from the end, or sealed entries
// added after the last one CommonGround wrote).
std::vector<std::string> checkAuditChain(soci::session& sql);

}  // namespace cg::store
