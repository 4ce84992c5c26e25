// libFuzzer target: any bytes handed to the case-file importer either read
// as a case or are refused with an ImportError (a domain::Error). Anything
// else escaping (std::out_of_range, a crash, a sanitizer report) is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/errors.h"
#include "exchange/case_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        cg::exchange::readCaseFileText(text, "fuzz.cgcase");
    } catch (const cg::domain::Error&) {
        // A refused file is the expected outcome for almost every input.
    }
    return 0;
}
