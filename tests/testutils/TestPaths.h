#pragma once

#include <QString>

namespace sn::test {

// resources/sample-data in the source tree (the bundled real market data).
QString sampleDataDir();
QString sampleDataFile(const QString &name);
// tests/data in the source tree (bad-input corpora and golden files).
QString testDataFile(const QString &relativePath);
// <build>/test-output/<sub>: where tests leave artefacts a reviewer can open
// (rendered PNGs, exported reports). Created on demand.
QString outputDir(const QString &sub);
// The PostgreSQL URL of the throwaway server started by the CTest fixture,
// or empty when the test runs without it.
QString postgresUrl();

} // namespace sn::test
