#include "SampleBars.h"

#include <charconv>
#include <fstream>
#include <string_view>
#include <vector>

namespace sn::test {

Result<BarSeries> readSampleBars(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return makeError(ErrorCode::IoError, "cannot open", path);
    BarSeries s;
    std::string line;
    std::getline(in, line); // header
    int lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty())
            continue;
        std::vector<std::string_view> f;
        std::string_view rest(line);
        for (std::size_t pos; (pos = rest.find(',')) != std::string_view::npos; rest.remove_prefix(pos + 1))
            f.push_back(rest.substr(0, pos));
        f.push_back(rest);
        if (f.size() < 7)
            return makeError(ErrorCode::ParseError, "expected 7 fields", path + ":" + std::to_string(lineNo));
        auto t = parseTimestamp(f[0], DateFormat::Iso);
        double v[6];
        for (int i = 0; i < 6; ++i) {
            auto r = std::from_chars(f[std::size_t(i) + 1].data(),
                                     f[std::size_t(i) + 1].data() + f[std::size_t(i) + 1].size(), v[i]);
            if (r.ec != std::errc())
                return makeError(ErrorCode::ParseError, "bad number", path + ":" + std::to_string(lineNo));
        }
        if (!t)
            return makeError(ErrorCode::ParseError, "bad date", path + ":" + std::to_string(lineNo));
        // Columns: open, high, low, close, adj close, volume.
        s.append(*t, v[0], v[1], v[2], v[3], v[5]);
    }
    return s;
}

} // namespace sn::test
