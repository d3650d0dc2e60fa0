#include "core/news/SymbolMapper.h"

#include <QSet>

namespace sn::news {

const char *symbolSourceName(SymbolSource source)
{
    switch (source) {
    case SymbolSource::Feed:
        return "feed";
    case SymbolSource::Cashtag:
        return "cashtag";
    case SymbolSource::CompanyName:
        return "name";
    case SymbolSource::File:
        return "file";
    }
    return "unknown";
}

namespace {

void add(NewsItem &item, const QString &symbol, SymbolSource source)
{
    for (const SymbolLink &s : std::as_const(item.symbols))
        if (s.symbol == symbol)
            return;
    item.symbols.append(SymbolLink{symbol, source});
}

} // namespace

SymbolMapper::SymbolMapper(const std::vector<Company> &companies)
{
    for (const Company &c : companies) {
        const QString symbol = c.symbol.trimmed().toUpper();
        if (symbol.isEmpty())
            continue;
        m_known.insert(symbol);
        const QString name = matchableName(c.name);
        if (name.isEmpty())
            continue;
        QRegularExpression re(QStringLiteral("(?<![\\w&])") + QRegularExpression::escape(name) +
                                  QStringLiteral("(?![\\w&])"),
                              QRegularExpression::UseUnicodePropertiesOption);
        re.optimize();
        m_names.emplace_back(std::move(re), symbol);
    }
}

QString SymbolMapper::matchableName(const QString &companyName)
{
    // Trailing words that say what kind of company it is, not which one.
    static const QSet<QString> suffixes{
        QStringLiteral("inc"),     QStringLiteral("incorporated"),
        QStringLiteral("corp"),    QStringLiteral("corporation"),
        QStringLiteral("co"),      QStringLiteral("company"),
        QStringLiteral("ltd"),     QStringLiteral("limited"),
        QStringLiteral("plc"),     QStringLiteral("llc"),
        QStringLiteral("lp"),      QStringLiteral("holdings"),
        QStringLiteral("holding"), QStringLiteral("group"),
        QStringLiteral("ag"),      QStringLiteral("se"),
        QStringLiteral("sa"),      QStringLiteral("nv"),
        QStringLiteral("class"),   QStringLiteral("a"),
        QStringLiteral("b"),       QStringLiteral("c"),
        QStringLiteral("common"),  QStringLiteral("stock"),
        QStringLiteral("shares"),  QStringLiteral("ordinary"),
        QStringLiteral("the"),
    };
    QStringList words = companyName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty()) {
        QString last = words.last().toLower();
        last.remove(QLatin1Char('.'));
        last.remove(QLatin1Char(','));
        if (!suffixes.contains(last) && !last.isEmpty())
            break;
        words.removeLast();
    }
    if (!words.isEmpty() && words.first().toLower() == QLatin1String("the"))
        words.removeFirst();
    QString name = words.join(QLatin1Char(' '));
    while (name.endsWith(QLatin1Char(',')) || name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.size() >= 3 ? name : QString();
}

void SymbolMapper::map(NewsItem &item, const QString &feedSymbol) const
{
    if (!feedSymbol.trimmed().isEmpty())
        add(item, feedSymbol.trimmed().toUpper(), SymbolSource::Feed);
    const QString text = item.title + QLatin1Char('\n') + item.summary;
    // A cashtag is '$' then a letter, up to 10 letters, digits, '.' or '-'
    // ("$BRK.B"), not preceded by a word character ("US$5").
    static const QRegularExpression cashtag(
        QStringLiteral("(?<![\\w$])\\$([A-Za-z][A-Za-z0-9]{0,9}(?:[.-][A-Za-z]{1,2})?)(?![\\w])"));
    for (auto it = cashtag.globalMatch(text); it.hasNext();) {
        const QString tag = it.next().captured(1);
        const QString upper = tag.toUpper();
        if (m_known.contains(upper) || tag == upper)
            add(item, upper, SymbolSource::Cashtag);
    }
    for (const auto &[re, symbol] : m_names)
        if (re.match(text).hasMatch())
            add(item, symbol, SymbolSource::CompanyName);
}

} // namespace sn::news
