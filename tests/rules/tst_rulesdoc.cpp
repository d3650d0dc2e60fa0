// docs/rules.md cannot drift from the compiler: every ```rule block
// compiles, every ```rule-bad block fails with exactly the diagnostics in
// the ```text block after it, and every series, function and output the
// catalogue (and so the compiler) knows is documented with its signature.
#include "core/rules/RuleCatalog.h"
#include "core/rules/RuleStrategy.h"

#include <QFile>
#include <QTest>

using namespace sn::rules;

namespace {

struct Block
{
    QString tag;
    QString text;
    int line = 0;
};

QList<Block> fencedBlocks(const QString &markdown)
{
    QList<Block> blocks;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(QLatin1String("```")) || lines[i].size() == 3)
            continue;
        Block b;
        b.tag = lines[i].mid(3).trimmed();
        b.line = i + 1;
        for (++i; i < lines.size() && !lines[i].startsWith(QLatin1String("```")); ++i)
            b.text += lines[i] + QLatin1Char('\n');
        blocks << b;
    }
    return blocks;
}

} // namespace

class TestRulesDoc : public QObject
{
    Q_OBJECT
private:
    QString m_doc;

private slots:
    void initTestCase()
    {
        QFile f(qEnvironmentVariable("SUPERNOVA_SOURCE_DIR") + QStringLiteral("/docs/rules.md"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        m_doc = QString::fromUtf8(f.readAll());
    }

    void examplesCompile()
    {
        int count = 0;
        for (const Block &b : fencedBlocks(m_doc)) {
            if (b.tag != QLatin1String("rule"))
                continue;
            std::vector<Diagnostic> d;
            const std::string text = b.text.toStdString();
            auto rule = RuleStrategy::compile(text, "doc", d);
            QVERIFY2(rule, qPrintable(QStringLiteral("docs/rules.md line %1:\n").arg(b.line) +
                                      QString::fromStdString(formatAll(d, text, "example.rule"))));
            ++count;
        }
        QVERIFY(count >= 4);
    }

    void errorExamplesAreTheCompilersOwn()
    {
        const QList<Block> blocks = fencedBlocks(m_doc);
        int count = 0;
        for (int i = 0; i < blocks.size(); ++i) {
            if (blocks[i].tag != QLatin1String("rule-bad"))
                continue;
            QVERIFY2(i + 1 < blocks.size() && blocks[i + 1].tag == QLatin1String("text"),
                     qPrintable(QStringLiteral("line %1: a rule-bad block needs a text block after it")
                                    .arg(blocks[i].line)));
            std::vector<Diagnostic> d;
            const std::string text = blocks[i].text.toStdString();
            QVERIFY(!RuleStrategy::compile(text, "doc", d));
            QCOMPARE(QString::fromStdString(formatAll(d, text, "example.rule")), blocks[i + 1].text);
            ++count;
        }
        QVERIFY(count >= 2);
    }

    void everythingTheCompilerKnowsIsDocumented()
    {
        for (const CatalogEntry &e : RuleCatalog::entries()) {
            if (e.kind == CatalogEntry::Kind::Keyword)
                continue;
            const QString name =
                QString::fromStdString(e.kind == CatalogEntry::Kind::Series ? e.name : e.signature);
            QVERIFY2(m_doc.contains(QLatin1Char('`') + name + QLatin1Char('`')), qPrintable(name));
            if (e.kind == CatalogEntry::Kind::Function)
                QVERIFY2(
                    m_doc.contains(QStringLiteral("| `") + name + QStringLiteral("` | ") +
                                   QString::fromStdString(e.description) + QStringLiteral(" |")),
                    qPrintable(QStringLiteral("the table row of %1 differs from the catalogue").arg(name)));
        }
    }
};

QTEST_APPLESS_MAIN(TestRulesDoc)
#include "tst_rulesdoc.moc"
