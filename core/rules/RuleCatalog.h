#pragma once

#include <string>
#include <vector>

namespace sn::rules {

// What a rule can name: the price series, the functions and the rule
// outputs, each with its signature and a one-line description. The
// compiler, the CLI's `rule check`, the editor's completion and the test
// that keeps docs/rules.md true all read this one list.
struct CatalogEntry
{
    enum class Kind
    {
        Series,
        Function,
        Output,
        Keyword
    };
    Kind kind = Kind::Function;
    std::string name;
    std::string signature; // "sma(x, n)"
    std::string description;
};

class RuleCatalog
{
public:
    static const std::vector<CatalogEntry> &entries();
    static const CatalogEntry *find(const std::string &name);
};

} // namespace sn::rules
