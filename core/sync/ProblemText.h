#pragma once

#include "core/common/Error.h"
#include "core/common/UserText.h"

#include <QString>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sn::sync {

// A sync problem as two texts: English for the log, the reader's language for
// SyncClient::problem, which the Team view shows. The CLI installs no
// translator, so it prints the same English as before.
struct ProblemText
{
    QString english;
    QString user;
};

inline ProblemText problemText(TextKey text, std::initializer_list<std::string_view> args = {})
{
    return {QString::fromStdString(englishText(text, args)),
            QString::fromStdString(translatedText(text, args))};
}

inline ProblemText problemText(const Error &error)
{
    return {QString::fromStdString(error.toString()), QString::fromStdString(error.toUserString())};
}

// The error's message without its context, as its reader reads it.
inline std::string messageForReader(const Error &error)
{
    return error.userMessage.empty() ? error.message : error.userMessage;
}

// What a refusal code of the protocol means for the person reading it, when
// the desktop's language has a sentence for it; otherwise the server's own
// words (English, from the wire), which the CLI and an English desktop keep.
QString reasonForCode(const QString &code, const QString &serverMessage);

} // namespace sn::sync
