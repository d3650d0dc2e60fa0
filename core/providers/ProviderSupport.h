#pragma once

// Helpers the vendor parsers share; not part of the library's interface.

#include "core/common/Result.h"
#include "core/providers/ProviderHttpClient.h"
#include "core/providers/ProviderTypes.h"

#include <QJsonDocument>
#include <QString>
#include <QUrl>
#include <string>

namespace sn::providers {

inline std::string s(const QString &text)
{
    return text.toStdString();
}

// "symbol AAPL" / "symbol AAPL 2024-01-02..2024-03-01 1d": the context of every error.
std::string what(const FetchRequest &request);

// `e` with its context "symbol AAPL" (what(request)) also in the reader's language.
Error atSymbol(Error e, const FetchRequest &request);

// A base URL with `path` appended to whatever path it already has, so a
// proxy prefix ("http://proxy/yahoo") is kept.
QUrl joinUrl(const QUrl &base, const QString &path);

// The body as a JSON document, or a ParseError naming the provider and what
// came instead (the first bytes, for an HTML error page).
Result<QJsonDocument> readJson(const QString &provider, const HttpReply &reply, const FetchRequest &request);

Error unknownSymbol(const QString &provider, const FetchRequest &request, const QString &vendorText);
Error keyRefused(const QString &provider, const FetchRequest &request, const QString &vendorText);
Error quotaSpent(const QString &provider, const FetchRequest &request, const QString &vendorText);
Error unexpectedStatus(const QString &provider, const HttpReply &reply, const FetchRequest &request,
                       const QString &vendorText);
Error badInterval(const QString &provider, const FetchRequest &request, const QStringList &supported);

// Undoes a vendor's split adjustment: every bar before a split's ex-date is
// multiplied by its ratio (volume divided), as traded on that day.
void undoSplitAdjustment(BarSeries &bars, const std::vector<CorporateAction> &actions);

// The first 120 characters of a body, for error messages.
QString bodyExcerpt(const QByteArray &body);

} // namespace sn::providers
