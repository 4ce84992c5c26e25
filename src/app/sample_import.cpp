#include "app/sample_import.h"

#include "domain/errors.h"
#include "exchange/case_file.h"
#include "store/case_repository.h"
#include "store/database.h"

namespace cg::app {

ImportOutcome importCaseFiles(const std::string& connection, const std::string& actor,
                              const std::vector<std::filesystem::path>& files,
                              const std::function<void(const ImportProgress&)>& progress) {
    auto db = store::Database::open(connection, actor, store::Database::OpenMode::CreateIfMissing);
    store::CaseRepository cases(*db);
    ImportOutcome outcome;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (progress) progress({i, files.size(), files[i].filename().string()});
        try {
            const domain::CaseRecord record = exchange::readCaseFile(files[i].string());
            cases.insert(record);
            outcome.imported.push_back(record.head.reference);
        } catch (const domain::Error& e) {
            outcome.failures.push_back(e.what());
        }
    }
    if (progress) progress({files.size(), files.size(), {}});
    return outcome;
}

}  // namespace cg::app
