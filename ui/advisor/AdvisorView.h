#pragma once

#include "core/advisor/session/AdvisorSession.h"
#include "ui/shell/Area.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QTextBrowser;
class QThread;
class QToolButton;
class QVBoxLayout;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;
class MessageBubble;

// The Advisor area: stored conversations on the left (rename, delete, search
// with Ctrl+F), the transcript on the right with answers in Markdown, tool
// calls as cards, suggestion chips, and the question box (Enter sends,
// Shift+Enter breaks the line). The AdvisorSession runs on its own thread, so
// tools, the offline advisor and the keychain never block the window; streamed
// text is gathered and painted once per frame.
class AdvisorView : public Area
{
    Q_OBJECT
public:
    AdvisorView(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);
    ~AdvisorView() override;

    QString areaId() const override { return QStringLiteral("advisor"); }
    QString title() const override { return tr("Advisor"); }
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    void refresh() override;            // reloads the conversation list
    AreaReport report() const override; // the conversation shown

    // Sends `question` in the shown conversation (a new one when none is shown).
    void ask(const QString &question);
    void stop();
    void regenerate();
    void newConversation();
    void openConversation(qint64 id);
    void renameConversation(qint64 id, const QString &title);
    // Asks for confirmation unless `confirm` is false.
    void deleteConversation(qint64 id, bool confirm = true);
    // Applies and stores new settings (provider, model, persona, privacy ...).
    void applyConfig(const advisor::AdvisorConfig &config);
    // Runs `work` on the session's thread and waits for it (set-up and tests:
    // key lookup, HTTP tuning). Never while a question is running.
    void withSession(const std::function<void(advisor::AdvisorSession &)> &work);

    // What the view shows, for tests and accessibility checks.
    qint64 currentConversation() const { return m_conversationId; }
    QStandardItemModel *conversationModel() const { return m_conversations; }
    QListView *conversationList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QPlainTextEdit *questionBox() const { return m_input; }
    QList<MessageBubble *> bubbles() const { return m_bubbles; }
    QList<QPushButton *> suggestionChips() const { return m_chips; }
    bool isAnswering() const { return m_answering; }
    bool offlineBadgeShown() const;
    QString noticeText() const;
    QString outboundText() const;
    const advisor::AdvisorConfig &config() const { return m_config; }

Q_SIGNALS:
    void conversationsLoaded(); // the list shown changed: loaded, searched or search cleared
    void transcriptLoaded();
    void streamPainted(int characters); // once per painted frame while streaming
    void answerFinished(const sn::advisor::AskResult &result);
    void answerFailed(const QString &message);
    void outboundUpdated();
    void configLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void loadConfig();
    void showConfig();
    void configFromPickers();
    void loadConversations();
    void applyFilter();
    void loadTranscript(qint64 id);
    void updateOutbound();
    void send();
    void clearTranscript();
    MessageBubble *addBubble(bool question, const QString &markdown);
    void setChips(const QStringList &suggestions);
    void setNotice(const QString &text);
    void setAnswering(bool answering);
    void paintStream();
    void scrollToEnd();
    void onStarted(qint64 conversationId);
    void onFinished(const advisor::AskResult &result);
    void onFailed(const Error &error, const advisor::AskResult &result);

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QThread *m_thread;
    advisor::AdvisorSession *m_session; // lives on m_thread
    advisor::AdvisorConfig m_config;
    bool m_showingConfig = false;

    // Conversations
    QStandardItemModel *m_conversations;
    QListView *m_list;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QSet<qint64> m_searchHits;
    bool m_searchActive = false;
    QAction *m_newAction;
    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_findAction;
    QAction *m_stopAction;

    // Settings row
    QComboBox *m_persona;
    QComboBox *m_provider;
    QComboBox *m_model;
    QLineEdit *m_baseUrl;
    QCheckBox *m_share;
    QLabel *m_offlineBadge;
    QLabel *m_privacy;
    QToolButton *m_outboundToggle;
    QTextBrowser *m_outbound;
    QLabel *m_notice;

    // Transcript
    QScrollArea *m_scroll;
    QWidget *m_transcript;
    QVBoxLayout *m_transcriptLayout;
    QList<MessageBubble *> m_bubbles;
    QWidget *m_chipRow;
    QList<QPushButton *> m_chips;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_stop;

    // The answer in flight
    qint64 m_conversationId = 0;
    bool m_answering = false;
    QString m_lastQuestion;
    QPointer<MessageBubble> m_streaming;
    QString m_streamText;  // painted
    QString m_pendingText; // arrived since the last frame
    QTimer m_frame;
};

} // namespace sn::ui
