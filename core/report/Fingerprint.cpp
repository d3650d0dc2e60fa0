#include "core/report/Fingerprint.h"

#include <charconv>
#include <cmath>

namespace sn::report {

Fingerprint::Fingerprint(std::string appVersion)
{
    m_info.appVersion = std::move(appVersion);
}

void Fingerprint::setConvention(std::string text)
{
    m_info.convention = std::move(text);
}

void Fingerprint::addParameter(std::string key, std::string value)
{
    m_info.parameters.emplace_back(std::move(key), std::move(value));
}

void Fingerprint::feed(std::string_view text)
{
    // The header goes first whatever order the caller set things in, so the
    // hash depends only on the content.
    if (!m_headerDone) {
        m_headerDone = true;
        std::string header = "supernova-report-fingerprint 1\napp\t" + m_info.appVersion + "\nconvention\t" +
                             m_info.convention + '\n';
        for (const auto &[k, v] : m_info.parameters) {
            header += "param\t";
            header += k;
            header += '\t';
            header += v;
            header += '\n';
        }
        m_hash.addData(QByteArrayView(header.data(), qsizetype(header.size())));
    }
    m_hash.addData(QByteArrayView(text.data(), qsizetype(text.size())));
}

void Fingerprint::beginRows(std::string_view name)
{
    feed("rows\t");
    feed(name);
    feed("\n");
}

std::string Fingerprint::numberText(double v)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buffer[64];
    // Whole numbers as integers ("100000", not "1e+05"), the rest shortest round-trip.
    if (v == std::floor(v) && std::abs(v) < 1e15) {
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v));
        return ec == std::errc() ? std::string(buffer, end) : std::string("?");
    }
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

void Fingerprint::addRow(std::span<const double> numbers)
{
    m_line.clear();
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (i)
            m_line += '\t';
        m_line += numberText(numbers[i]);
    }
    m_line += '\n';
    feed(m_line);
    ++m_info.rows;
}

void Fingerprint::addRow(std::span<const std::string> fields)
{
    m_line.clear();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            m_line += '\t';
        // A tab or newline inside a field must not fake a field boundary.
        for (char c : fields[i])
            m_line += (c == '\t' || c == '\n') ? ' ' : c;
    }
    m_line += '\n';
    feed(m_line);
    ++m_info.rows;
}

FingerprintInfo Fingerprint::finish()
{
    feed("end\n");
    m_info.sha256 = m_hash.result().toHex().toStdString();
    FingerprintInfo info = m_info;
    return info;
}

} // namespace sn::report
