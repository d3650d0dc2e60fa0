// SseParser: the event-stream grammar (line ends, fields, comments, BOM,
// dispatch rules), every chunk split point of sample streams, limits, and
// robustness against random chunking and random junk.
#include "core/advisor/llm/SseParser.h"

#include <QTest>
#include <algorithm>
#include <iterator>
#include <random>

using namespace sn;
using namespace sn::advisor;

namespace {

struct Flat
{
    QByteArray type, data, id;
    int retry;
    bool operator==(const Flat &o) const
    {
        return type == o.type && data == o.data && id == o.id && retry == o.retry;
    }
};

QList<Flat> flatten(const std::vector<SseEvent> &events)
{
    QList<Flat> out;
    for (const SseEvent &e : events)
        out.append({e.type, e.data, e.lastEventId, e.retryMs});
    return out;
}

QString describe(const QList<Flat> &events)
{
    QStringList parts;
    for (const Flat &f : events)
        parts << QStringLiteral("[%1|%2|%3|%4]")
                     .arg(QString::fromUtf8(f.type), QString::fromUtf8(f.data), QString::fromUtf8(f.id))
                     .arg(f.retry);
    return parts.join(QLatin1Char(' '));
}

// Feeds `stream` cut at the given offsets (sorted) and returns the events.
QList<Flat> parseChunked(const QByteArray &stream, const std::vector<qsizetype> &cuts)
{
    SseParser p;
    qsizetype from = 0;
    std::vector<SseEvent> all;
    auto feedTo = [&](qsizetype to) {
        Result<void> r = p.feed(QByteArrayView(stream).sliced(from, to - from));
        if (!r.ok())
            qFatal("feed failed: %s", r.error().toString().c_str());
        from = to;
        for (SseEvent &e : p.takeEvents())
            all.push_back(std::move(e));
    };
    for (qsizetype c : cuts)
        feedTo(c);
    feedTo(stream.size());
    return flatten(all);
}

// A stream that exercises everything: BOM, CRLF / CR / LF, comments,
// multi-line data, ids, retry, a field without colon, UTF-8 text (a 4-byte
// emoji, a 3-byte euro sign), an event with no data (not dispatched) and a
// trailing unterminated event (discarded).
QByteArray grammarStream()
{
    return QByteArrayLiteral("\xEF\xBB\xBF"
                             ": keep-alive comment\r\n"
                             "event: greeting\r\n"
                             "data: Gr\xC3\xBC\xC3\x9F"
                             "e \xE2\x82\xAC \xF0\x9F\x99\x82\r\n"
                             "\r\n"
                             "id: 7\r"
                             "data:first\r"
                             "data:  second\r"
                             "\r"
                             "retry: 2500\n"
                             "data\n"
                             "\n"
                             "event: lonely\n"
                             "\n"
                             "retry: x1\n"
                             "id\n"
                             "unknown: field\n"
                             "data: {\"a\":1}\n"
                             "\n"
                             "data: never finished");
}

QList<Flat> grammarExpected()
{
    return {
        {"greeting",
         QByteArray("Gr\xC3\xBC\xC3\x9F"
                    "e \xE2\x82\xAC \xF0\x9F\x99\x82"),
         "", -1},
        {"message", "first\n second", "7", -1},
        {"message", "", "7", 2500},
        {"message", "{\"a\":1}", "", 2500},
    };
}

// Shapes of the two vendors' streams as recorded (see the provider tests for
// the full protocol); used for the random-chunking test.
QByteArray openAiStream()
{
    return QByteArrayLiteral(
        "data: "
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"role\":"
        "\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n"
        "data: "
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
        "\"content\":\"Hallo \xC3\xA4\"},\"finish_reason\":null}]}\n\n"
        ": OPENROUTER PROCESSING\n\n"
        "data: "
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"tool_"
        "calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"run_"
        "backtest\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}\n\n"
        "data: "
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"tool_"
        "calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"symbol\\\":\"}}]},\"finish_reason\":null}]}"
        "\n\n"
        "data: "
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_"
        "reason\":\"tool_calls\"}]}\n\n"
        "data: "
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,"
        "\"completion_tokens\":7,\"total_tokens\":19}}\n\n"
        "data: [DONE]\n\n");
}

QByteArray anthropicStream()
{
    return QByteArrayLiteral(
        "event: message_start\r\ndata: "
        "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":"
        "\"assistant\",\"content\":[],\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}\r\n\r\n"
        "event: content_block_start\r\ndata: "
        "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"
        "\r\n\r\n"
        "event: ping\r\ndata: {\"type\": \"ping\"}\r\n\r\n"
        "event: content_block_delta\r\ndata: "
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":"
        "\"Gr\xC3\xBC\xC3\x9F"
        "e\"}}\r\n\r\n"
        "event: content_block_stop\r\ndata: {\"type\":\"content_block_stop\",\"index\":0}\r\n\r\n"
        "event: message_delta\r\ndata: "
        "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},"
        "\"usage\":{\"output_tokens\":15}}\r\n\r\n"
        "event: message_stop\r\ndata: {\"type\":\"message_stop\"}\r\n\r\n");
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void grammarInOneChunk()
    {
        const QList<Flat> got = parseChunked(grammarStream(), {});
        QCOMPARE(describe(got), describe(grammarExpected()));
    }

    void everySingleSplitPoint()
    {
        const QByteArray s = grammarStream();
        const QList<Flat> want = grammarExpected();
        for (qsizetype cut = 0; cut <= s.size(); ++cut) {
            const QList<Flat> got = parseChunked(s, {cut});
            if (!(got == want))
                QFAIL(qPrintable(QStringLiteral("split at %1: %2").arg(cut).arg(describe(got))));
        }
    }

    void everyPairOfSplitPoints()
    {
        // Two cuts catch a CR / LF pair split around a one-byte chunk and a
        // UTF-8 sequence split three ways.
        const QByteArray s = grammarStream();
        const QList<Flat> want = grammarExpected();
        for (qsizetype a = 0; a <= s.size(); ++a) {
            for (qsizetype b = a; b <= s.size(); ++b) {
                if (!(parseChunked(s, {a, b}) == want))
                    QFAIL(qPrintable(QStringLiteral("split at %1 and %2").arg(a).arg(b)));
            }
        }
    }

    void byteByByte()
    {
        const QByteArray s = grammarStream();
        std::vector<qsizetype> cuts;
        for (qsizetype i = 1; i < s.size(); ++i)
            cuts.push_back(i);
        QCOMPARE(describe(parseChunked(s, cuts)), describe(grammarExpected()));
    }

    void bomOnlyAtStart()
    {
        // A BOM later in the stream is data, and a partial BOM at the start is
        // line content, not silently swallowed.
        QList<Flat> got = parseChunked(QByteArrayLiteral("data: \xEF\xBB\xBFx\n\n"), {});
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].data, QByteArray("\xEF\xBB\xBFx"));
        got = parseChunked(QByteArrayLiteral("\xEF\xBB"
                                             "data: y\n\n"),
                           {1});
        QCOMPARE(got.size(), 0); // the field name is "\xEF\xBBdata", unknown
        got = parseChunked(QByteArrayLiteral("\xEF\xBB\xBF\xEF\xBB\xBF"
                                             "data: z\n\n"),
                           {});
        QCOMPARE(got.size(), 0); // only one BOM is skipped
    }

    void crAtChunkEndThenData()
    {
        // A lone CR ends a line even when the next chunk starts with text.
        const QList<Flat> got = parseChunked(QByteArrayLiteral("data: a\r\rdata: b\r\r"), {8});
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].data, QByteArray("a"));
        QCOMPARE(got[1].data, QByteArray("b"));
    }

    void lineLimit()
    {
        SseParser p(SseParser::Limits{16, 64});
        QVERIFY(p.feed("data: 0123456789").ok()); // 16 bytes, still within
        const Result<void> r = p.feed("X");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QVERIFY2(QString::fromStdString(r.error().toString()).contains(QStringLiteral("limit of 16 bytes")),
                 r.error().toString().c_str());
        QVERIFY(!p.feed("\n\n").ok()); // refuses until reset
        p.reset();
        QVERIFY(p.feed("data: ok\n\n").ok());
        QCOMPARE(p.takeEvents().size(), std::size_t(1));
    }

    void lineLimitWithinOneChunk()
    {
        SseParser p(SseParser::Limits{8, 64});
        QVERIFY(!p.feed("data: 0123456789\n\n").ok());
        QVERIFY(!p.hasEvents());
    }

    void eventLimit()
    {
        SseParser p(SseParser::Limits{64, 20});
        QVERIFY(p.feed("data: 0123456789\ndata: 012345678\n").ok()); // 10+1+9 = 20 bytes
        const Result<void> r = p.feed("data: x\n");
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains(QStringLiteral("event's data")));
    }

    void pendingInputAtEnd()
    {
        SseParser p;
        QVERIFY(p.feed("data: done\n\n").ok());
        QVERIFY(!p.hasPendingInput());
        QVERIFY(p.feed("data: half").ok());
        QVERIFY(p.hasPendingInput());
    }

    void randomChunkingOfRecordedStreams_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("events");
        QTest::newRow("openai") << openAiStream() << 7;
        QTest::newRow("anthropic") << anthropicStream() << 7;
    }

    void randomChunkingOfRecordedStreams()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, events);
        const QList<Flat> want = parseChunked(stream, {});
        QCOMPARE(want.size(), events);
        std::mt19937 rng(20261201);
        for (int round = 0; round < 2000; ++round) {
            std::uniform_int_distribution<int> count(1, 40);
            std::uniform_int_distribution<qsizetype> pos(0, stream.size());
            std::vector<qsizetype> cuts(std::size_t(count(rng)));
            for (qsizetype &c : cuts)
                c = pos(rng);
            std::sort(cuts.begin(), cuts.end());
            if (!(parseChunked(stream, cuts) == want))
                QFAIL(qPrintable(QStringLiteral("round %1 differs").arg(round)));
        }
    }

    void randomJunkNeverCrashes()
    {
        // Junk made of the grammar's own pieces (and, every third round, raw
        // bytes); the parser must accept it or report a limit, and never
        // hand out an event larger than the limit.
        std::mt19937 rng(7);
        const QByteArray pieces[] = {
            "data",    "data:", "data: ", ":",    " ", "event:",  "id:",          "retry: 12",
            "retry:x", "\r",    "\n",     "\r\n", "x", "{\"a\":", "\xEF\xBB\xBF", QByteArray("\0", 1),
            "\xFF",    "\xC3"};
        std::uniform_int_distribution<int> pick(0, int(std::size(pieces)) - 1);
        std::uniform_int_distribution<int> any(0, 255);
        std::uniform_int_distribution<int> len(0, 120);
        qsizetype events = 0;
        for (int round = 0; round < 3000; ++round) {
            SseParser p(SseParser::Limits{256, 1024});
            for (int chunk = 0; chunk < 20; ++chunk) {
                QByteArray junk;
                const int n = len(rng);
                for (int i = 0; i < n; ++i)
                    if (round % 3 == 0)
                        junk.append(char(any(rng)));
                    else
                        junk.append(pieces[pick(rng)]);
                if (!p.feed(junk).ok())
                    break;
                for (const SseEvent &e : p.takeEvents()) {
                    QVERIFY(e.data.size() <= 1024);
                    ++events;
                }
            }
        }
        QVERIFY(events > 0); // the junk did form events, so dispatch was exercised
    }
};

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
