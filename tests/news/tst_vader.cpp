// The VADER scorer against the reference implementation's own outputs:
// tests/data/news/vader_reference.tsv was written by the npm package
// vader-sentiment 1.1.3 running on node (make_vader_reference.js beside it);
// its first 14 sentences are the package's own test cases.
#include "core/news/VaderScorer.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QTest>

using namespace sn::news;

class TestVader : public QObject
{
    Q_OBJECT
private slots:
    void referenceOutputs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("neg");
        QTest::addColumn<double>("neu");
        QTest::addColumn<double>("pos");
        QTest::addColumn<double>("compound");
        QFile file(sn::test::testDataFile(QStringLiteral("news/vader_reference.tsv")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        int rows = 0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> f = line.split('\t');
            QCOMPARE(f.size(), 5);
            QTest::addRow("%d", ++rows) << QString::fromUtf8(f[0]) << f[1].toDouble() << f[2].toDouble()
                                        << f[3].toDouble() << f[4].toDouble();
        }
        QVERIFY(rows >= 38);
    }

    void referenceOutputs()
    {
        QFETCH(QString, text);
        QFETCH(double, neg);
        QFETCH(double, neu);
        QFETCH(double, pos);
        QFETCH(double, compound);
        const SentimentScore s = VaderScorer(SentimentLexicon::vader()).score(text);
        QCOMPARE(s.compound, compound);
        QCOMPARE(s.negative, neg);
        QCOMPARE(s.neutral, neu);
        QCOMPARE(s.positive, pos);
    }

    void lexiconIsTheWholePublishedOne()
    {
        // 7,517 lines in the published file, 7,503 distinct entries (a few
        // are listed twice; the later line wins, as in the reference).
        QCOMPARE(SentimentLexicon::vader().size(), qsizetype(7503));
        QCOMPARE(*SentimentLexicon::vader().valence(QStringLiteral("good")), 1.9);
        QVERIFY(!SentimentLexicon::vader().contains(QStringLiteral("downgrade")));
    }

    void tokensKeepEmoticonsAndContractions()
    {
        QCOMPARE(VaderScorer::tokens(QStringLiteral("Make sure you :) or :D today!")),
                 (QStringList{QStringLiteral("Make"), QStringLiteral("sure"), QStringLiteral("you"),
                              QStringLiteral(":)"), QStringLiteral("or"), QStringLiteral(":D"),
                              QStringLiteral("today")}));
        QCOMPARE(VaderScorer::tokens(QStringLiteral("I isn't good, a b")),
                 (QStringList{QStringLiteral("isn't"), QStringLiteral("good")}));
    }

    void financeAdditionsTurnHeadlinesTheRightWay()
    {
        const VaderScorer plain(SentimentLexicon::vader());
        const VaderScorer finance;
        // The reference reads these as neutral or even positive ("shares" is
        // "to share"); with the additions they have the sign a trader reads.
        const QString downgrade = QStringLiteral("Tesla shares plunge after analyst downgrade");
        QVERIFY(plain.score(downgrade).compound > 0);
        QVERIFY(finance.score(downgrade).compound <= VaderScorer::kNegativeThreshold);
        const QString beat = QStringLiteral("Apple beats estimates as iPhone sales surge");
        QCOMPARE(plain.score(beat).compound, 0.0);
        QVERIFY(finance.score(beat).compound >= VaderScorer::kPositiveThreshold);
        // Rules still apply on top of the additions: negation flips.
        QVERIFY(finance.score(QStringLiteral("The stock did not rally")).compound < 0);
        // Sentences without finance words score exactly as the reference.
        const QString plainText = QStringLiteral("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!");
        QCOMPARE(finance.score(plainText), plain.score(plainText));
    }

    void emptyAndNeutralText()
    {
        const VaderScorer scorer;
        QCOMPARE(scorer.score(QString()), SentimentScore{});
        QCOMPARE(scorer.score(QStringLiteral("a")), SentimentScore{});
        const SentimentScore s = scorer.score(QStringLiteral("The meeting is on Tuesday"));
        QCOMPARE(s.compound, 0.0);
        QCOMPARE(s.neutral, 1.0);
    }

    void badLexiconLinesAreNamed()
    {
        auto bad = SentimentLexicon::fromText("good\t1.9\nbad\tlots\n", QStringLiteral("mine.txt"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().context, std::string("mine.txt:2"));
        QVERIFY(!SentimentLexicon::fromText("good\t9\n", QStringLiteral("x")).ok());
        // toDouble reads "nan": a NaN valence would pass a range check that
        // only asks "below -4 or above 4", then poison every compound score.
        QVERIFY(!SentimentLexicon::fromText("good\tnan\n", QStringLiteral("x")).ok());
        QVERIFY(!SentimentLexicon::fromText("good\tinf\n", QStringLiteral("x")).ok());
    }
};

QTEST_APPLESS_MAIN(TestVader)
#include "tst_vader.moc"
