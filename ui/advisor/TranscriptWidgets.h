#pragma once

#include "core/advisor/session/StoredToolCalls.h"

#include <QColor>
#include <QFrame>
#include <QVector>

class QLabel;
class QPushButton;
class QHBoxLayout;
class QVBoxLayout;

namespace sn::ui {

// A small line chart of a backtest's equity (and buy & hold, lighter).
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QVector<double> main, QVector<double> reference = {}, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {260, 56}; }
    const QVector<double> &values() const { return m_main; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<double> m_main;
    QVector<double> m_reference;
};

// The transcript's colours, from the application palette (light or dark
// theme), so no light background is left behind dark-theme text.
struct TranscriptColours
{
    QColor text, secondary, border, card, question, answer, error, chip, chipHover;
    static TranscriptColours current();
};

// One tool call shown inline in an answer: what was asked, the headline
// numbers as a table, an equity sparkline for a backtest, or the error.
class ToolCard : public QFrame
{
    Q_OBJECT
public:
    explicit ToolCard(const advisor::ToolActivity &activity, QWidget *parent = nullptr);
    const advisor::ToolActivity &activity() const { return m_activity; }
    int tableRows() const { return m_rows; }
    Sparkline *sparkline() const { return m_sparkline; }

    // "metrics.sharpe" -> value, for every number shown in the table.
    static QList<QPair<QString, double>> headlineNumbers(const QJsonObject &result);
    // What the table shows for such a key: "Sharpe ratio", "Buy and hold: Total return".
    static QString keyLabel(const QString &key);
    // The tool's name for people ("run_backtest" -> "Backtest"); unknown tools as they are.
    static QString toolName(const QString &tool);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString resultKeyName(const QString &key); // empty when not known
    static QString argumentsText(const QJsonObject &args);
    void restyle();
    advisor::ToolActivity m_activity;
    int m_rows = 0;
    Sparkline *m_sparkline = nullptr;
    QLabel *m_title = nullptr;
    QList<QLabel *> m_secondary; // source and legend lines
    QLabel *m_error = nullptr;
    bool m_restyling = false;
};

// One message of the transcript: the question or the answer in Markdown,
// with its tool cards, badges and actions.
class MessageBubble : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Question,
        Answer
    };
    MessageBubble(Kind kind, const QString &markdown, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString markdown() const { return m_markdown; }
    void setMarkdown(const QString &markdown);
    void addToolCard(const advisor::ToolActivity &activity);
    QList<ToolCard *> toolCards() const { return m_cards; }
    void setOfflineBadge(bool offline);
    bool hasOfflineBadge() const;
    void setFooter(const QString &text); // tokens, cost, "stopped"
    QLabel *body() const { return m_body; }

Q_SIGNALS:
    void copyRequested();
    void editRequested();       // questions
    void regenerateRequested(); // answers

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    Kind m_kind;
    QString m_markdown;
    QLabel *m_who = nullptr;
    bool m_restyling = false;
    QLabel *m_body;
    QLabel *m_badge;
    QLabel *m_footer;
    QVBoxLayout *m_cardsLayout;
    QList<ToolCard *> m_cards;
};

} // namespace sn::ui
