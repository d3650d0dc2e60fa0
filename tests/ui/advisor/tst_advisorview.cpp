// The Advisor area offscreen on the real sample database: an offline answer
// with its numbers, tool card and chips; a streamed answer from the loopback
// OpenAI-compatible server painted in pieces while the event loop stays
// responsive; stop keeps the partial; a fallback shows the notice and the
// Offline badge; the conversation list renames, searches and deletes.
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/advisor/llm/LoopbackHttpServer.h"
#include "tests/advisor/session/VendorStreams.h"
#include "tests/testutils/TestPaths.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/TranscriptWidgets.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/JobTracker.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <cmath>

using namespace sn;
using namespace sn::advisor;
using namespace sn::ui;
using namespace sn::test::vendor;
using Server = sn::test::LoopbackHttpServer;

class TestAdvisorView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

    void render(QWidget &w, const QString &name)
    {
        w.resize(1200, 800);
        QApplication::processEvents();
        const QString file = QDir(sn::test::outputDir(QStringLiteral("ui"))).filePath(name);
        QVERIFY2(w.grab().save(file), qPrintable(file));
    }

    static AskResult waitAnswer(QSignalSpy &spy, int timeoutMs = 30000)
    {
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return {};
        return spy.takeFirst().at(0).value<AskResult>();
    }

    AdvisorConfig cloud(const Server &server) const
    {
        AdvisorConfig c;
        c.provider = ProviderKind::OpenAiCompatible;
        c.baseUrl = server.url(QStringLiteral("/v1")).toString();
        c.model = QStringLiteral("gpt-4o-mini");
        c.endpointLocal = false;
        return c;
    }

    static void useTestKey(AdvisorView &view)
    {
        view.withSession([](AdvisorSession &s) {
            s.setKeyLookup(
                [](const QString &) -> Result<QString> { return QStringLiteral("sk-ui-test-abcdef"); });
            s.setHttpTuning([](HttpProviderConfig &h) {
                h.retry.maxAttempts = 2;
                h.retry.baseDelayMs = 1;
                h.retry.maxDelayMs = 5;
            });
        });
    }

    static void waitOutbound(AdvisorView &view, const AdvisorConfig &c)
    {
        QSignalSpy outbound(&view, &AdvisorView::outboundUpdated);
        view.applyConfig(c);
        QVERIFY(outbound.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("advisor-ui.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
    }

    void offlineAnswerWithNumbersToolCardAndChips()
    {
        JobTracker jobs;
        AdvisorView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &AdvisorView::configLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.areaId(), QStringLiteral("advisor"));
        QVERIFY(view.outboundText().contains(QLatin1String("Nothing leaves this computer")));
        QSignalSpy done(&view, &AdvisorView::answerFinished);
        view.ask(
            QStringLiteral("Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold"));
        const AskResult r = waitAnswer(done);
        QVERIFY(r.offline);
        QCOMPARE(view.bubbles().size(), 2);
        MessageBubble *answer = view.bubbles().last();
        // The tool's number is in the answer shown.
        QCOMPARE(answer->toolCards().size(), 1);
        ToolCard *card = answer->toolCards().first();
        QCOMPARE(card->activity().name, QStringLiteral("run_backtest"));
        const double total =
            card->activity().result[QStringLiteral("metrics")][QStringLiteral("total_return")].toDouble();
        QVERIFY(std::isfinite(total));
        QVERIFY2(answer->markdown().contains(QString::number(total * 100, 'f', 2) + QStringLiteral(" %")),
                 qPrintable(answer->markdown()));
        QVERIFY(card->tableRows() >= 5);
        QVERIFY(card->sparkline());
        QVERIFY(card->sparkline()->values().size() >= 10);
        QVERIFY(answer->hasOfflineBadge());
        QVERIFY(view.offlineBadgeShown());
        QVERIFY(view.suggestionChips().size() >= 2);
        QVERIFY(view.currentConversation() > 0);
        render(view, QStringLiteral("advisor-offline-backtest.png"));

        // A chip asks its question in the same conversation.
        const qint64 id = view.currentConversation();
        QPushButton *chip = view.suggestionChips().first();
        const QString chipText = chip->text();
        chip->click();
        const AskResult next = waitAnswer(done);
        QCOMPARE(next.conversationId, id);
        QCOMPARE(view.bubbles().size(), 4);
        QCOMPARE(view.bubbles()[2]->markdown(), chipText);

        // Risk numbers come as a table.
        view.ask(QStringLiteral("What is my portfolio's 95% VaR and what drives it?"));
        const AskResult risk = waitAnswer(done);
        QCOMPARE(risk.toolCalls.at(0).name, QStringLiteral("portfolio_risk"));
        ToolCard *riskCard = view.bubbles().last()->toolCards().first();
        bool hasVar = false;
        for (const auto &[key, value] : ToolCard::headlineNumbers(riskCard->activity().result))
            hasVar = hasVar || key == QLatin1String("var");
        QVERIFY(hasVar);
        QVERIFY(riskCard->tableRows() >= 5);
        // The cards name their numbers for people: no "metrics." keys or snake_case ids.
        QCOMPARE(ToolCard::keyLabel(QStringLiteral("metrics.sharpe")), DisplayNames::metric("sharpe"));
        QCOMPARE(
            ToolCard::keyLabel(QStringLiteral("buy_and_hold.total_return")),
            ToolCard::tr("%1: %2").arg(QStringLiteral("Buy and hold"), DisplayNames::metric("total_return")));
        for (ToolCard *card : {view.bubbles()[1]->toolCards().first(), riskCard})
            for (QTableWidget *table : card->findChildren<QTableWidget *>())
                for (int r = 0; r < table->rowCount(); ++r) {
                    const QString label = table->item(r, 0)->text();
                    QVERIFY2(!label.contains(QLatin1String("metrics.")) && !label.contains(QLatin1Char('_')),
                             qPrintable(label));
                }
        render(view, QStringLiteral("advisor-offline-risk.png"));
    }

    void enterSendsShiftEnterBreaksTheLine()
    {
        JobTracker jobs;
        AdvisorView view(*m_ws, jobs);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QPlainTextEdit *box = view.questionBox();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("Explain the Sharpe"));
        QTest::keyClick(box, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(box, QStringLiteral("ratio"));
        QCOMPARE(box->toPlainText(), QStringLiteral("Explain the Sharpe\nratio"));
        QVERIFY(view.bubbles().isEmpty());
        QSignalSpy done(&view, &AdvisorView::answerFinished);
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(box->toPlainText().isEmpty());
        QCOMPARE(view.bubbles().size(), 2);
        QVERIFY(waitAnswer(done).conversationId > 0);
    }

    // 100 chunks per second for two seconds: the answer is painted in pieces
    // and no event-loop turn waits long.
    void streamedAnswerArrivesInPiecesAndTheGuiStaysResponsive()
    {
        Server server;
        QVERIFY(server.listen());
        std::vector<Server::Chunk> chunks;
        QString expected;
        for (int i = 0; i < 200; ++i) {
            const QString piece = QStringLiteral("word%1 ").arg(i);
            expected += piece;
            chunks.push_back({oaTextChunk(piece), 10});
        }
        chunks.push_back({oaTextEnd(), 0});
        server.enqueue(Server::Response::sse(std::move(chunks)));

        JobTracker jobs;
        AdvisorView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &AdvisorView::configLoaded);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
        useTestKey(view);
        waitOutbound(view, cloud(server));
        QVERIFY(view.outboundText().contains(QLatin1String("portfolio_summary")));

        QSignalSpy painted(&view, &AdvisorView::streamPainted);
        QSignalSpy done(&view, &AdvisorView::answerFinished);
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        clock.start();
        probe.start();
        view.ask(QStringLiteral("Tell me about AAPL"));
        const AskResult r = waitAnswer(done);
        probe.stop();
        const qint64 streamMs = clock.elapsed();
        QCOMPARE(r.answer, expected);
        QVERIFY(!r.offline);
        QCOMPARE(view.bubbles().last()->markdown(), expected);
        // In pieces: many paints, each showing more than the one before.
        QVERIFY2(painted.size() >= 20, qPrintable(QString::number(painted.size())));
        QVERIFY(painted.size() < 200); // batched per frame, not one paint per chunk
        for (int i = 1; i < painted.size(); ++i)
            QVERIFY(painted[i].at(0).toInt() > painted[i - 1].at(0).toInt());
        qInfo("streamed 200 chunks in %lld ms: %lld paints, longest event-loop stall %lld ms", streamMs,
              qint64(painted.size()), worst);
        QVERIFY2(worst < 100, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(worst)));
        QVERIFY(!view.bubbles().last()->hasOfflineBadge());
        render(view, QStringLiteral("advisor-streamed.png"));
    }

    void stopMidStreamKeepsThePartial()
    {
        Server server;
        QVERIFY(server.listen());
        std::vector<Server::Chunk> chunks{{oaTextChunk(QStringLiteral("The beginning")), 0}};
        for (int i = 0; i < 40; ++i)
            chunks.push_back({oaTextChunk(QStringLiteral(" and more")), 100});
        chunks.push_back({oaTextEnd(), 0});
        server.enqueue(Server::Response::sse(std::move(chunks)));

        JobTracker jobs;
        AdvisorView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &AdvisorView::configLoaded);
        QVERIFY(loaded.wait(10000));
        useTestKey(view);
        waitOutbound(view, cloud(server));
        QSignalSpy painted(&view, &AdvisorView::streamPainted);
        QSignalSpy done(&view, &AdvisorView::answerFinished);
        view.ask(QStringLiteral("A long story please"));
        QVERIFY(painted.wait(10000));
        QVERIFY(view.isAnswering());
        view.stop();
        const AskResult r = waitAnswer(done);
        QVERIFY(r.cancelled);
        QVERIFY(r.answer.startsWith(QLatin1String("The beginning")));
        QVERIFY(r.answer.size() < QStringLiteral("The beginning").size() + 40 * 9);
        QCOMPARE(view.bubbles().last()->markdown(), r.answer);
        QVERIFY(view.noticeText().contains(QLatin1String("partial answer is kept")));
        QVERIFY(!view.isAnswering());
        auto msgs = ConversationRepository(*m_db).messages(r.conversationId);
        QVERIFY(msgs.ok());
        QVERIFY(msgs->back().partial);
        QCOMPARE(msgs->back().text, r.answer);
        render(view, QStringLiteral("advisor-stopped.png"));
    }

    void fallbackShowsTheNoticeAndTheOfflineBadge_privacyLineExpands()
    {
        Server server;
        QVERIFY(server.listen());
        for (int i = 0; i < 2; ++i)
            server.enqueue(Server::Response::json(503, R"({"error":{"message":"down for maintenance"}})"));
        JobTracker jobs;
        AdvisorView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &AdvisorView::configLoaded);
        QVERIFY(loaded.wait(10000));
        useTestKey(view);
        AdvisorConfig c = cloud(server);
        waitOutbound(view, c);
        QVERIFY(view.outboundText().contains(QLatin1String("Questions go to")));
        QVERIFY(view.outboundText().contains(QLatin1String("Not offered")));
        QSignalSpy done(&view, &AdvisorView::answerFinished);
        view.ask(QStringLiteral("What is the RSI of AAPL?"));
        const AskResult r = waitAnswer(done);
        QVERIFY(r.offline);
        QVERIFY2(view.noticeText().startsWith(QLatin1String("Answered offline because")),
                 qPrintable(view.noticeText()));
        QVERIFY(view.offlineBadgeShown());
        QVERIFY(view.bubbles().last()->hasOfflineBadge());
        QCOMPARE(view.bubbles().last()->toolCards().first()->activity().name,
                 QStringLiteral("compute_indicator"));
        view.findChild<QToolButton *>()->setChecked(true); // "What will be sent"
        render(view, QStringLiteral("advisor-fallback.png"));

        // Sharing allowed: nothing is withheld any more.
        c.sharePortfolioWithCloud = true;
        waitOutbound(view, c);
        QVERIFY(!view.outboundText().contains(QLatin1String("Not offered")));
    }

    void conversationListRenameSearchDelete()
    {
        JobTracker jobs;
        AdvisorView view(*m_ws, jobs);
        QSignalSpy listed(&view, &AdvisorView::conversationsLoaded);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!listed.isEmpty() || listed.wait(10000));
        QStandardItemModel *model = view.conversationModel();
        auto stored = ConversationRepository(*m_db).list();
        QVERIFY(stored.ok());
        QCOMPARE(model->rowCount(), int(stored->size()));
        QVERIFY(model->rowCount() >= 4);

        // Opening one shows its transcript.
        QSignalSpy transcript(&view, &AdvisorView::transcriptLoaded);
        const qint64 first = model->item(0)->data(Qt::UserRole + 1).toLongLong();
        view.openConversation(first);
        QVERIFY(transcript.wait(10000));
        QVERIFY(view.bubbles().size() >= 2);

        // Rename in place.
        listed.clear();
        model->item(0)->setText(QStringLiteral("Crossover notes"));
        QVERIFY(listed.wait(10000));
        QCOMPARE(ConversationRepository(*m_db).find(first)->title, QStringLiteral("Crossover notes"));

        // Ctrl+F goes to the search field; a search hides the others.
        view.activateWindow();
        view.questionBox()->setFocus();
        QTest::keyClick(view.questionBox(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.searchField()->hasFocus());
        listed.clear();
        QTest::keyClicks(view.searchField(), QStringLiteral("CROSSOVER NOTES"));
        QVERIFY(listed.wait(10000));
        int visible = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            visible += view.conversationList()->isRowHidden(r) ? 0 : 1;
        QCOMPARE(visible, 1);
        QVERIFY(!view.conversationList()->isRowHidden(0));
        render(view, QStringLiteral("advisor-search.png"));
        view.searchField()->clear();
        QVERIFY(listed.wait(10000));

        // Delete, confirmed in the dialog.
        const int before = model->rowCount();
        QTimer::singleShot(200, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        listed.clear();
        view.deleteConversation(first);
        QVERIFY(listed.wait(10000));
        QCOMPARE(model->rowCount(), before - 1);
        QVERIFY(!ConversationRepository(*m_db).find(first).ok());
        QCOMPARE(view.currentConversation(), qint64(0));
        QVERIFY(view.bubbles().isEmpty());
    }
};

QTEST_MAIN(TestAdvisorView)
#include "tst_advisorview.moc"
