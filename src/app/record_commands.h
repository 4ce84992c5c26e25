#pragma once
// The undoable changes of the workspace. Each command is one store call (one
// transaction) to do and one to undo: add ↔ remove, old ↔ new. They keep the
// case reference and whole records, not pointers into views, so the session's
// undo history outlives closing and reopening a case.
#include <functional>
#include <optional>

#include <wx/app.h>
#include <wx/cmdproc.h>

#include "app/case_change_listener.h"
#include "app/prompts.h"
#include "app/record_kinds.h"
#include "app/wx_text.h"
#include "store/case_repository.h"
#include "store/database.h"
#include "store/record_repository.h"

namespace cg::app {

// Runs one store call; on failure shows why and reports false, which tells
// wxCommandProcessor not to record (or not to move) the command. A record
// another mediator saved since it was loaded is not overwritten: the message
// says who and when, and offers to reload the case (`reload`).
template <typename Call>
bool runChange(const wxString& failedHeadline, Call call, const std::function<void()>& reload = {}) {
    try {
        call();
        return true;
    } catch (const store::RecordChangedMeanwhile& changed) {
        wxWindow* parent = wxTheApp ? wxTheApp->GetTopWindow() : nullptr;
        if (!reload) {
            reportCurrentError(parent, failedHeadline);
            return false;
        }
        if (prompts().warn(parent, failedHeadline, toWx(changed.what()), _("&Reload")))
            reload();
        return false;
    } catch (const std::exception&) {
        reportCurrentError(wxTheApp ? wxTheApp->GetTopWindow() : nullptr, failedHeadline);
        return false;
    }
}

// "Could not delete party 2." / "Could not undo “Add interest”."
inline wxString failure(const wxString& commandName, bool undoing) {
    return undoing ? wxString::Format(_(L"Could not undo \u201c%s\u201d."), commandName)
                   : wxString::Format(_(L"Could not do \u201c%s\u201d."), commandName);
}

template <typename Record>
class RecordChange : public wxCommand {
public:
    enum class Action { Add, Update, Remove };

    // loadedVersion: the version of the record the window showed (an update
    // or delete over a newer one is refused); none saves over what is stored.
    RecordChange(store::Database& db, CaseChangeListener& listener, std::string caseRef, Action action,
                 Record before, Record after, std::optional<long long> loadedVersion = std::nullopt)
        : wxCommand(true, describe(action, before, after)), m_db(db), m_listener(listener),
          m_caseRef(std::move(caseRef)), m_action(action), m_before(std::move(before)),
          m_after(std::move(after)), m_version(loadedVersion) {}

    bool Do() override {
        return apply([&] {
            store::RecordRepository<Record> repo(m_db);
            switch (m_action) {
                case Action::Add:
                    m_after.no = repo.add(m_caseRef, m_after);
                    m_version = kNewRecordVersion;
                    break;
                case Action::Update: m_version = save(repo, m_after); break;
                case Action::Remove: erase(repo, m_before.no); break;
            }
        }, false);
    }

    bool Undo() override {
        return apply([&] {
            store::RecordRepository<Record> repo(m_db);
            switch (m_action) {
                case Action::Add: erase(repo, m_after.no); break;
                case Action::Update: m_version = save(repo, m_before); break;
                case Action::Remove:
                    repo.add(m_caseRef, m_before);
                    m_version = kNewRecordVersion;
                    break;
            }
        }, true);
    }

    // The record as stored by the last Do (its number is known after an add).
    const Record& stored() const { return m_after; }

private:
    static wxString describe(Action action, const Record& before, const Record& after) {
        const wxString kind = RecordKind<Record>::singular();
        switch (action) {
            case Action::Add: return wxString::Format(_("Add %s"), kind);
            case Action::Update: return wxString::Format(_("Edit %s %lld"), kind, static_cast<long long>(after.no));
            case Action::Remove: break;
        }
        return wxString::Format(_("Delete %s %lld"), kind, static_cast<long long>(before.no));
    }

    // Undo and redo carry on from the version this command's last step
    // made, so they too refuse to overwrite someone else's later change.
    static constexpr long long kNewRecordVersion = 1;

    long long save(store::RecordRepository<Record>& repo, const Record& record) {
        return m_version ? repo.update(m_caseRef, record, *m_version) : repo.update(m_caseRef, record);
    }
    void erase(store::RecordRepository<Record>& repo, domain::RecordNo no) {
        if (m_version) repo.remove(m_caseRef, no, *m_version);
        else repo.remove(m_caseRef, no);
    }

    template <typename Call>
    bool apply(Call call, bool undoing) {
        bool reloadWhole = false;
        const bool ok = runChange(failure(GetName(), undoing), call, [&] { reloadWhole = true; });
        m_listener.caseChanged(m_caseRef, reloadWhole ? ChangedPart::WholeCase : RecordKind<Record>::part);
        return ok;
    }

    store::Database& m_db;
    CaseChangeListener& m_listener;
    std::string m_caseRef;
    Action m_action;
    Record m_before;
    Record m_after;
    std::optional<long long> m_version;
};

// A new case, or new details for an existing one.
class CaseHeadChange : public wxCommand {
public:
    // before == nullopt: create the case (undo removes it again).
    // loadedVersion: the head's version as the window showed it (see RecordChange).
    CaseHeadChange(store::Database& db, CaseChangeListener& listener, std::optional<domain::Case> before,
                   domain::Case after, std::optional<long long> loadedVersion = std::nullopt)
        : wxCommand(true, before ? _("Edit case details") : _("New case")), m_db(db), m_listener(listener),
          m_before(std::move(before)), m_after(std::move(after)),
          m_version(loadedVersion && *loadedVersion > 0 ? loadedVersion : std::nullopt) {}

    bool Do() override {
        return apply([&] {
            store::CaseRepository cases(m_db);
            if (m_before) m_version = save(cases, m_after);
            else cases.create(m_after);
        }, false);
    }
    bool Undo() override {
        return apply([&] {
            store::CaseRepository cases(m_db);
            if (m_before) m_version = save(cases, *m_before);
            else cases.remove(m_after.reference);
        }, true);
    }

private:
    long long save(store::CaseRepository& cases, const domain::Case& head) {
        return m_version ? cases.updateHead(head, *m_version) : cases.updateHead(head);
    }

    template <typename Call>
    bool apply(Call call, bool undoing) {
        bool reloadWhole = !m_before;
        const bool ok = runChange(failure(GetName(), undoing), call, [&] { reloadWhole = true; });
        m_listener.caseChanged(m_after.reference, reloadWhole ? ChangedPart::WholeCase : ChangedPart::Head);
        return ok;
    }

    store::Database& m_db;
    CaseChangeListener& m_listener;
    std::optional<domain::Case> m_before;
    domain::Case m_after;
    std::optional<long long> m_version;
};

}  // namespace cg::app
