#pragma once

#include "core/rules/RuleDiagnostic.h"

#include <memory>
#include <string>
#include <vector>

namespace sn::rules {

// The parsed rule text before any name or type is checked.
struct Expr
{
    enum class Kind
    {
        Number,
        Bool,
        Name,
        Call,
        Index,
        Unary,
        Binary
    };
    Kind kind = Kind::Number;
    SourceSpan at;        // the whole expression
    SourceSpan opAt;      // the operator, function name or '[' token
    double number = 0;    // Number; Bool as 0/1
    bool integer = false; // Number written without '.' or exponent
    std::string text;     // Name / Call: the name; Unary / Binary: the operator
    std::vector<std::unique_ptr<Expr>> args;
};

struct ParamDecl
{
    std::string name;
    SourceSpan at; // the name
    bool integer = true;
    double defaultValue = 0;
    bool hasRange = false;
    double min = 0;
    double max = 0;
    SourceSpan rangeAt;
    std::string description; // from a trailing comment
};

// "let name = expr" and "entry = expr" alike.
struct Assignment
{
    std::string name;
    SourceSpan at; // the name
    std::unique_ptr<Expr> value;
};

// "require fast < slow": a sweep skips points that break it.
struct Requirement
{
    std::string lesser;
    std::string greater;
    SourceSpan lesserAt;
    SourceSpan greaterAt;
};

struct RuleAst
{
    std::string description; // a comment alone on the first line
    std::vector<ParamDecl> params;
    std::vector<Assignment> lets;
    std::vector<Assignment> rules; // entry, exit, short_entry, short_exit, stop_loss, ...
    std::vector<Requirement> requirements;
};

} // namespace sn::rules
