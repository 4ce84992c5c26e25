#include "app/background_job.h"

namespace cg::app {

BackgroundJob::~BackgroundJob() { wait(); }

bool BackgroundJob::start(Work work, Progress onProgress, Done onDone) {
    if (m_busy) return false;
    wait();
    m_busy = true;
    m_thread = std::thread([this, work = std::move(work), onProgress = std::move(onProgress),
                            onDone = std::move(onDone)] {
        std::exception_ptr failure;
        try {
            work([this, onProgress](const wxString& text) {
                // wxString is not shared between threads: hand over a private copy.
                const wxString copy = wxString(text.wc_str());
                m_owner.CallAfter([onProgress, copy] { onProgress(copy); });
            });
        } catch (...) {
            failure = std::current_exception();
        }
        m_owner.CallAfter([this, onDone, failure] {
            m_busy = false;
            onDone(failure);
        });
    });
    return true;
}

void BackgroundJob::wait() {
    if (m_thread.joinable()) m_thread.join();
}

}  // namespace cg::app
