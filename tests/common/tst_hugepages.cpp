#include "core/common/HugePages.h"

#include <QFile>
#include <QTest>
#include <cstdint>

using namespace sn;

namespace {

// The VmFlags of the mapping holding `address`, from /proc/self/smaps
// ("hg": the range was advised MADV_HUGEPAGE).
QByteArray flagsAt(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return "no smaps";
    bool inside = false;
    // /proc files report a size of 0, so read until the end rather than to it.
    const QByteArray all = smaps.readAll();
    for (const QByteArray &raw : all.split('\n')) {
        const QByteArray line = raw.trimmed();
        const QByteArray first = line.left(line.indexOf(' '));
        if (first.endsWith(':')) { // "Name: value" of the mapping above
            if (inside && first == "VmFlags:")
                return line;
            continue;
        }
        const int dash = first.indexOf('-'); // "from-to perms offset dev inode path"
        bool okFrom = false, okTo = false;
        const auto from = first.left(dash).toULongLong(&okFrom, 16);
        const auto to = first.mid(dash + 1).toULongLong(&okTo, 16);
        inside = dash > 0 && okFrom && okTo && address >= from && address < to;
    }
    return "not mapped";
}

} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT
private slots:
    void largeBufferIsAdvised()
    {
        if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
            QSKIP("this kernel has no transparent huge pages");
        std::vector<double> column;
        reserveLarge(column, 2'000'000); // 16 MB: several whole 2 MiB pages
        const auto start = reinterpret_cast<std::uintptr_t>(column.data());
        const std::uintptr_t huge = std::uintptr_t{2} << 20;
        const std::uintptr_t firstWhole = (start + huge - 1) & ~(huge - 1);
        const QByteArray flags = flagsAt(firstWhole);
        QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
        // The memory is the vector's as before: fill it and read it back.
        for (int i = 0; i < 2'000'000; ++i)
            column.push_back(i);
        QCOMPARE(column[1'999'999], 1'999'999.0);
    }

    void smallOrNoBufferIsLeftAlone()
    {
        adviseHugePages(nullptr, 0);
        adviseHugePages(nullptr, std::size_t{64} << 20);
        std::vector<char> small(1000);
        adviseHugePages(small.data(), small.size()); // less than one 2 MiB page: nothing to advise
        QCOMPARE(small.size(), std::size_t(1000));
    }
};

QTEST_APPLESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
