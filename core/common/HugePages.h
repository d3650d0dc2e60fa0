#pragma once

#include <cstddef>
#include <vector>

namespace sn {

// Asks the kernel to back the 2 MiB-aligned part of [data, data + bytes) with
// transparent huge pages (Linux, THP in "madvise" mode as on Debian 12), so a
// large buffer about to be filled takes one page fault per 2 MiB instead of
// one per 4 KiB. Worth it for buffers of several MiB written once in full (a
// million bars' columns, a backtest's JSON): on the measured machine, a
// paravirtualised VM, first-touch faults were most of such a buffer's cost
// (docs/performance.md, "CLI backtest over 1,000,000 bars"). A buffer smaller
// than 2 MiB, or a system without THP, is left as it is.
void adviseHugePages(const void *data, std::size_t bytes) noexcept;

// reserve(n), then the advice above over the whole capacity.
template <class T> void reserveLarge(std::vector<T> &v, std::size_t n)
{
    v.reserve(n);
    adviseHugePages(v.data(), v.capacity() * sizeof(T));
}

// resize(n) (zero-filled) into memory advised as above: the zeroing then
// faults in 2 MiB at a time.
template <class T> void resizeLarge(std::vector<T> &v, std::size_t n)
{
    if (v.capacity() < n)
        reserveLarge(v, n);
    v.resize(n);
}

} // namespace sn
