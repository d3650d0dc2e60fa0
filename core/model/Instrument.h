#pragma once

#include <QString>
#include <QtGlobal>

namespace sn {

// A tradable or reference series. `kind` is one of Schema::instrumentKinds();
// `source` records where the data came from (provider, file, licence note).
struct Instrument
{
    qint64 id = 0;
    QString symbol;
    QString name;
    QString kind = QStringLiteral("stock");
    QString currency = QStringLiteral("USD");
    QString exchange;
    QString source;
};

} // namespace sn
