#pragma once
// File > Connect to a server… (forms/connection_dialog.xrc): where the firm's
// PostgreSQL server is and who logs in, checked as it is typed. Test
// connection tries the login on a worker thread and shows the store's own
// message. The address is remembered in the settings; the password only in
// the desktop's secret store (wxSecretStore) where the wx build has one, and
// otherwise it is asked each time, which the dialog says.
#include <memory>
#include <string>

#include <wx/dialog.h>

#include "app/background_job.h"

class wxButton;
class wxCheckBox;
class wxConfigBase;
class wxStaticText;
class wxTextCtrl;

namespace cg::app {

struct ServerLogin {
    std::string host;
    int port = 5432;
    std::string database;
    std::string user;
    std::string password;

    // "postgresql://user:password@host:port/database", each part %-encoded.
    std::string url() const;
    // The same without the password, for the title bar and messages.
    std::string display() const;
};

class ConnectionDialog : public wxDialog {
public:
    ConnectionDialog(wxWindow* parent, wxConfigBase& settings, std::string actor);
    ~ConnectionDialog() override;

    // Checks the fields, then remembers the server (and, where it can, the password).
    bool TransferDataFromWindow() override;
    const ServerLogin& login() const { return m_login; }

    // Tries the login on a worker thread; the outcome shows under the fields.
    void testConnection();
    BackgroundJob& testJob() { return *m_testJob; }
    wxString problem() const;     // the inline validation message, "" when the fields are fine
    wxString testResult() const;  // what the last Test connection found

    // Whether this build of wx can keep a password in the desktop's secret store.
    static bool canRememberPassword();

private:
    ServerLogin loginInWindow() const;  // throws domain::ValidationError naming the field
    void validate();
    void restoreRemembered();
    void remember(const ServerLogin& login);

    wxConfigBase& m_settings;
    std::string m_actor;
    ServerLogin m_login;
    wxTextCtrl* m_host = nullptr;
    wxTextCtrl* m_port = nullptr;
    wxTextCtrl* m_database = nullptr;
    wxTextCtrl* m_user = nullptr;
    wxTextCtrl* m_password = nullptr;
    wxCheckBox* m_remember = nullptr;
    wxStaticText* m_message = nullptr;
    wxStaticText* m_testResult = nullptr;
    wxButton* m_test = nullptr;
    wxString m_testText;  // as found; the label shows it wrapped
    std::unique_ptr<BackgroundJob> m_testJob;
};

}  // namespace cg::app
