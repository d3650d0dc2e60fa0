#pragma once

#include "core/common/Result.h"
#include "core/server/EventLog.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>
#include <functional>
#include <optional>
#include <vector>

namespace sn {
class Database;
}

namespace sn::server {

// What one group commit gave each of its writes, in request order.
struct CommitResult
{
    std::vector<Result<WriteOutcome>> answers; // the outcome, or why the write is not applied
    // The database refused that write on its own while it kept answering (a
    // constraint, a trigger, a value it cannot store): retrying cannot help.
    // Otherwise an error means the database is unavailable.
    std::vector<bool> refused;
    qint64 transactions = 0; // the batch, plus one per write when it was split
    qint64 writes = 0;       // writes those transactions carried (a split batch counts twice)
    double seconds = 0.0;    // inside those transactions
};

// Runs group commits on a writer thread of its own, with its own database
// connection, so the event loop keeps reading, decoding and answering while a
// commit waits for the disk (an fsync on SQLite, the commit round trip on
// PostgreSQL): acks still go out only after their commit, and the frames that
// arrive meanwhile form the next batch. One batch is in flight at a time, so
// revisions and answers keep the order of the requests.
class WriteCommitter
{
public:
    WriteCommitter(const Database &db, EventLog &events);
    ~WriteCommitter(); // finishes the batch in flight, then ends the thread

    WriteCommitter(const WriteCommitter &) = delete;
    WriteCommitter &operator=(const WriteCommitter &) = delete;

    // Starts committing `requests` on the writer thread; `done` is then
    // called on `context`'s thread, unless take() collected the result first.
    // Call only when nothing is in flight.
    void start(QList<WriteRequest> requests, QObject *context, std::function<void()> done);
    bool inFlight() const { return m_inFlight; }
    // Blocks until the batch in flight is committed and returns its result;
    // nullopt when nothing is in flight (or it was taken already).
    std::optional<CommitResult> take();

    // The work itself, on the calling thread: one transaction for the
    // batch; when it fails while the database still answers, each write again
    // in its own transaction, so a write the database refuses fails alone.
    static CommitResult commit(const Database &db, EventLog &events, const QList<WriteRequest> &requests);

private:
    const Database &m_db;
    EventLog &m_events;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; jobs are posted to it
    bool m_inFlight = false;     // touched by the owner's thread only
    QMutex m_mutex;
    QWaitCondition m_finished;
    std::optional<CommitResult> m_result; // guarded by m_mutex
};

} // namespace sn::server
