#include "tests/benchmarks/benchutils/Bench.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace sn::bench {

Timing measure(const std::function<void()> &fn, int repeats)
{
    fn(); // warm-up: page in code and data
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        auto t0 = Clock::now();
        fn();
        auto t1 = Clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    Timing t;
    t.runs = repeats;
    t.bestMs = ms.front();
    t.medianMs = ms[ms.size() / 2];
    return t;
}

static double statusField(const char *key)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) == 0) {
            std::istringstream ss(line.substr(std::string(key).size()));
            double kb = 0;
            ss >> kb;
            return kb / 1024.0;
        }
    }
    return 0;
}

double peakRssMiB()
{
    return statusField("VmHWM:");
}

double currentRssMiB()
{
    return statusField("VmRSS:");
}

std::string machineDescription()
{
    std::string model = "unknown CPU";
    std::ifstream cpu("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpu, line)) {
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    }
    double memGiB = 0;
    std::ifstream mem("/proc/meminfo");
    while (std::getline(mem, line)) {
        if (line.rfind("MemTotal:", 0) == 0) {
            std::istringstream ss(line.substr(9));
            double kb = 0;
            ss >> kb;
            memGiB = kb / 1024.0 / 1024.0;
            break;
        }
    }
    char buf[256];
    std::snprintf(buf, sizeof buf, "%u cores, %s, %.0f GiB", std::thread::hardware_concurrency(),
                  model.c_str(), memGiB);
    return buf;
}

bool report(const std::string &name, const Timing &t, double limitMs)
{
    bool pass = limitMs <= 0 || t.bestMs <= limitMs;
    if (limitMs > 0)
        std::printf("%s: %.3f ms (best of %d, median %.3f ms) [limit %.0f ms: %s]\n", name.c_str(), t.bestMs,
                    t.runs, t.medianMs, limitMs, pass ? "PASS" : "FAIL");
    else
        std::printf("%s: %.3f ms (best of %d, median %.3f ms)\n", name.c_str(), t.bestMs, t.runs, t.medianMs);
    std::fflush(stdout);
    return pass;
}

} // namespace sn::bench
