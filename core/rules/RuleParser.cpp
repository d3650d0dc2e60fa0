#include "core/rules/RuleParser.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

namespace sn::rules {

namespace {

enum class Tok
{
    Ident,
    Number,
    Symbol,
    Newline,
    End
};

struct Token
{
    Tok kind = Tok::End;
    std::string text;
    SourceSpan at;
    double number = 0;
    bool integer = false;
};

// Thrown inside this file only (caught by RuleParser::parse), so a syntax
// error unwinds the recursive descent of one statement without a status
// check after every call.
struct SyntaxError
{
    Diagnostic diagnostic;
};

[[noreturn]] void fail(SourceSpan at, const DiagText &message, const DiagText &hint = {})
{
    throw SyntaxError{Diagnostic{at, message, hint}};
}

bool identStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}

bool identChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

class Lexer
{
public:
    explicit Lexer(std::string_view src) : m_src(src) {}

    // Tokens of the whole text. Newlines inside brackets are dropped so an
    // expression can continue on the next line. A comment's text is kept
    // per line (a parameter's description).
    std::vector<Token> run(std::vector<Diagnostic> &diags, std::map<int, std::string> &comments)
    {
        std::vector<Token> out;
        int depth = 0;
        while (m_pos < m_src.size()) {
            const char c = m_src[m_pos];
            if (c == '\n') {
                if (depth == 0 && !out.empty() && out.back().kind != Tok::Newline)
                    out.push_back(Token{Tok::Newline, "\n", here(1), 0, false});
                advance();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                advance();
                continue;
            }
            if (c == '#') {
                const std::size_t start = m_pos + 1;
                while (m_pos < m_src.size() && m_src[m_pos] != '\n')
                    advance();
                std::string text(m_src.substr(start, m_pos - start));
                while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
                    text.pop_back();
                while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
                    text.erase(text.begin());
                comments[m_line] = text;
                continue;
            }
            if (identStart(c)) {
                const SourceSpan at = here(1);
                const std::size_t start = m_pos;
                while (m_pos < m_src.size() && identChar(m_src[m_pos]))
                    advance();
                Token t{Tok::Ident, std::string(m_src.substr(start, m_pos - start)), at, 0, false};
                t.at.length = int(m_pos - start);
                out.push_back(std::move(t));
                continue;
            }
            if (std::isdigit(static_cast<unsigned char>(c)) ||
                (c == '.' && m_pos + 1 < m_src.size() &&
                 std::isdigit(static_cast<unsigned char>(m_src[m_pos + 1])))) {
                out.push_back(number(diags));
                continue;
            }
            static constexpr std::string_view twoChar[] = {"<=", ">=", "==", "!=", ".."};
            bool matched = false;
            for (std::string_view op : twoChar)
                if (m_src.substr(m_pos, 2) == op) {
                    out.push_back(Token{Tok::Symbol, std::string(op), here(2), 0, false});
                    advance();
                    advance();
                    matched = true;
                    break;
                }
            if (matched)
                continue;
            if (std::string_view("+-*/<>=()[],:").find(c) != std::string_view::npos) {
                if (c == '(' || c == '[')
                    ++depth;
                else if ((c == ')' || c == ']') && depth > 0)
                    --depth;
                out.push_back(Token{Tok::Symbol, std::string(1, c), here(1), 0, false});
                advance();
                continue;
            }
            const SourceSpan at = here(1);
            const DiagText shown =
                (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
                    ? diagText(SN_TEXT("sn::Rules", "byte %1"),
                               {std::to_string(int(static_cast<unsigned char>(c)))})
                    : DiagText(std::string(1, c));
            diags.emplace_back(
                at, diagText(SN_TEXT("sn::Rules", "unexpected character '%1'"), {shown}),
                diagText(SN_TEXT(
                    "sn::Rules",
                    "a rule uses names, numbers, + - * / < <= > >= == != = ( ) [ ] , : and # comments")));
            advance();
        }
        if (!out.empty() && out.back().kind != Tok::Newline)
            out.push_back(Token{Tok::Newline, "\n", here(1), 0, false});
        out.push_back(Token{Tok::End, "", here(1), 0, false});
        return out;
    }

private:
    SourceSpan here(int length) const { return SourceSpan{m_line, m_column, length}; }

    void advance()
    {
        if (m_src[m_pos] == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }

    Token number(std::vector<Diagnostic> &diags)
    {
        const SourceSpan at = here(1);
        const std::size_t start = m_pos;
        bool integer = true;
        while (m_pos < m_src.size() && std::isdigit(static_cast<unsigned char>(m_src[m_pos])))
            advance();
        // "2..200" is 2, '..', 200: a '.' is a decimal point only before a digit.
        if (m_pos + 1 < m_src.size() && m_src[m_pos] == '.' &&
            std::isdigit(static_cast<unsigned char>(m_src[m_pos + 1]))) {
            integer = false;
            advance();
            while (m_pos < m_src.size() && std::isdigit(static_cast<unsigned char>(m_src[m_pos])))
                advance();
        }
        if (m_pos < m_src.size() && (m_src[m_pos] == 'e' || m_src[m_pos] == 'E')) {
            std::size_t look = m_pos + 1;
            if (look < m_src.size() && (m_src[look] == '+' || m_src[look] == '-'))
                ++look;
            if (look < m_src.size() && std::isdigit(static_cast<unsigned char>(m_src[look]))) {
                integer = false;
                while (m_pos < look)
                    advance();
                while (m_pos < m_src.size() && std::isdigit(static_cast<unsigned char>(m_src[m_pos])))
                    advance();
            }
        }
        Token t{Tok::Number, std::string(m_src.substr(start, m_pos - start)), at, 0, integer};
        t.at.length = int(m_pos - start);
        const auto r = std::from_chars(t.text.data(), t.text.data() + t.text.size(), t.number);
        if (r.ec != std::errc() || !std::isfinite(t.number)) {
            diags.emplace_back(t.at, diagText(SN_TEXT("sn::Rules", "number '%1' is out of range"), {t.text}),
                               diagText(SN_TEXT("sn::Rules", "numbers must be finite doubles")));
            t.number = 0;
        }
        if (identStart(m_pos < m_src.size() ? m_src[m_pos] : ' ')) {
            SourceSpan bad = here(1);
            diags.emplace_back(
                bad,
                diagText(SN_TEXT("sn::Rules", "a name cannot start right after the number '%1'"), {t.text}),
                diagText(SN_TEXT("sn::Rules", "put an operator or a space between them, e.g. 2 * x")));
        }
        return t;
    }

    std::string_view m_src;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

SourceSpan cover(const SourceSpan &from, const SourceSpan &to)
{
    if (to.line != from.line)
        return from;
    SourceSpan s = from;
    s.length = std::max(1, to.column + to.length - from.column);
    return s;
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, std::map<int, std::string> comments)
        : m_toks(std::move(tokens)), m_comments(std::move(comments))
    {
    }

    RuleAst run(std::vector<Diagnostic> &diags)
    {
        RuleAst ast;
        if (auto first = m_comments.find(1); first != m_comments.end() && m_toks.front().at.line > 1)
            ast.description = first->second;
        while (peek().kind != Tok::End) {
            if (peek().kind == Tok::Newline) {
                ++m_pos;
                continue;
            }
            try {
                statement(ast);
            } catch (const SyntaxError &e) {
                diags.push_back(e.diagnostic);
                while (peek().kind != Tok::Newline && peek().kind != Tok::End)
                    ++m_pos;
            }
        }
        return ast;
    }

private:
    const Token &peek(std::size_t ahead = 0) const
    {
        const std::size_t i = std::min(m_pos + ahead, m_toks.size() - 1);
        return m_toks[i];
    }
    const Token &take() { return m_toks[std::min(m_pos++, m_toks.size() - 1)]; }
    bool isSymbol(std::string_view s) const { return peek().kind == Tok::Symbol && peek().text == s; }

    static DiagText describe(const Token &t)
    {
        switch (t.kind) {
        case Tok::Newline:
            return diagText(SN_TEXT("sn::Rules", "the end of the line"));
        case Tok::End:
            return diagText(SN_TEXT("sn::Rules", "the end of the rule"));
        default:
            return "'" + t.text + "'";
        }
    }

    const Token &expectSymbol(std::string_view s, const DiagText &hint = {})
    {
        if (!isSymbol(s))
            fail(
                peek().at,
                diagText(SN_TEXT("sn::Rules", "expected '%1', found %2"), {std::string(s), describe(peek())}),
                hint);
        return take();
    }

    const Token &expectIdent(const DiagText &what, const DiagText &hint = {})
    {
        if (peek().kind != Tok::Ident)
            fail(peek().at, diagText(SN_TEXT("sn::Rules", "expected %1, found %2"), {what, describe(peek())}),
                 hint);
        return take();
    }

    void endOfStatement()
    {
        if (peek().kind != Tok::Newline && peek().kind != Tok::End)
            fail(peek().at,
                 diagText(SN_TEXT("sn::Rules", "unexpected %1 after the end of the statement"),
                          {describe(peek())}),
                 diagText(SN_TEXT("sn::Rules", "one statement per line; join conditions with 'and' / 'or'")));
        if (peek().kind == Tok::Newline)
            ++m_pos;
    }

    double signedNumber(const DiagText &what, bool &integer, SourceSpan &at)
    {
        bool negative = false;
        at = peek().at;
        if (isSymbol("-")) {
            negative = true;
            ++m_pos;
        }
        if (peek().kind != Tok::Number)
            fail(peek().at, diagText(SN_TEXT("sn::Rules", "expected %1 (a number), found %2"),
                                     {what, describe(peek())}));
        const Token &t = take();
        integer = t.integer;
        at = cover(at, t.at);
        return negative ? -t.number : t.number;
    }

    void statement(RuleAst &ast)
    {
        const Token &first = peek();
        if (first.kind != Tok::Ident)
            fail(
                first.at,
                diagText(SN_TEXT("sn::Rules", "a statement starts with a name, found %1"), {describe(first)}),
                diagText(SN_TEXT(
                    "sn::Rules",
                    "write 'param NAME: int = 10', 'let NAME = ...', 'require A < B' or 'entry = ...'")));
        if (first.text == "param" && peek(1).kind == Tok::Ident)
            return param(ast);
        if (first.text == "require" && peek(1).kind == Tok::Ident)
            return requirement(ast);
        const bool isLet = first.text == "let" && peek(1).kind == Tok::Ident;
        if (isLet)
            ++m_pos;
        const Token &name = expectIdent(diagText(SN_TEXT("sn::Rules", "a name")));
        Assignment a;
        a.name = name.text;
        a.at = name.at;
        expectSymbol(
            "=", isLet ? diagText(SN_TEXT("sn::Rules", "write 'let %1 = EXPRESSION'"), {name.text})
                       : diagText(SN_TEXT("sn::Rules",
                                          "write '%1 = CONDITION' (entry, exit, short_entry, short_exit, "
                                          "stop_loss, take_profit, trailing_stop, stop, target, trail) or "
                                          "'let %1 = ...'"),
                                  {name.text}));
        if (peek().kind == Tok::Newline || peek().kind == Tok::End)
            fail(peek().at, diagText(SN_TEXT("sn::Rules", "'%1' has no value after '='"), {name.text}));
        a.value = expression();
        endOfStatement();
        (isLet ? ast.lets : ast.rules).push_back(std::move(a));
    }

    void param(RuleAst &ast)
    {
        ++m_pos; // 'param'
        const Token &name = expectIdent(diagText(SN_TEXT("sn::Rules", "a parameter name")));
        ParamDecl d;
        d.name = name.text;
        d.at = name.at;
        expectSymbol(":",
                     diagText(SN_TEXT("sn::Rules", "write 'param %1: int = 10 in 2..200'"), {name.text}));
        const Token &type = expectIdent(diagText(SN_TEXT("sn::Rules", "a type (int or float)")));
        if (type.text != "int" && type.text != "float")
            fail(type.at, diagText(SN_TEXT("sn::Rules", "unknown parameter type '%1'"), {type.text}),
                 diagText(SN_TEXT("sn::Rules", "a parameter is 'int' or 'float'")));
        d.integer = type.text == "int";
        expectSymbol("=", diagText(SN_TEXT("sn::Rules", "a parameter needs a default: 'param %1: %2 = 10'"),
                                   {name.text, type.text}));
        bool integer = false;
        SourceSpan at;
        d.defaultValue = signedNumber(diagText(SN_TEXT("sn::Rules", "the default value")), integer, at);
        if (d.integer && !integer)
            fail(at, diagText(SN_TEXT("sn::Rules", "int parameter '%1' has a fractional default"), {d.name}),
                 diagText(SN_TEXT("sn::Rules", "declare it 'float' or use a whole number")));
        if (peek().kind == Tok::Ident && peek().text == "in") {
            ++m_pos;
            SourceSpan loAt, hiAt;
            d.min = signedNumber(diagText(SN_TEXT("sn::Rules", "the range's lower end")), integer, loAt);
            expectSymbol("..", diagText(SN_TEXT("sn::Rules", "a range is written LOW..HIGH, e.g. 2..200")));
            d.max = signedNumber(diagText(SN_TEXT("sn::Rules", "the range's upper end")), integer, hiAt);
            d.hasRange = true;
            d.rangeAt = cover(loAt, hiAt);
        }
        if (auto c = m_comments.find(name.at.line); c != m_comments.end())
            d.description = c->second;
        endOfStatement();
        ast.params.push_back(std::move(d));
    }

    void requirement(RuleAst &ast)
    {
        ++m_pos; // 'require'
        Requirement r;
        const Token &a = expectIdent(diagText(SN_TEXT("sn::Rules", "a parameter name")));
        r.lesser = a.text;
        r.lesserAt = a.at;
        expectSymbol(
            "<", diagText(SN_TEXT("sn::Rules", "only 'require A < B' between two parameters is supported")));
        const Token &b = expectIdent(diagText(SN_TEXT("sn::Rules", "a parameter name")));
        r.greater = b.text;
        r.greaterAt = b.at;
        endOfStatement();
        ast.requirements.push_back(std::move(r));
    }

    // Precedence, loosest first: or, and, not, comparison, + -, * /, unary -, x[k].
    std::unique_ptr<Expr> expression() { return orExpr(); }

    std::unique_ptr<Expr> binary(std::unique_ptr<Expr> lhs, const Token &op, std::unique_ptr<Expr> rhs)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Kind::Binary;
        e->text = op.text;
        e->opAt = op.at;
        e->at = cover(lhs->at, rhs->at);
        e->args.push_back(std::move(lhs));
        e->args.push_back(std::move(rhs));
        return e;
    }

    struct DepthGuard
    {
        DepthGuard(int &depth, const SourceSpan &at) : m_depth(depth)
        {
            if (++m_depth > kMaxNesting)
                fail(at,
                     diagText(SN_TEXT("sn::Rules", "the expression is nested more than %1 levels deep"),
                              {std::to_string(kMaxNesting)}),
                     diagText(SN_TEXT("sn::Rules", "split it with 'let' names")));
        }
        ~DepthGuard() { --m_depth; }
        int &m_depth;
    };

    std::unique_ptr<Expr> orExpr()
    {
        auto lhs = andExpr();
        while (peek().kind == Tok::Ident && peek().text == "or") {
            const Token &op = take();
            lhs = binary(std::move(lhs), op, andExpr());
        }
        return lhs;
    }

    std::unique_ptr<Expr> andExpr()
    {
        auto lhs = notExpr();
        while (peek().kind == Tok::Ident && peek().text == "and") {
            const Token &op = take();
            lhs = binary(std::move(lhs), op, notExpr());
        }
        return lhs;
    }

    std::unique_ptr<Expr> notExpr()
    {
        if (peek().kind == Tok::Ident && peek().text == "not") {
            DepthGuard guard(m_depth, peek().at);
            const Token &op = take();
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Unary;
            e->text = "not";
            e->opAt = op.at;
            e->args.push_back(notExpr());
            e->at = cover(op.at, e->args[0]->at);
            return e;
        }
        return comparison();
    }

    std::unique_ptr<Expr> comparison()
    {
        auto lhs = additive();
        for (std::string_view op : {"<", "<=", ">", ">=", "==", "!="})
            if (isSymbol(op)) {
                const Token &t = take();
                lhs = binary(std::move(lhs), t, additive());
                for (std::string_view again : {"<", "<=", ">", ">=", "==", "!="})
                    if (isSymbol(again))
                        fail(peek().at, diagText(SN_TEXT("sn::Rules", "comparisons cannot be chained")),
                             diagText(SN_TEXT("sn::Rules", "write 'a < b and b < c'")));
                break;
            }
        return lhs;
    }

    std::unique_ptr<Expr> additive()
    {
        auto lhs = multiplicative();
        while (isSymbol("+") || isSymbol("-")) {
            const Token &op = take();
            lhs = binary(std::move(lhs), op, multiplicative());
        }
        return lhs;
    }

    std::unique_ptr<Expr> multiplicative()
    {
        auto lhs = unary();
        while (isSymbol("*") || isSymbol("/")) {
            const Token &op = take();
            lhs = binary(std::move(lhs), op, unary());
        }
        return lhs;
    }

    std::unique_ptr<Expr> unary()
    {
        if (isSymbol("-")) {
            DepthGuard guard(m_depth, peek().at);
            const Token &op = take();
            // "-1" is one literal, so "x[-1]" is reported as a negative lag.
            if (peek().kind == Tok::Number) {
                auto e = postfix(primary());
                if (e->kind == Expr::Kind::Number) {
                    e->number = -e->number;
                    e->at = cover(op.at, e->at);
                    return e;
                }
                auto neg = std::make_unique<Expr>();
                neg->kind = Expr::Kind::Unary;
                neg->text = std::string(1, '-'); // not = "-": GCC 12 -O3 warns falsely (-Wrestrict)
                neg->opAt = op.at;
                neg->at = cover(op.at, e->at);
                neg->args.push_back(std::move(e));
                return neg;
            }
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Unary;
            e->text = std::string(1, '-');
            e->opAt = op.at;
            e->args.push_back(unary());
            e->at = cover(op.at, e->args[0]->at);
            return e;
        }
        return postfix(primary());
    }

    std::unique_ptr<Expr> postfix(std::unique_ptr<Expr> e)
    {
        while (isSymbol("[")) {
            DepthGuard guard(m_depth, peek().at);
            const Token &open = take();
            auto idx = std::make_unique<Expr>();
            idx->kind = Expr::Kind::Index;
            idx->opAt = open.at;
            idx->args.push_back(std::move(e));
            idx->args.push_back(expression());
            const Token &close =
                expectSymbol("]", diagText(SN_TEXT("sn::Rules", "x[k] is the value k bars ago")));
            idx->at = cover(idx->args[0]->at, close.at);
            e = std::move(idx);
        }
        return e;
    }

    std::unique_ptr<Expr> primary()
    {
        DepthGuard guard(m_depth, peek().at);
        const Token &t = peek();
        if (t.kind == Tok::Number) {
            ++m_pos;
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Number;
            e->number = t.number;
            e->integer = t.integer;
            e->at = e->opAt = t.at;
            return e;
        }
        if (t.kind == Tok::Ident) {
            static constexpr std::string_view reserved[] = {"and", "or",      "not", "param",
                                                            "let", "require", "in"};
            for (std::string_view r : reserved)
                if (t.text == r)
                    fail(t.at, diagText(SN_TEXT("sn::Rules", "'%1' is a keyword and cannot start a value"),
                                        {t.text}));
            ++m_pos;
            auto e = std::make_unique<Expr>();
            e->at = e->opAt = t.at;
            e->text = t.text;
            if (t.text == "true" || t.text == "false") {
                e->kind = Expr::Kind::Bool;
                e->number = t.text == "true" ? 1 : 0;
                return e;
            }
            if (!isSymbol("(")) {
                e->kind = Expr::Kind::Name;
                return e;
            }
            e->kind = Expr::Kind::Call;
            ++m_pos; // '('
            if (!isSymbol(")")) {
                for (;;) {
                    e->args.push_back(expression());
                    if (isSymbol(","))
                        ++m_pos;
                    else
                        break;
                    if (e->args.size() > 16)
                        fail(peek().at,
                             diagText(SN_TEXT("sn::Rules", "too many arguments to '%1'"), {t.text}));
                }
            }
            const Token &close = expectSymbol(
                ")", diagText(SN_TEXT("sn::Rules", "arguments are separated by ',' and closed by ')'")));
            e->at = cover(t.at, close.at);
            return e;
        }
        if (isSymbol("(")) {
            const Token &open = take();
            auto e = expression();
            const Token &close =
                expectSymbol(")", diagText(SN_TEXT("sn::Rules", "a '(' opened at column %1 is not closed"),
                                           {std::to_string(open.at.column)}));
            e->at = cover(open.at, close.at);
            return e;
        }
        fail(
            t.at, diagText(SN_TEXT("sn::Rules", "expected a value, found %1"), {describe(t)}),
            diagText(SN_TEXT(
                "sn::Rules",
                "a value is a number, a series (close, ...), a parameter, a 'let' name or a function call")));
    }

    std::vector<Token> m_toks;
    std::map<int, std::string> m_comments;
    std::size_t m_pos = 0;
    int m_depth = 0;
};

} // namespace

RuleAst RuleParser::parse(std::string_view source, std::vector<Diagnostic> &diagnostics)
{
    if (source.size() > kMaxRuleBytes) {
        diagnostics.emplace_back(
            SourceSpan{1, 1, 1},
            diagText(SN_TEXT("sn::Rules", "the rule is %1 bytes, more than the %2 allowed"),
                     {std::to_string(source.size()), std::to_string(kMaxRuleBytes)}),
            diagText(SN_TEXT("sn::Rules", "a rule is a few lines; keep data out of it")));
        return {};
    }
    std::map<int, std::string> comments;
    Lexer lexer(source);
    std::vector<Token> tokens = lexer.run(diagnostics, comments);
    Parser parser(std::move(tokens), std::move(comments));
    return parser.run(diagnostics);
}

} // namespace sn::rules
