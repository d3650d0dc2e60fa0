#include "core/market/CsvBarData.h"

#include <algorithm>

namespace sn {

std::string CsvIssue::toString(const std::string &sourceName) const
{
    std::string out = sourceName + ":" + std::to_string(line) + ": ";
    if (severity == Severity::Warning)
        out += "warning: ";
    if (!field.empty())
        out += "field '" + field + "': ";
    return out + message;
}

std::size_t CsvBarData::errorCount() const
{
    return static_cast<std::size_t>(std::count_if(issues.begin(), issues.end(), [](const CsvIssue &i) {
        return i.severity == CsvIssue::Severity::Error;
    }));
}

std::string CsvBarData::formatIssues() const
{
    std::string out;
    for (const auto &issue : issues) {
        out += issue.toString(sourceName);
        out += '\n';
    }
    return out;
}

Error CsvBarData::rejectionError() const
{
    std::string msg = std::to_string(rowsSkipped) + " of " + std::to_string(rowsRead) +
                      " rows are invalid; the file was not imported:";
    for (const auto &issue : issues) {
        if (issue.severity != CsvIssue::Severity::Error)
            continue;
        msg += '\n';
        msg += issue.toString(sourceName);
    }
    return Error{ErrorCode::ParseError, msg, sourceName};
}

} // namespace sn
