#pragma once

#include "core/common/Result.h"

#include <QString>

namespace sn {

class ChangeHub;
class Database;
class Workspace;

// The bundled real market data (resources/sample-data, compiled into the
// binary) and the sample watchlist and portfolio built from it, so every view
// has something true to show on first start. Loading is one transaction and
// idempotent; removing deletes exactly what loading created.
class SampleData
{
public:
    static constexpr const char *kPortfolioName = "Sample portfolio";
    static constexpr const char *kWatchlistName = "Sample watchlist";
    static constexpr const char *kSourceTag = "SuperNova sample data";

    // Loading, removing and resetting announce an Everything change.
    explicit SampleData(const Workspace &workspace);
    // Announces nothing (tests, benchmarks and the CLI's first-start seeding).
    explicit SampleData(const Database &db) : m_db(db) {}

    Result<bool> isLoaded() const;
    // Whether a first start should load the sample data: the database was
    // never seeded and holds no instruments and no portfolios. Decided from
    // the data, not from whether the file was just made, so a first start
    // killed before the load committed seeds on the next start; removing the
    // sample data later never brings it back.
    Result<bool> needsFirstLoad() const;
    // Imports the three bundled files, then creates the watchlist and the
    // portfolio whose trades are priced at the stored closes of their dates.
    Result<void> load() const;
    // Deletes the sample portfolio, watchlist and instruments. Fails, changing
    // nothing, when one of the user's own portfolios trades a sample instrument.
    Result<void> remove() const;
    // Puts the sample data back as shipped (remove, then load) in one
    // transaction: edits to the sample portfolio and watchlist are undone.
    Result<void> reset() const;

    // PROVENANCE.md of the bundled files (Markdown), for "About sample data".
    static QString provenance();

private:
    Result<void> createWatchlist() const;
    Result<void> createPortfolio() const;

    Result<void> doLoad() const;
    Result<void> doRemove() const;
    Result<void> doReset() const;
    void announce() const;

    const Database &m_db;
    ChangeHub *m_changes = nullptr;
};

} // namespace sn
