#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace sn::report {

enum class OutputFormat
{
    Pdf,
    Html,
    Markdown,
    Xlsx,
    Csv,
    Json
};
enum class PageFormat
{
    A4,
    Letter
};
enum class Theme
{
    Light,
    Dark,
    Auto
}; // HTML; Auto follows the reader's system

// How a document is rendered. Nothing here changes a number, only its dress.
struct RenderOptions
{
    PageFormat page = PageFormat::A4;
    Theme theme = Theme::Auto;
    QString company;    // optional, in the header of every page
    QByteArray logoPng; // optional PNG or JPEG bytes, beside the company name
    // The PDF's creation date (and the XLSX's); unset: now for PDF, the data's
    // last day for XLSX (so XLSX stays byte-identical for the same inputs).
    std::optional<QDateTime> createdAt;
    // Checked between blocks; a set flag ends rendering with a Cancelled error.
    const std::atomic<bool> *cancel = nullptr;
    // Blocks done of blocks in total.
    std::function<void(int done, int total)> progress;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace sn::report
