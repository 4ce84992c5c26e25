#pragma once
// A small, valid case file whose line numbers the error tests rely on, and a
// helper to break it in one place. Used by the exchange tests (reading it
// directly) and the CLI tests (importing it into a real database).
#include <stdexcept>
#include <string>
#include <string_view>

namespace cg::testing {

// Exactly what writeCaseFileText gives for this case (a test checks that).
//   line 7: party-1, line 10: party-2, line 15: interest-1, line 21: fact-1,
//   line 26: claim-1, line 28: its fact-ref.
inline const std::string kValidCaseFile = R"(<?xml version="1.0" encoding="UTF-8"?>
<case-file xmlns="urn:commonground:case-file:1" format-version="1">
  <case reference="CG-2026-0001" status="active" currency="USD" opened-on="2026-01-15">
    <title>Müller v. Kessler IT</title>
  </case>
  <parties>
    <party id="party-1" kind="organisation" role="claimant">
      <name>Zahnarztpraxis Müller</name>
    </party>
    <party id="party-2" kind="organisation" role="respondent">
      <name>Kessler IT Services GmbH</name>
    </party>
  </parties>
  <interests>
    <interest id="interest-1" party="party-1" category="operational-continuity" priority="1" visibility="everyone">
      <description>Keep the practice open</description>
    </interest>
  </interests>
  <clauses/>
  <facts>
    <fact id="fact-1" category="event" occurred-on="2026-01-03" records-affected="4200" standing="agreed">
      <description>Ransomware encrypted the file server</description>
    </fact>
  </facts>
  <claims>
    <claim id="claim-1" accuser="party-1" accused="party-2" basis="negligence">
      <allegation>Left the backups unmonitored</allegation>
      <fact-ref ref="fact-1"/>
    </claim>
  </claims>
  <options/>
  <sessions/>
  <offers/>
  <losses/>
  <drafts/>
</case-file>
)";

// text with the one occurrence of `from` replaced by `to`; throws if `from`
// does not occur exactly once, so a test cannot silently break nothing.
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    if (at == std::string::npos || text.find(from, at + 1) != std::string::npos)
        throw std::logic_error("test text must contain '" + std::string(from) + "' exactly once");
    return text.replace(at, from.size(), to);
}

}  // namespace cg::testing
