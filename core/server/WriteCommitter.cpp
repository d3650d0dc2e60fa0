#include "core/server/WriteCommitter.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QPointer>
#include <QSqlQuery>

namespace sn::server {

static const sn::log::Category lc("supernova.server");

namespace {

// True when the connection still runs a trivial query: after a failed write
// it tells a write the database refused from a connection that died (the
// database restarted or went away). The very connection the write used is
// asked, not whatever connection() would open now, which may be a fresh one.
bool stillAnswers(QSqlDatabase &conn)
{
    if (!conn.isOpen())
        return false;
    QSqlQuery q(conn);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

} // namespace

WriteCommitter::WriteCommitter(const Database &db, EventLog &events) : m_db(db), m_events(events)
{
    m_thread.setObjectName(QStringLiteral("supernova-writer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WriteCommitter::~WriteCommitter()
{
    take();
    m_thread.quit();
    m_thread.wait(); // the thread's database connection closes as it ends
}

void WriteCommitter::start(QList<WriteRequest> requests, QObject *context, std::function<void()> done)
{
    Q_ASSERT(!m_inFlight);
    m_inFlight = true;
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, requests = std::move(requests), receiver, done = std::move(done)] {
            CommitResult result = commit(m_db, m_events, requests);
            {
                QMutexLocker lock(&m_mutex);
                m_result = std::move(result);
                m_finished.wakeAll();
            }
            if (receiver)
                QMetaObject::invokeMethod(receiver.data(), done, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

std::optional<CommitResult> WriteCommitter::take()
{
    if (!m_inFlight)
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    while (!m_result)
        m_finished.wait(&m_mutex);
    m_inFlight = false;
    return std::exchange(m_result, std::nullopt);
}

CommitResult WriteCommitter::commit(const Database &db, EventLog &events, const QList<WriteRequest> &requests)
{
    CommitResult result;
    result.answers.reserve(std::size_t(requests.size()));
    result.refused.assign(std::size_t(requests.size()), false);
    auto write = [&](const QList<WriteRequest> &some) {
        QElapsedTimer timer;
        timer.start();
        auto outcomes = events.writeBatch(some);
        result.seconds += double(timer.nsecsElapsed()) / 1e9;
        ++result.transactions;
        result.writes += some.size();
        return outcomes;
    };
    auto opened = db.connection();
    if (!opened) {
        for (qsizetype i = 0; i < requests.size(); ++i)
            result.answers.emplace_back(opened.error());
        result.refused.assign(std::size_t(requests.size()), false);
        return result;
    }
    QSqlDatabase conn = *opened; // the connection writeBatch uses on this thread
    auto outcomes = write(requests);
    if (outcomes) {
        for (const WriteOutcome &o : std::as_const(*outcomes))
            result.answers.emplace_back(o);
        return result;
    }
    bool up = stillAnswers(conn);
    if (up && requests.size() > 1) {
        // One bad write rolls back the whole transaction. The database is
        // up, so commit the writes one by one: the bad one fails alone and
        // its neighbours are applied (later ones still see earlier ones).
        lc.warn("a group commit of {} writes failed ({}); committing them one by one", requests.size(),
                outcomes.error().toString());
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (!up) {
                result.answers.emplace_back(outcomes.error());
                continue;
            }
            auto one = write({requests[i]});
            if (one) {
                result.answers.emplace_back(one->front());
                continue;
            }
            up = stillAnswers(conn);
            result.refused[std::size_t(i)] = up;
            result.answers.emplace_back(one.error());
        }
    } else {
        for (qsizetype i = 0; i < requests.size(); ++i) {
            result.refused[std::size_t(i)] = up;
            result.answers.emplace_back(outcomes.error());
        }
    }
    if (!up) {
        // The database went away (or restarted): the next batch opens a
        // fresh connection instead of failing on this dead one.
        conn.close();
    }
    return result;
}

} // namespace sn::server
