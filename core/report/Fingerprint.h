#pragma once

#include "core/report/ReportDocument.h"

#include <QCryptographicHash>
#include <span>
#include <string>
#include <string_view>

namespace sn::report {

// The data fingerprint of a report: SHA-256 over a canonical text of the
// app version, the convention, the parameters (in the order given) and every
// input row (numbers in their shortest round-trip form, so the same doubles
// always hash the same and any changed bar changes the hash). Builders feed it
// the rows they read; `report verify` rebuilds the report from the database
// and compares the two hashes.
class Fingerprint
{
public:
    explicit Fingerprint(std::string appVersion);

    void setConvention(std::string text);
    void addParameter(std::string key, std::string value);

    // Starts a block of rows ("bars AAPL 1d", "transactions"); the name is hashed.
    void beginRows(std::string_view name);
    void addRow(std::span<const double> numbers);
    void addRow(std::span<const std::string> fields);

    FingerprintInfo finish();

    // Shortest text that reads back to the same double ("nan", "inf" for the rest).
    static std::string numberText(double v);

private:
    void feed(std::string_view text);

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    FingerprintInfo m_info;
    bool m_headerDone = false;
    std::string m_line;
};

} // namespace sn::report
