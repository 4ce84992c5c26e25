#pragma once
#include <string>

#include "domain/errors.h"

namespace cg::exchange {

// A case file or catalog that cannot be read, with where and what:
// "sample.cgcase:41:7: claim-1: refers to fact 9, which is not in this case".
// Line 0 means the whole file (it cannot be opened, it is too large); the
// message then reads "sample.cgcase: what", as compilers print such errors.
class ImportError : public domain::Error {
public:
    ImportError(std::string file, int line, int column, const std::string& what)
        : domain::Error(locate(file, line, column) + ": " + what),
          m_file(std::move(file)), m_line(line), m_column(column), m_what(what) {}

    const std::string& file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    const std::string& problem() const { return m_what; }

private:
    static std::string locate(const std::string& file, int line, int column) {
        if (line <= 0) return file;
        return file + ":" + std::to_string(line) + ":" + std::to_string(column);
    }

    std::string m_file;
    int m_line;
    int m_column;
    std::string m_what;
};

}  // namespace cg::exchange
