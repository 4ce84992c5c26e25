#pragma once
// Runs one long piece of work (an import, an export) on a worker thread while
// the window stays responsive. Progress and the outcome come back to the
// owning window's event loop with CallAfter, so every handler runs on the UI
// thread; if the window is gone first its pending calls are discarded.
#include <atomic>
#include <exception>
#include <functional>
#include <thread>

#include <wx/event.h>
#include <wx/string.h>

namespace cg::app {

class BackgroundJob {
public:
    using Progress = std::function<void(const wxString&)>;
    using Work = std::function<void(const Progress& report)>;
    using Done = std::function<void(std::exception_ptr failure)>;

    explicit BackgroundJob(wxEvtHandler& owner) : m_owner(owner) {}
    ~BackgroundJob();
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    bool busy() const { return m_busy; }
    // Returns false (and starts nothing) while another job is still running.
    bool start(Work work, Progress onProgress, Done onDone);
    // Blocks until the running job, if any, has finished (shutdown, tests).
    void wait();

private:
    wxEvtHandler& m_owner;
    std::thread m_thread;
    std::atomic<bool> m_busy{false};
};

}  // namespace cg::app
