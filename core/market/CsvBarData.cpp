#include "core/market/CsvBarData.h"

#include "core/common/UserText.h"

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

std::string CsvIssue::toUserString(const std::string &sourceName) const
{
    const std::string text = userMessage.empty() ? message : userMessage;
    const std::string where = sourceName + ":" + std::to_string(line);
    if (severity == Severity::Warning)
        return field.empty() ? translatedText(SN_TEXT("sn::CsvImport", "%1: warning: %2"), {where, text})
                             : translatedText(SN_TEXT("sn::CsvImport", "%1: warning: field '%2': %3"),
                                              {where, field, text});
    return field.empty()
               ? where + ": " + text
               : translatedText(SN_TEXT("sn::CsvImport", "%1: field '%2': %3"), {where, field, text});
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
    const auto summary = SN_TEXT("sn::CsvImport", "%1 of %2 rows are invalid; the file was not imported:");
    const std::string skipped = std::to_string(rowsSkipped);
    const std::string read = std::to_string(rowsRead);
    Error e{ErrorCode::ParseError, summary, {skipped, read}, sourceName};
    std::string english = e.message;
    std::string user = e.userMessage.empty() ? e.message : e.userMessage;
    for (const auto &issue : issues) {
        if (issue.severity != CsvIssue::Severity::Error)
            continue;
        english += '\n';
        english += issue.toString(sourceName);
        user += '\n';
        user += issue.toUserString(sourceName);
    }
    e.message = std::move(english);
    e.userMessage = user == e.message ? std::string() : std::move(user);
    return e;
}

} // namespace sn
