#include "ui/advisor/AdvisorView.h"

#include "core/workspace/ConversationService.h"
#include "core/workspace/Workspace.h"
#include "ui/advisor/AdvisorDataNames.h"
#include "ui/advisor/TranscriptWidgets.h"
#include "ui/reportexport/AreaReports.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace sn::ui {

using namespace sn::advisor;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

struct ConversationRows
{
    std::vector<Conversation> conversations;
};

struct LoadedTranscript
{
    Conversation conversation;
    std::vector<TranscriptEntry> entries;
};

bool answeredOffline(const TranscriptEntry &e)
{
    if (e.message.text.startsWith(QLatin1String("> Answered offline")))
        return true;
    if (e.toolCalls.empty())
        return false;
    return std::all_of(e.toolCalls.begin(), e.toolCalls.end(),
                       [](const ToolActivity &a) { return a.id.isEmpty(); });
}

// A suggestion as its chip shows it: at most a short line.
QString chipRowText(const QString &suggestion)
{
    constexpr qsizetype kMaxChars = 60;
    if (suggestion.size() <= kMaxChars)
        return suggestion;
    return suggestion.left(kMaxChars - 1).trimmed() + QChar(0x2026);
}

QString usageFooter(qint64 in, qint64 out, double costUsd, qint64 latencyMs, bool partial)
{
    QStringList parts;
    if (in + out > 0)
        parts << AdvisorView::tr("%1 + %2 tokens").arg(in).arg(out);
    if (costUsd > 0)
        parts << AdvisorView::tr("$%1").arg(costUsd, 0, 'f', 5);
    if (latencyMs > 0)
        parts << AdvisorView::tr("%1 s").arg(double(latencyMs) / 1000.0, 0, 'f', 1);
    if (partial)
        parts << AdvisorView::tr("stopped: the answer is incomplete");
    return parts.join(QStringLiteral(" · "));
}

} // namespace

AdvisorView::AdvisorView(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : Area(parent), m_workspace(db), m_jobs(jobs), m_thread(new QThread(this)),
      m_session(new AdvisorSession(db.database(), AdvisorConfig{}))
{
    qRegisterMetaType<AskResult>();
    qRegisterMetaType<ToolActivity>();
    installAdvisorDataNames();
    qRegisterMetaType<sn::Error>();
    m_thread->setObjectName(QStringLiteral("advisor-session"));
    m_session->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_session, &QObject::deleteLater);
    m_thread->start();

    buildUi();
    // File > Export report... follows the conversation shown and its answers.
    for (auto signal : {&AdvisorView::transcriptLoaded, &AdvisorView::conversationsLoaded})
        connect(this, signal, this, &Area::reportChanged);
    connect(this, &AdvisorView::answerFinished, this, &Area::reportChanged);
    connect(this, &AdvisorView::answerFailed, this, &Area::reportChanged);
    // Conversations saved elsewhere (another window, the CLI, later sync)
    // and settings changed through SettingsService reach the view unasked.
    new ChangeWatcher(m_workspace, {Change::Entity::Conversation}, this, [this](const ChangeSet &changes) {
        // The list already shows this view's own renames and deletions; a
        // reload then would only reset a search the user is typing.
        for (const Change &c : changes) {
            int row = -1;
            for (int r = 0; r < m_conversations->rowCount() && row < 0; ++r)
                if (m_conversations->item(r)->data(kIdRole).toLongLong() == c.id)
                    row = r;
            const bool shown = c.kind == Change::Kind::Removed ? row < 0
                               : c.kind == Change::Kind::Updated
                                   ? row >= 0 && m_conversations->item(row)->text() == c.key
                                   : false;
            if (c.entity == Change::Entity::Everything || !shown) {
                loadConversations();
                return;
            }
        }
    });
    new ChangeWatcher(m_workspace, {Change::Entity::Setting}, this,
                      [this](const ChangeSet &) { loadConfig(); });

    m_frame.setSingleShot(true);
    m_frame.setInterval(16); // about one paint per display frame, however fast text arrives
    connect(&m_frame, &QTimer::timeout, this, &AdvisorView::paintStream);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &AdvisorView::applyFilter);

    connect(m_session, &AdvisorSession::started, this, &AdvisorView::onStarted);
    connect(m_session, &AdvisorSession::textDelta, this, [this](const QString &text) {
        m_pendingText += text;
        if (!m_frame.isActive())
            m_frame.start();
    });
    connect(m_session, &AdvisorSession::toolFinished, this, [this](const ToolActivity &a) {
        if (m_streaming)
            m_streaming->addToolCard(a);
        scrollToEnd();
    });
    connect(m_session, &AdvisorSession::notice, this, &AdvisorView::setNotice);
    connect(m_session, &AdvisorSession::finished, this, &AdvisorView::onFinished);
    connect(m_session, &AdvisorSession::failed, this, &AdvisorView::onFailed);

    loadConfig();
    loadConversations();
}

AdvisorView::~AdvisorView()
{
    AdvisorSession *s = m_session;
    QMetaObject::invokeMethod(s, [s] { s->cancel(); });
    m_thread->quit();
    m_thread->wait();
}

QIcon AdvisorView::icon() const
{
    return QIcon(QStringLiteral(":/icons/advisor.svg"));
}

AreaReport AdvisorView::report() const
{
    // An answer still streaming is not stored yet; its report would lack it.
    if (m_answering)
        return {{}, {}, tr("Wait for the answer: the conversation is reported once it is stored.")};
    return area_reports::conversation(m_workspace, m_conversationId);
}

QList<QAction *> AdvisorView::editActions() const
{
    return {m_findAction, m_renameAction, m_deleteAction};
}

void AdvisorView::buildUi()
{
    auto *split = new QSplitter(this);
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->addWidget(split);

    // Left: conversations.
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Search conversations (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    leftLayout->addWidget(m_search);
    m_conversations = new QStandardItemModel(this);
    m_list = new QListView(left);
    m_list->setModel(m_conversations);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &i) { openConversation(i.data(kIdRole).toLongLong()); });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &i) { openConversation(i.data(kIdRole).toLongLong()); });
    connect(m_conversations, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        const QString title = item->text().trimmed();
        const QString before = item->data(Qt::UserRole + 2).toString();
        if (title.isEmpty() || title == before)
            return;
        renameConversation(item->data(kIdRole).toLongLong(), title);
    });
    leftLayout->addWidget(m_list);
    auto *newButton = new QPushButton(tr("New conversation"), left);
    newButton->setAccessibleName(tr("New conversation"));
    leftLayout->addWidget(newButton);

    m_newAction = new QAction(tr("&New conversation"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &AdvisorView::newConversation);
    connect(newButton, &QPushButton::clicked, this, &AdvisorView::newConversation);
    m_findAction = new QAction(tr("&Find conversation"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_renameAction = new QAction(tr("&Rename conversation"), this);
    m_renameAction->setShortcut(Qt::Key_F2);
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameAction, &QAction::triggered, this, [this] {
        if (m_list->currentIndex().isValid())
            m_list->edit(m_list->currentIndex());
    });
    m_deleteAction = new QAction(tr("&Delete conversation"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (m_list->currentIndex().isValid())
            deleteConversation(m_list->currentIndex().data(kIdRole).toLongLong());
    });
    m_stopAction = new QAction(tr("&Stop answering"), this);
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stopAction, &QAction::triggered, this, &AdvisorView::stop);
    addAction(m_newAction);
    addAction(m_findAction);
    addAction(m_renameAction);
    addAction(m_stopAction);
    m_list->addAction(m_renameAction);
    m_list->addAction(m_deleteAction);

    // Right: settings, privacy, transcript, question.
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    auto *pickers = new QHBoxLayout;
    m_persona = new QComboBox(right);
    m_persona->setAccessibleName(tr("Persona"));
    for (const Persona &p : Persona::all())
        m_persona->addItem(p.name, p.key);
    m_provider = new QComboBox(right);
    m_provider->setAccessibleName(tr("Provider"));
    for (const QString &key : providerKeys())
        m_provider->addItem(providerLabel(*providerFromKey(key)), key);
    m_model = new QComboBox(right);
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Model"));
    m_model->setMinimumContentsLength(16);
    m_baseUrl = new QLineEdit(right);
    m_baseUrl->setAccessibleName(tr("Server address"));
    m_baseUrl->setPlaceholderText(tr("Server address, e.g. http://127.0.0.1:11434/v1"));
    m_share = new QCheckBox(tr("Portfolio data may go to a cloud model"), right);
    m_share->setAccessibleName(tr("Portfolio data may go to a cloud model"));
    m_offlineBadge = new QLabel(tr("Offline"), right);
    m_offlineBadge->setAccessibleName(tr("The last answer came from the offline advisor"));
    m_offlineBadge->setStyleSheet(
        QStringLiteral("background: #555; color: white; border-radius: 4px; padding: 1px 6px;"));
    m_offlineBadge->hide();
    auto labelled = [right](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, right);
        l->setBuddy(w);
        return l;
    };
    pickers->addWidget(labelled(tr("&Persona:"), m_persona));
    pickers->addWidget(m_persona);
    pickers->addWidget(labelled(tr("P&rovider:"), m_provider));
    pickers->addWidget(m_provider);
    pickers->addWidget(labelled(tr("&Model:"), m_model));
    pickers->addWidget(m_model, 1);
    pickers->addWidget(m_baseUrl, 2);
    pickers->addWidget(m_offlineBadge);
    rightLayout->addLayout(pickers);

    auto *privacyRow = new QHBoxLayout;
    m_privacy = new QLabel(right);
    m_privacy->setWordWrap(true);
    m_privacy->setAccessibleName(tr("Privacy"));
    m_outboundToggle = new QToolButton(right);
    m_outboundToggle->setText(tr("What will be sent"));
    m_outboundToggle->setCheckable(true);
    m_outboundToggle->setAccessibleName(tr("Show what will be sent"));
    privacyRow->addWidget(m_privacy, 1);
    privacyRow->addWidget(m_share);
    privacyRow->addWidget(m_outboundToggle);
    rightLayout->addLayout(privacyRow);
    m_outbound = new QTextBrowser(right);
    m_outbound->setAccessibleName(tr("What will be sent"));
    m_outbound->setMaximumHeight(150);
    m_outbound->hide();
    connect(m_outboundToggle, &QToolButton::toggled, m_outbound, &QWidget::setVisible);
    rightLayout->addWidget(m_outbound);
    m_notice = new QLabel(right);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Notice"));
    // The palette's colours, readable in the light and the dark theme.
    m_notice->setStyleSheet(
        QStringLiteral("background: palette(alternate-base); color: palette(text); "
                       "border: 1px solid palette(mid); border-radius: 4px; padding: 4px;"));
    m_notice->hide();
    rightLayout->addWidget(m_notice);

    m_scroll = new QScrollArea(right);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Transcript"));
    m_transcript = new QWidget(m_scroll);
    m_transcriptLayout = new QVBoxLayout(m_transcript);
    m_transcriptLayout->addStretch();
    m_scroll->setWidget(m_transcript);
    rightLayout->addWidget(m_scroll, 1);

    m_chipRow = new QWidget(right);
    m_chipRow->setObjectName(QStringLiteral("suggestionChips"));
    auto *chips = new QHBoxLayout(m_chipRow);
    chips->setContentsMargins(0, 0, 0, 0);
    chips->addStretch();
    rightLayout->addWidget(m_chipRow);

    auto *inputRow = new QHBoxLayout;
    m_input = new QPlainTextEdit(right);
    m_input->setAccessibleName(tr("Question"));
    m_input->setPlaceholderText(tr("Ask about your data. Enter sends, Shift+Enter starts a new line."));
    m_input->setMaximumHeight(80);
    m_input->installEventFilter(this);
    m_send = new QPushButton(tr("Send"), right);
    m_send->setAccessibleName(tr("Send the question"));
    m_stop = new QPushButton(tr("Stop"), right);
    m_stop->setAccessibleName(tr("Stop answering"));
    m_stop->setToolTip(tr("Stop the answer (Esc); what arrived is kept"));
    m_stop->setEnabled(false);
    connect(m_send, &QPushButton::clicked, this, &AdvisorView::send);
    connect(m_stop, &QPushButton::clicked, this, &AdvisorView::stop);
    inputRow->addWidget(m_input, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    inputRow->addLayout(buttons);
    rightLayout->addLayout(inputRow);

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    split->setSizes({220, 880});

    auto changed = [this] {
        if (!m_showingConfig)
            configFromPickers();
    };
    connect(m_persona, &QComboBox::currentIndexChanged, this, changed);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showingConfig)
            return;
        // Another provider: its own default model and endpoint.
        m_showingConfig = true;
        m_model->setCurrentText(
            AdvisorConfig::defaultModel(*providerFromKey(m_provider->currentData().toString())));
        m_baseUrl->clear();
        m_showingConfig = false;
        configFromPickers();
    });
    connect(m_model->lineEdit(), &QLineEdit::editingFinished, this, changed);
    connect(m_model, &QComboBox::activated, this, changed);
    connect(m_baseUrl, &QLineEdit::editingFinished, this, changed);
    connect(m_share, &QCheckBox::toggled, this, changed);
}

bool AdvisorView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
    }
    return Area::eventFilter(watched, event);
}

void AdvisorView::withSession(const std::function<void(AdvisorSession &)> &work)
{
    AdvisorSession *s = m_session;
    QMetaObject::invokeMethod(
        s, [s, &work] { work(*s); }, Qt::BlockingQueuedConnection);
}

void AdvisorView::loadConfig()
{
    AdvisorSession *s = m_session;
    const Workspace *db = &m_workspace;
    // Settings and today's spend are read on the session's thread, never the GUI's.
    QMetaObject::invokeMethod(s, [s, db, self = this] {
        QString problem;
        if (auto loaded = AdvisorConfig::load(db->database()); !loaded)
            problem = tr("Advisor settings not applied: %1")
                          .arg(QString::fromStdString(loaded.error().toUserString()));
        else if (auto set = s->setConfig(*loaded); !set)
            problem = tr("Advisor settings not applied: %1")
                          .arg(QString::fromStdString(set.error().toUserString()));
        if (auto spent = s->restoreTodaysSpend(); !spent)
            problem = QString::fromStdString(spent.error().toUserString());
        const AdvisorConfig config = s->config();
        const OutboundDescription outbound = s->describeOutbound();
        QMetaObject::invokeMethod(self, [self, config, outbound, problem] {
            self->m_config = config;
            self->showConfig();
            self->m_privacy->setText(outbound.leavesMachine
                                         ? tr("Questions go to %1.").arg(outbound.destination)
                                         : tr("Nothing leaves this computer: %1.").arg(outbound.destination));
            self->m_outbound->setMarkdown(outbound.markdown());
            if (!problem.isEmpty())
                self->setNotice(problem);
            emit self->configLoaded();
            emit self->outboundUpdated();
        });
    });
}

void AdvisorView::showConfig()
{
    m_showingConfig = true;
    m_persona->setCurrentIndex(std::max(0, m_persona->findData(m_config.persona)));
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(providerKey(m_config.provider))));
    m_model->clear();
    for (const auto &[name, price] : m_config.prices)
        m_model->addItem(name);
    m_model->setCurrentText(m_config.effectiveModel());
    m_model->setEnabled(!m_config.isOffline());
    m_baseUrl->setText(m_config.baseUrl);
    m_baseUrl->setEnabled(!m_config.isOffline());
    m_share->setChecked(m_config.sharePortfolioWithCloud);
    m_share->setEnabled(!m_config.isOffline());
    m_showingConfig = false;
}

void AdvisorView::configFromPickers()
{
    AdvisorConfig c = m_config;
    c.persona = m_persona->currentData().toString();
    c.provider = providerFromKey(m_provider->currentData().toString()).value_or(ProviderKind::Offline);
    c.model = c.isOffline() ? QString() : m_model->currentText().trimmed();
    c.baseUrl = m_baseUrl->text().trimmed();
    c.sharePortfolioWithCloud = m_share->isChecked();
    applyConfig(c);
}

void AdvisorView::applyConfig(const AdvisorConfig &config)
{
    if (auto valid = config.validate(); !valid) {
        // Kept in the pickers so the user can finish typing (a base URL),
        // but not used until it is valid.
        setNotice(
            tr("Settings not applied yet: %1").arg(QString::fromStdString(valid.error().toUserString())));
        return;
    }
    m_config = config;
    showConfig();
    setNotice({});
    updateOutbound();
}

void AdvisorView::updateOutbound()
{
    AdvisorSession *s = m_session;
    const Workspace *db = &m_workspace;
    const AdvisorConfig config = m_config;
    QMetaObject::invokeMethod(s, [s, db, config, self = this] {
        QString problem;
        if (auto set = s->setConfig(config); !set)
            problem = QString::fromStdString(set.error().toUserString());
        else if (auto saved = config.save(db->database()); !saved)
            problem = tr("Could not save the advisor settings: %1")
                          .arg(QString::fromStdString(saved.error().toUserString()));
        const OutboundDescription outbound = s->describeOutbound();
        QMetaObject::invokeMethod(self, [self, outbound, problem] {
            self->m_privacy->setText(outbound.leavesMachine
                                         ? tr("Questions go to %1.").arg(outbound.destination)
                                         : tr("Nothing leaves this computer: %1.").arg(outbound.destination));
            self->m_outbound->setMarkdown(outbound.markdown());
            if (!problem.isEmpty())
                self->setNotice(problem);
            emit self->outboundUpdated();
        });
    });
}

QString AdvisorView::outboundText() const
{
    return m_privacy->text() + QLatin1Char('\n') + m_outbound->toMarkdown();
}

void AdvisorView::refresh()
{
    loadConfig(); // Settings may have changed the limit, prices or risk profile
    loadConversations();
}

void AdvisorView::loadConversations()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<ConversationRows>(
        tr("Loading conversations"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<ConversationRows> {
            auto list = ConversationService(*db).list();
            if (!list)
                return list.error();
            return ConversationRows{std::move(*list)};
        },
        this,
        [this](Result<ConversationRows> rows) {
            if (!rows) {
                setNotice(tr("Could not read the conversations: %1")
                              .arg(QString::fromStdString(rows.error().toUserString())));
                return;
            }
            const QSignalBlocker block(m_conversations);
            m_conversations->clear();
            for (const Conversation &c : rows->conversations) {
                auto *item = new QStandardItem(c.title);
                item->setData(c.id, kIdRole);
                item->setData(c.title, Qt::UserRole + 2);
                item->setToolTip(tr("%1 messages · %2 · last %3")
                                     .arg(c.messageCount)
                                     .arg(c.provider, Formats::dateTime(c.updatedAt)));
                item->setAccessibleText(c.title);
                m_conversations->appendRow(item);
                if (c.id == m_conversationId)
                    m_list->setCurrentIndex(item->index());
            }
            m_list->viewport()->update();
            applyFilter();
            emit conversationsLoaded();
        });
}

void AdvisorView::applyFilter()
{
    const QString text = m_search->text().trimmed();
    auto show = [this] {
        for (int r = 0; r < m_conversations->rowCount(); ++r)
            m_list->setRowHidden(
                r, m_searchActive &&
                       !m_searchHits.contains(m_conversations->item(r)->data(kIdRole).toLongLong()));
    };
    if (text.isEmpty()) {
        const bool wasFiltered = m_searchActive;
        m_searchActive = false;
        show();
        if (wasFiltered)
            emit conversationsLoaded();
        return;
    }
    const Workspace *db = &m_workspace;
    m_jobs.run<QSet<qint64>>(
        tr("Searching conversations"),
        [db, text](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<QSet<qint64>> {
            auto hits = ConversationService(*db).search(text, 1000);
            if (!hits)
                return hits.error();
            QSet<qint64> ids;
            for (const ConversationHit &h : *hits)
                ids.insert(h.conversation.id);
            return ids;
        },
        this,
        [this, text, show](Result<QSet<qint64>> ids) {
            if (text != m_search->text().trimmed())
                return; // a newer search is on its way
            m_searchHits = ids ? *ids : QSet<qint64>{};
            m_searchActive = true;
            show();
            emit conversationsLoaded();
        });
}

void AdvisorView::newConversation()
{
    if (m_answering)
        return;
    m_conversationId = 0;
    Q_EMIT reportChanged();
    m_list->clearSelection();
    clearTranscript();
    setChips({});
    setNotice({});
    m_input->setFocus();
}

void AdvisorView::openConversation(qint64 id)
{
    if (m_answering || id <= 0)
        return;
    m_conversationId = id;
    loadTranscript(id);
}

void AdvisorView::loadTranscript(qint64 id)
{
    const Workspace *db = &m_workspace;
    m_jobs.run<LoadedTranscript>(
        tr("Loading conversation"),
        [db, id](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<LoadedTranscript> {
            ConversationService repo(*db);
            auto c = repo.find(id);
            if (!c)
                return c.error();
            auto msgs = repo.messages(id);
            if (!msgs)
                return msgs.error();
            return LoadedTranscript{*c, transcript(*msgs)};
        },
        this,
        [this, id](Result<LoadedTranscript> loaded) {
            if (id != m_conversationId || m_answering)
                return;
            if (!loaded) {
                setNotice(QString::fromStdString(loaded.error().toUserString()));
                return;
            }
            clearTranscript();
            setChips({});
            for (const TranscriptEntry &e : loaded->entries) {
                const bool question = e.message.role == QLatin1String("user");
                MessageBubble *b = addBubble(question, e.message.text);
                if (question) {
                    m_lastQuestion = e.message.text;
                    continue;
                }
                for (const ToolActivity &a : e.toolCalls)
                    b->addToolCard(a);
                b->setOfflineBadge(answeredOffline(e));
                b->setFooter(usageFooter(e.message.inputTokens, e.message.outputTokens,
                                         double(e.message.costMicroUsd) / 1e6, e.message.latencyMs,
                                         e.message.partial));
            }
            scrollToEnd();
            emit transcriptLoaded();
        });
}

void AdvisorView::renameConversation(qint64 id, const QString &title)
{
    const Workspace *db = &m_workspace;
    m_jobs.run<bool>(
        tr("Renaming conversation"),
        [db, id, title](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<bool> {
            if (auto r = ConversationService(*db).rename(id, title); !r)
                return r.error();
            return true;
        },
        this,
        [this](Result<bool> done) {
            if (!done)
                setNotice(
                    tr("Could not rename: %1").arg(QString::fromStdString(done.error().toUserString())));
            loadConversations();
        });
}

void AdvisorView::deleteConversation(qint64 id, bool confirm)
{
    if (confirm) {
        QString title;
        for (int r = 0; r < m_conversations->rowCount(); ++r)
            if (m_conversations->item(r)->data(kIdRole).toLongLong() == id)
                title = m_conversations->item(r)->text();
        if (QMessageBox::question(
                this, tr("Delete conversation"),
                tr("Delete the conversation \"%1\" and all its messages? This cannot be undone.")
                    .arg(title)) != QMessageBox::Yes)
            return;
    }
    const Workspace *db = &m_workspace;
    m_jobs.run<bool>(
        tr("Deleting conversation"),
        [db, id](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<bool> {
            if (auto r = ConversationService(*db).remove(id); !r)
                return r.error();
            return true;
        },
        this,
        [this, id](Result<bool> done) {
            if (!done)
                setNotice(
                    tr("Could not delete: %1").arg(QString::fromStdString(done.error().toUserString())));
            else if (id == m_conversationId && !m_answering)
                newConversation();
            loadConversations();
        });
}

void AdvisorView::clearTranscript()
{
    for (MessageBubble *b : m_bubbles)
        b->deleteLater();
    m_bubbles.clear();
    m_streaming = nullptr;
}

MessageBubble *AdvisorView::addBubble(bool question, const QString &markdown)
{
    auto *b = new MessageBubble(question ? MessageBubble::Kind::Question : MessageBubble::Kind::Answer,
                                markdown, m_transcript);
    m_transcriptLayout->insertWidget(m_transcriptLayout->count() - 1, b);
    m_bubbles.append(b);
    connect(b, &MessageBubble::copyRequested, this,
            [b] { QApplication::clipboard()->setText(b->markdown()); });
    connect(b, &MessageBubble::editRequested, this, [this, b] {
        m_input->setPlainText(b->markdown());
        m_input->setFocus();
        m_input->selectAll();
    });
    connect(b, &MessageBubble::regenerateRequested, this, &AdvisorView::regenerate);
    return b;
}

void AdvisorView::setChips(const QStringList &suggestions)
{
    for (QPushButton *c : m_chips)
        c->deleteLater();
    m_chips.clear();
    auto *layout = static_cast<QHBoxLayout *>(m_chipRow->layout());
    for (const QString &s : suggestions) {
        // A long suggestion is shortened on its chip (whole in the tooltip) and
        // the chips may shrink, so the row never widens the window.
        auto *chip = new QPushButton(chipRowText(s), m_chipRow);
        chip->setToolTip(s);
        chip->setMinimumWidth(24);
        chip->setAccessibleName(tr("Suggested question: %1").arg(s));
        const TranscriptColours c = TranscriptColours::current();
        chip->setStyleSheet(
            QStringLiteral("QPushButton { border: 1px solid %1; border-radius: 11px; padding: 3px 10px; "
                           "background: %2; color: %3; } QPushButton:hover { background: %4; }")
                .arg(c.border.name(), c.chip.name(), c.text.name(), c.chipHover.name()));
        chip->setCursor(Qt::PointingHandCursor);
        connect(chip, &QPushButton::clicked, this, [this, s] { ask(s); });
        layout->insertWidget(layout->count() - 1, chip);
        m_chips.append(chip);
    }
    m_chipRow->setVisible(!suggestions.isEmpty());
}

void AdvisorView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString AdvisorView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

bool AdvisorView::offlineBadgeShown() const
{
    return !m_offlineBadge->isHidden();
}

void AdvisorView::setAnswering(bool answering)
{
    m_answering = answering;
    m_send->setEnabled(!answering);
    m_stop->setEnabled(answering);
    m_list->setEnabled(!answering);
    m_provider->setEnabled(!answering);
    Q_EMIT reportChanged();
}

void AdvisorView::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || m_answering)
        return;
    m_input->clear();
    ask(text);
}

void AdvisorView::ask(const QString &question)
{
    if (m_answering || question.trimmed().isEmpty())
        return;
    m_lastQuestion = question;
    addBubble(true, question);
    m_streaming = addBubble(false, QString());
    m_streamText.clear();
    m_pendingText.clear();
    setChips({});
    setNotice({});
    setAnswering(true);
    scrollToEnd();
    AdvisorSession *s = m_session;
    const qint64 id = m_conversationId;
    QMetaObject::invokeMethod(s, [s, question, id] { s->ask(question, id); });
}

void AdvisorView::stop()
{
    if (!m_answering)
        return;
    AdvisorSession *s = m_session;
    QMetaObject::invokeMethod(s, [s] { s->cancel(); });
}

void AdvisorView::regenerate()
{
    if (!m_lastQuestion.isEmpty())
        ask(m_lastQuestion);
}

void AdvisorView::paintStream()
{
    if (m_pendingText.isEmpty() || !m_streaming)
        return;
    m_streamText += m_pendingText;
    m_pendingText.clear();
    m_streaming->setMarkdown(m_streamText);
    scrollToEnd();
    emit streamPainted(int(m_streamText.size()));
}

void AdvisorView::scrollToEnd()
{
    QTimer::singleShot(0, this, [this] {
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    });
}

void AdvisorView::onStarted(qint64 conversationId)
{
    const bool isNew = conversationId != m_conversationId;
    m_conversationId = conversationId;
    if (isNew)
        loadConversations();
}

void AdvisorView::onFinished(const AskResult &result)
{
    m_frame.stop();
    paintStream();
    if (m_streaming) {
        m_streaming->setMarkdown(result.answer);
        m_streaming->setOfflineBadge(result.offline);
        m_streaming->setFooter(usageFooter(result.usage.inputTokens, result.usage.outputTokens,
                                           result.costUsd, result.latencyMs, result.partial));
    }
    m_offlineBadge->setVisible(result.offline);
    setChips(result.cancelled ? QStringList{} : result.suggestions);
    setNotice(result.cancelled ? tr("Stopped. The partial answer is kept and stored.") : result.notice);
    setAnswering(false);
    m_streaming = nullptr;
    scrollToEnd();
    loadConversations();
    emit answerFinished(result);
}

void AdvisorView::onFailed(const Error &error, const AskResult &)
{
    m_frame.stop();
    paintStream();
    const QString message = QString::fromStdString(error.toUserString());
    if (m_streaming && m_streamText.isEmpty())
        m_streaming->setMarkdown(tr("*No answer:* %1").arg(message));
    setNotice(message);
    setAnswering(false);
    m_streaming = nullptr;
    emit answerFailed(message);
}

} // namespace sn::ui
