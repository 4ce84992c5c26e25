#pragma once
// Naming the same security control in facts and clauses. Samples write
// "CIS 3.11 Encrypt Sensitive Data at Rest" in both; the example
// writes just "CIS 3.11"; frameworks can take two words ("PCI DSS 3.5.1").
// Two texts name the same control when their leading framework + identifier
// agree.
#include <string>
#include <string_view>

namespace cg::domain {

struct ControlKey {
    std::string framework;   // "CIS", "PCI DSS", "NIST" (upper case)
    std::string identifier;  // "3.11", "PR.AA" (upper case); empty when the text names no identifier

    // The words up to and including the first that holds a digit or a dot
    // form the reference; the framework is the words before it. A text with
    // no such word ("MFA on remote access") becomes a framework-less
    // reference to the whole text, so it still matches itself.
    static ControlKey parse(std::string_view text);

    // "CIS 3.11"
    std::string key() const;

    // A clause that covers a control covers its safeguards: "CIS 3" covers
    // "CIS 3.11" (CIS Controls v8 numbers each safeguard within its control),
    // but "CIS 3.1" does not cover "CIS 3.11".
    bool covers(const ControlKey& other) const;

    friend bool operator==(const ControlKey&, const ControlKey&) = default;
};

}  // namespace cg::domain
