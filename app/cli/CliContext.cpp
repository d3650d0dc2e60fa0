#include "app/cli/CliContext.h"

#include "app/cli/ErrorText.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <cstdio>

namespace sn::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

CliContext::~CliContext() = default;

Result<Workspace *> CliContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    const QString url = dbUrl.isEmpty() ? Workspace::defaultUrl() : dbUrl;
    auto opened = Workspace::open(url);
    if (!opened)
        return opened.error();
    m_workspace = std::move(opened).value();
    // Same first-start behaviour as the desktop app: a new default workspace
    // comes with the bundled real sample data (also when the first start that
    // made the file was killed before the load committed).
    if (!dbExplicit && SampleData(*m_workspace).needsFirstLoad().valueOr(false)) {
        auto seeded = SampleData(*m_workspace).load();
        if (!seeded)
            m_err << "warning: could not load the sample data: "
                  << QString::fromStdString(seeded.error().toString()) << Qt::endl;
    }
    return m_workspace.get();
}

Result<Database *> CliContext::database()
{
    auto ws = workspace();
    if (!ws)
        return ws.error();
    return const_cast<Database *>(&ws.value()->database());
}

int CliContext::fail(const Error &error)
{
    return fail(userText(error));
}

int CliContext::fail(const QString &message)
{
    m_out.flush();
    m_err << "error: " << message << Qt::endl;
    return Failure;
}

int CliContext::usage(const QString &message, const QString &command)
{
    m_out.flush();
    m_err << "error: " << message << Qt::endl;
    m_err << "see: supernova-cli " << (command.isEmpty() ? QString() : command + QLatin1Char(' ')) << "--help"
          << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonObject &object)
{
    writeUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliContext::printJson(const QJsonArray &array)
{
    writeUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void CliContext::writeUtf8(const QByteArray &bytes)
{
    // Straight to stdout: through the QTextStream, 18 MB of JSON (a 1M-bar
    // backtest) would be decoded to UTF-16 and encoded back, a third of the
    // time of the whole command. A failed write is found by finishOutput.
    m_out.flush();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

void CliContext::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                text += QStringLiteral("  ");
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i];
        }
        m_out << text << '\n';
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    m_out.flush();
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &args,
                                     const QString &command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Machine-readable JSON on stdout."));
    parser.addOption(help);
    parser.addOption(jsonOption);
    QStringList full = args;
    full.prepend(QStringLiteral("supernova-cli ") + command);
    if (!parser.parse(full))
        return usage(parser.errorText(), command);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser prints "Usage: <argv0>"; argv0 here is the command.
        m_out << text;
        m_out.flush();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("json")))
        json = true;
    return std::nullopt;
}

} // namespace sn::cli
