#include "app/connection_dialog.h"

#include <cstdio>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/config.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>
#if wxUSE_SECRETSTORE
#include <wx/secretstore.h>
#endif

#include "app/inline_check.h"
#include "app/wx_text.h"
#include "domain/errors.h"
#include "store/database.h"

namespace cg::app {

namespace {

constexpr char kHostKey[] = "/Server/Host";
constexpr char kPortKey[] = "/Server/Port";
constexpr char kDatabaseKey[] = "/Server/Database";
constexpr char kUserKey[] = "/Server/User";
constexpr char kRememberKey[] = "/Server/Remember";

// RFC 3986: anything but the unreserved characters is written %XX, so that a
// password holding '@' or '/' cannot change what the URL names.
std::string percentEncoded(const std::string& text) {
    std::string out;
    for (const unsigned char c : text) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

[[noreturn]] void refuse(const wxString& problem) { throw domain::ValidationError(fromWx(problem)); }

#if wxUSE_SECRETSTORE
wxString secretService(const ServerLogin& login) {
    return toWx("CommonGround/" + login.host + ":" + std::to_string(login.port) + "/" + login.database);
}
#endif

}  // namespace

std::string ServerLogin::url() const {
    std::string text = "postgresql://" + percentEncoded(user);
    if (!password.empty()) text += ":" + percentEncoded(password);
    return text + "@" + host + ":" + std::to_string(port) + "/" + percentEncoded(database);
}

std::string ServerLogin::display() const {
    return user + "@" + host + ":" + std::to_string(port) + "/" + database;
}

bool ConnectionDialog::canRememberPassword() {
#if wxUSE_SECRETSTORE
    wxString why;
    return wxSecretStore::GetDefault().IsOk(&why);
#else
    return false;
#endif
}

ConnectionDialog::ConnectionDialog(wxWindow* parent, wxConfigBase& settings, std::string actor)
    : m_settings(settings), m_actor(std::move(actor)), m_testJob(std::make_unique<BackgroundJob>(*this)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "ConnectionDialog");
    m_host = formControl<wxTextCtrl>(this, "host");
    m_port = formControl<wxTextCtrl>(this, "port");
    m_database = formControl<wxTextCtrl>(this, "database");
    m_user = formControl<wxTextCtrl>(this, "user");
    m_password = formControl<wxTextCtrl>(this, "password");
    m_remember = formControl<wxCheckBox>(this, "remember");
    m_message = formControl<wxStaticText>(this, "message");
    m_testResult = formControl<wxStaticText>(this, "test_result");
    m_test = formControl<wxButton>(this, "test");
    auto* note = formControl<wxStaticText>(this, "password_note");
    note->SetLabelText(canRememberPassword()
                           ? _("The password is kept in the desktop's secret store, never in the settings file.")
                           : _("The password is not remembered: this system offers no secret store, and it is "
                               "never written to the settings file. It is asked each time."));
    note->Wrap(FromDIP(420));
    restoreRemembered();
    for (wxTextCtrl* field : {m_host, m_port, m_database, m_user})
        field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { validate(); });
    m_test->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { testConnection(); });
    m_test->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_testJob->busy() && problem().empty()); });
    validate();
    GetSizer()->SetSizeHints(this);
}

// The worker reports to this dialog; it must have finished before the dialog goes.
ConnectionDialog::~ConnectionDialog() { m_testJob->wait(); }

ServerLogin ConnectionDialog::loginInWindow() const {
    ServerLogin login;
    login.host = fromWx(m_host->GetValue().Strip(wxString::both));
    if (login.host.empty()) refuse(_("Enter the server's host name or address."));
    if (login.host.find_first_of(" \t:/@?#[]") != std::string::npos)
        refuse(_("The server name cannot contain spaces or any of : / @ ? # [ ]"));
    const wxString port = m_port->GetValue().Strip(wxString::both);
    long number = 0;
    if (port.empty() || !port.IsNumber() || !port.ToLong(&number) || number < 1 || number > 65535)
        refuse(_("The port is a number from 1 to 65535 (PostgreSQL's own is 5432)."));
    login.port = static_cast<int>(number);
    login.database = fromWx(m_database->GetValue().Strip(wxString::both));
    if (login.database.empty()) refuse(_("Enter the name of the database on the server."));
    login.user = fromWx(m_user->GetValue().Strip(wxString::both));
    if (login.user.empty()) refuse(_("Enter your user name on the server."));
    login.password = fromWx(m_password->GetValue());
    return login;
}

void ConnectionDialog::validate() {
    checkInline(FindWindow(wxID_OK), m_message, [this] { loginInWindow(); });
}

wxString ConnectionDialog::problem() const { return m_message->GetLabelText(); }

wxString ConnectionDialog::testResult() const { return m_testText; }

void ConnectionDialog::testConnection() {
    ServerLogin login;
    try {
        login = loginInWindow();
    } catch (const domain::Error&) {
        return;  // the inline message already says what is missing
    }
    m_testResult->SetForegroundColour(GetForegroundColour());
    m_testText = wxString::Format(_(L"Connecting to %s\u2026"), toWx(login.display()));
    m_testResult->SetLabelText(m_testText);
    Layout();
    auto found = std::make_shared<std::string>();
    m_testJob->start(
        [login, actor = m_actor, found](const BackgroundJob::Progress&) {
            *found = store::Database::open(login.url(), actor)->describe();
        },
        [](const wxString&) {},
        [this, found](std::exception_ptr failure) {
            wxString result;
            try {
                if (failure) std::rethrow_exception(failure);
                result = wxString::Format(_("Connected: %s is ready."), toWx(*found));
                m_testResult->SetForegroundColour(wxColour(0x1B, 0x5E, 0x20));
            } catch (const std::exception& e) {
                result = toWx(e.what());
                m_testResult->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
            }
            m_testText = result;
            m_testResult->SetLabelText(result);
            m_testResult->Wrap(FromDIP(420));
            GetSizer()->SetSizeHints(this);
        });
}

bool ConnectionDialog::TransferDataFromWindow() {
    try {
        m_login = loginInWindow();
    } catch (const domain::Error&) {
        validate();
        return false;
    }
    remember(m_login);
    return true;
}

void ConnectionDialog::restoreRemembered() {
    const bool remembered = m_settings.ReadBool(kRememberKey, true);
    m_remember->SetValue(remembered);
    if (!remembered) return;
    m_host->ChangeValue(m_settings.Read(kHostKey, wxString()));
    m_port->ChangeValue(wxString::Format("%ld", m_settings.ReadLong(kPortKey, 5432)));
    m_database->ChangeValue(m_settings.Read(kDatabaseKey, wxString()));
    m_user->ChangeValue(m_settings.Read(kUserKey, wxString()));
#if wxUSE_SECRETSTORE
    if (canRememberPassword()) {
        ServerLogin login;
        login.host = fromWx(m_host->GetValue());
        login.port = static_cast<int>(m_settings.ReadLong(kPortKey, 5432));
        login.database = fromWx(m_database->GetValue());
        wxString user;
        wxSecretValue secret;
        if (wxSecretStore::GetDefault().Load(secretService(login), user, secret) && user == m_user->GetValue())
            m_password->ChangeValue(secret.GetAsString());
    }
#endif
}

void ConnectionDialog::remember(const ServerLogin& login) {
    const bool keep = m_remember->GetValue();
    m_settings.Write(kRememberKey, keep);
    if (!keep) {
        for (const char* key : {kHostKey, kPortKey, kDatabaseKey, kUserKey}) m_settings.DeleteEntry(key);
#if wxUSE_SECRETSTORE
        if (canRememberPassword()) wxSecretStore::GetDefault().Delete(secretService(login));
#endif
        return;
    }
    m_settings.Write(kHostKey, toWx(login.host));
    m_settings.Write(kPortKey, static_cast<long>(login.port));
    m_settings.Write(kDatabaseKey, toWx(login.database));
    m_settings.Write(kUserKey, toWx(login.user));
    // The password never goes to the settings file, whatever the store offers.
#if wxUSE_SECRETSTORE
    if (canRememberPassword() && !login.password.empty())
        wxSecretStore::GetDefault().Save(secretService(login), toWx(login.user),
                                         wxSecretValue(toWx(login.password)));
#endif
    m_settings.Flush();
}

}  // namespace cg::app
