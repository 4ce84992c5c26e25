#include "store/server_address.h"

#include <algorithm>
#include <cctype>

#include "store/store_error.h"

namespace cg::store {

namespace {

// How long libpq waits for a server that does not answer at all (a firewall
// dropping packets) before the mediator is told; libpq's own default is to
// wait as long as the operating system does, which can be minutes.
constexpr int kConnectTimeoutSeconds = 10;

const char* const kSslModes[] = {"disable", "allow",     "prefer",
                                 "require", "verify-ca", "verify-full"};

[[noreturn]] void refuse(const std::string& url, const std::string& why) {
    throw StoreError("'" + url + "' is not a PostgreSQL address CommonGround can use: " + why +
                     ". Write it as postgresql://user@host:port/dbname.");
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// RFC 3986 percent-decoding: a user name or password may hold '@', ':' or '/'.
std::string percentDecoded(const std::string& url, const std::string& text) {
    std::string decoded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            decoded += text[i];
            continue;
        }
        const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
        if (high < 0 || low < 0) refuse(url, "'%' must be followed by two hexadecimal digits");
        decoded += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return decoded;
}

int parsePort(const std::string& url, const std::string& text) {
    if (text.empty() || text.size() > 5 ||
        !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }))
        refuse(url, "the port '" + text + "' is not a number from 1 to 65535");
    const int port = std::stoi(text);
    if (port < 1 || port > 65535) refuse(url, "the port " + text + " is not from 1 to 65535");
    return port;
}

void readQuery(const std::string& url, const std::string& query, ServerAddress& address) {
    std::size_t start = 0;
    while (start <= query.size()) {
        const std::size_t end = std::min(query.find('&', start), query.size());
        const std::string pair = query.substr(start, end - start);
        const std::size_t equals = pair.find('=');
        const std::string key = pair.substr(0, equals);
        const std::string value =
            equals == std::string::npos ? "" : percentDecoded(url, pair.substr(equals + 1));
        if (key != "sslmode")
            refuse(url, "the option '" + key + "' is not supported (only sslmode is)");
        if (std::find(std::begin(kSslModes), std::end(kSslModes), value) == std::end(kSslModes))
            refuse(url, "sslmode '" + value +
                            "' is not one of disable, allow, prefer, require, verify-ca, "
                            "verify-full");
        address.sslMode = value;
        start = end + 1;
    }
}

// libpq's keyword='value' quoting: backslash and single quote are escaped.
std::string quoted(const std::string& value) {
    std::string text = "'";
    for (char c : value) {
        if (c == '\\' || c == '\'') text += '\\';
        text += c;
    }
    return text + "'";
}

}  // namespace

ServerAddress parseServerUrl(const std::string& url) {
    const std::size_t schemeEnd = url.find("://");
    std::string rest = url.substr(schemeEnd + 3);
    ServerAddress address;

    if (const std::size_t question = rest.find('?'); question != std::string::npos) {
        readQuery(url, rest.substr(question + 1), address);
        rest.erase(question);
    }
    std::string authority = rest;
    if (const std::size_t slash = rest.find('/'); slash != std::string::npos) {
        authority = rest.substr(0, slash);
        address.database = percentDecoded(url, rest.substr(slash + 1));
    }
    if (const std::size_t at = authority.rfind('@'); at != std::string::npos) {
        const std::string userInfo = authority.substr(0, at);
        authority.erase(0, at + 1);
        const std::size_t colon = userInfo.find(':');
        address.user = percentDecoded(url, userInfo.substr(0, colon));
        if (colon != std::string::npos)
            address.password = percentDecoded(url, userInfo.substr(colon + 1));
    }
    std::string portText;
    if (!authority.empty() && authority.front() == '[') {  // [::1]:5432
        const std::size_t close = authority.find(']');
        if (close == std::string::npos) refuse(url, "the '[' of an IPv6 address is not closed");
        address.host = authority.substr(1, close - 1);
        const std::string after = authority.substr(close + 1);
        if (!after.empty() && after.front() != ':')
            refuse(url, "only ':port' may follow the IPv6 address");
        if (!after.empty()) portText = after.substr(1);
        if (after == ":") refuse(url, "the ':' after the host gives no port");
    } else {
        const std::size_t colon = authority.find(':');
        address.host = percentDecoded(url, authority.substr(0, colon));
        if (colon != std::string::npos) {
            portText = authority.substr(colon + 1);
            if (portText.empty()) refuse(url, "the ':' after the host gives no port");
        }
    }
    if (!portText.empty()) address.port = parsePort(url, portText);
    return address;
}

std::string ServerAddress::display() const {
    std::string text;
    if (!user.empty()) text += user + "@";
    text += hostAndPort();
    if (!database.empty()) text += "/" + database;
    return text;
}

std::string ServerAddress::hostAndPort() const {
    const std::string shownHost = host.empty() ? "localhost" : host;
    const std::string hostPart =
        shownHost.find(':') != std::string::npos ? "[" + shownHost + "]" : shownHost;
    return hostPart + ":" + std::to_string(port == 0 ? 5432 : port);
}

std::string ServerAddress::libpqConnectString() const {
    // Case records are UTF-8 whatever the client's locale says.
    std::string text = "application_name='CommonGround' client_encoding='UTF8' connect_timeout=" +
                       std::to_string(kConnectTimeoutSeconds);
    if (!host.empty()) text += " host=" + quoted(host);
    if (port != 0) text += " port=" + std::to_string(port);
    if (!user.empty()) text += " user=" + quoted(user);
    if (!password.empty()) text += " password=" + quoted(password);
    if (!database.empty()) text += " dbname=" + quoted(database);
    if (!sslMode.empty()) text += " sslmode=" + sslMode;
    return text;
}

}  // namespace cg::store
