#include "store/postgresql_errors.h"

#include <pwd.h>
#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <cstdlib>

#include "domain/errors.h"
#include "store/store_error.h"

namespace cg::store {

namespace {

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

// libpq's text without SOCI's preamble, the severity and the trailing hint
// lines: "Connection refused", "duplicate key value violates ...".
std::string serverReason(const soci::soci_error& error) {
    std::string message = error.get_error_message();
    if (message.rfind("Cannot establish connection to the database.", 0) == 0)
        message = message.substr(message.find('\n') == std::string::npos ? message.size()
                                                                         : message.find('\n') + 1);
    if (const auto newline = message.find('\n'); newline != std::string::npos)
        message.erase(newline);
    // 'connection to server at "127.0.0.1", port 1 failed: Connection refused'
    if (const auto failed = message.find(" failed: "); failed != std::string::npos)
        message = message.substr(failed + 9);
    // SOCI puts its own words first: "Cannot execute query. Fatal error. ERROR:  ...".
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (std::string_view preamble : {"Cannot execute query. ", "Cannot prepare statement. ",
                                          "Fatal error. ", "Connection failed. "})
            if (message.rfind(preamble, 0) == 0) {
                message.erase(0, preamble.size());
                stripped = true;
            }
    }
    for (std::string_view severity : {"FATAL:  ", "ERROR:  "})
        if (const auto pos = message.find(severity); pos != std::string::npos)
            message = message.substr(pos + severity.size());
    while (!message.empty() && (message.back() == ' ' || message.back() == '.')) message.pop_back();
    return message.empty() ? "no reason given" : message;
}

// Who libpq logged in as when the address names nobody.
std::string loginUser(const ServerAddress& server) {
    if (!server.user.empty()) return server.user;
    if (const char* user = std::getenv("PGUSER"); user && *user) return user;
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name) return entry->pw_name;
    return "(unknown)";
}

}  // namespace

void throwPostgresqlError(const soci::soci_error& error, const ErrorContext& context) {
    const ServerAddress& server = *context.server;
    const std::string head = "Could not " + context.doing + ": ";
    const std::string reason = serverReason(error);
    const std::string at = server.hostAndPort();
    std::string state;
    if (const auto* pgError = dynamic_cast<const soci::postgresql_soci_error*>(&error))
        state = pgError->sqlstate();

    if (context.connectionLost || state.rfind("08", 0) == 0 || state == "57P01" ||
        state == "57P02") {
        // A connection that never came up is "cannot reach"; one that was up
        // and went away mid-action is "lost", and the action was rolled back.
        if (contains(error.get_error_message(), "Cannot establish connection") ||
            contains(reason, "Connection refused") || contains(reason, "timeout expired") ||
            contains(reason, "could not translate host name"))
            throw StoreError(head + "cannot reach the database server at " + at + ": " + reason +
                             "; check that it is running and the address is right.");
        throw StoreError(head + "the connection to the database server at " + at + " was lost (" +
                         reason +
                         "); nothing was saved. Check the network and that the server is running, "
                         "then try again: CommonGround connects again by itself.");
    }
    if (contains(reason, "password authentication failed") ||
        contains(reason, "no password supplied") || contains(reason, "authentication failed") ||
        contains(reason, "role \"") || state == "28P01" || state == "28000")
        throw StoreError(head + "the server refused the login for user " + loginUser(server) +
                         ": " + reason +
                         ". Check the user name and the password (in the address, in PGPASSWORD "
                         "or in ~/.pgpass).");
    if (contains(reason, "database \"") && contains(reason, "does not exist"))
        throw StoreError(head + "the server at " + at + " has no database named " +
                         (server.database.empty() ? loginUser(server) : server.database) +
                         ". Check the name, or ask the server's administrator to create it.");
    if (contains(error.get_error_message(), "Cannot establish connection"))
        throw StoreError(head + "cannot reach the database server at " + at + ": " + reason +
                         "; check that it is running and the address is right.");

    if (state == "23505")
        throw domain::ConflictError(
            head + "it clashes with a record already stored (" + reason +
            "). Someone may have saved the same record meanwhile; reload and try again.");
    if (state == "23503")
        throw domain::ValidationError(
            head + "it would leave a link pointing at a record that is not in this case (" +
            reason + ").");
    if (state.rfind("23", 0) == 0)
        throw domain::ValidationError(head + "the database refused a value (" + reason + ").");
    if (state == "40001" || state == "40P01")
        throw domain::ConflictError(head +
                                    "another mediator changed the same records at the same "
                                    "moment, so nothing was saved. Try again.");
    if (state == "55P03")
        throw StoreError(head +
                         "another mediator has been saving to the same case for more than "
                         "5 seconds; nothing was saved. Wait a moment and try again.");
    if (state == "42501")
        throw StoreError(head + "the server does not allow user " + loginUser(server) +
                         " to do this (" + reason +
                         "). Ask the server's administrator for rights on the database.");
    if (state == "53100")
        throw StoreError(head +
                         "the database server's disk is full; nothing was saved. Tell the "
                         "server's administrator.");
    if (state == "53300")
        throw StoreError(head + "the database server at " + at + " has no free connection (" +
                         reason +
                         "). Try again in a moment, or ask its administrator to allow more.");
    throw StoreError(head + "the database " + context.path + " reported an error: " + reason + ".");
}

}  // namespace cg::store
