#include "core/convert/phone/private/DigitPattern.h"

#include <map>
#include <memory>
#include <set>

namespace {
// ---- parse to a small syntax tree ----
struct Node
{
    enum Kind { Set, Concat, Alt, Repeat, Empty } kind = Empty;
    unsigned short set = 0;   // Set: bit d = digit d
    int min = 0, max = 0;   // Repeat: max -1 = unbounded
    std::vector<std::unique_ptr<Node>> kids;
};

struct Parser
{
    const std::string &s;
    size_t i = 0;
    bool ok = true;

    bool more() const { return i < s.size(); }
    char peek() const { return more() ? s[i] : '\0'; }

    std::unique_ptr<Node> alt()
    {
        auto first = concat();
        if (peek() != '|')
            return first;
        auto n = std::make_unique<Node>();
        n->kind = Node::Alt;
        n->kids.push_back(std::move(first));
        while (ok && peek() == '|') {
            ++i;
            n->kids.push_back(concat());
        }
        return n;
    }
    std::unique_ptr<Node> concat()
    {
        auto n = std::make_unique<Node>();
        n->kind = Node::Concat;
        while (ok && more() && peek() != '|' && peek() != ')')
            n->kids.push_back(repeat());
        return n;
    }
    int number()
    {
        int v = 0, digits = 0;
        while (more() && peek() >= '0' && peek() <= '9' && digits < 4) {
            v = v * 10 + (s[i++] - '0');
            ++digits;
        }
        if (!digits)
            ok = false;
        return v;
    }
    std::unique_ptr<Node> repeat()
    {
        auto a = atom();
        while (ok && more()) {
            int lo = 0, hi = 0;
            const char c = peek();
            if (c == '?') {
                lo = 0;
                hi = 1;
                ++i;
            } else if (c == '*') {
                lo = 0;
                hi = -1;
                ++i;
            } else if (c == '+') {
                lo = 1;
                hi = -1;
                ++i;
            } else if (c == '{') {
                ++i;
                lo = number();
                hi = lo;
                if (peek() == ',') {
                    ++i;
                    hi = peek() == '}' ? -1 : number();
                }
                if (peek() != '}')
                    ok = false;
                ++i;
            } else {
                break;
            }
            if (peek() == '?' || peek() == '+')
                ok = false;   // lazy/possessive quantifiers change which prefix ICU picks
            if (hi != -1 && (hi < lo || hi > 40))
                ok = false;
            auto r = std::make_unique<Node>();
            r->kind = Node::Repeat;
            r->min = lo;
            r->max = hi;
            r->kids.push_back(std::move(a));
            a = std::move(r);
        }
        return a;
    }
    std::unique_ptr<Node> atom()
    {
        auto n = std::make_unique<Node>();
        const char c = peek();
        if (c >= '0' && c <= '9') {
            n->kind = Node::Set;
            n->set = (unsigned short)(1u << (c - '0'));
            ++i;
        } else if (c == '\\') {
            ++i;
            if (peek() != 'd')
                ok = false;
            ++i;
            n->kind = Node::Set;
            n->set = 0x3FF;
        } else if (c == '[') {
            ++i;
            bool negate = false;
            if (peek() == '^') {
                negate = true;
                ++i;
            }
            unsigned short set = 0;
            while (ok && more() && peek() != ']') {
                if (peek() == '\\') {
                    ++i;
                    if (peek() != 'd')
                        ok = false;
                    ++i;
                    set |= 0x3FF;
                    continue;
                }
                const char from = s[i++];
                if (from < '0' || from > '9') {
                    ok = false;
                    break;
                }
                char to = from;
                if (peek() == '-' && i + 1 < s.size() && s[i + 1] != ']') {
                    ++i;
                    to = s[i++];
                    if (to < from || to > '9')
                        ok = false;
                }
                for (char d = from; d <= to; ++d)
                    set |= (unsigned short)(1u << (d - '0'));
            }
            if (peek() != ']')
                ok = false;
            ++i;
            n->kind = Node::Set;
            n->set = negate ? (unsigned short)(~set & 0x3FF) : set;
        } else if (c == '(') {
            ++i;
            if (peek() == '?') {
                if (i + 1 < s.size() && s[i + 1] == ':')
                    i += 2;
                else
                    ok = false;
            }
            n = alt();
            if (peek() != ')')
                ok = false;
            ++i;
        } else {
            ok = false;   // '.', '$', letters, '~', anchors: not for this automaton
            ++i;
        }
        return n;
    }
};

// ---- Thompson NFA ----
struct Nfa
{
    std::vector<std::vector<int>> eps;
    std::vector<unsigned short> set;   // transition on these digits to state+1... stored in target
    std::vector<int> target;
    int add()
    {
        eps.emplace_back();
        set.push_back(0);
        target.push_back(-1);
        return int(eps.size()) - 1;
    }
    // Builds `n` between fresh states; returns {in, out}.
    std::pair<int, int> build(const Node &n)
    {
        switch (n.kind) {
        case Node::Set: {
            const int a = add(), b = add();
            set[a] = n.set;
            target[a] = b;
            return {a, b};
        }
        case Node::Empty: {
            const int a = add();
            return {a, a};
        }
        case Node::Concat: {
            const int a = add();
            int cur = a;
            for (const auto &k : n.kids) {
                const auto p = build(*k);
                eps[cur].push_back(p.first);
                cur = p.second;
            }
            return {a, cur};
        }
        case Node::Alt: {
            const int a = add(), b = add();
            for (const auto &k : n.kids) {
                const auto p = build(*k);
                eps[a].push_back(p.first);
                eps[p.second].push_back(b);
            }
            return {a, b};
        }
        case Node::Repeat: {
            const int a = add();
            int cur = a;
            for (int r = 0; r < n.min; ++r) {
                const auto p = build(*n.kids.front());
                eps[cur].push_back(p.first);
                cur = p.second;
            }
            if (n.max < 0) {
                const auto p = build(*n.kids.front());
                const int end = add();
                eps[cur].push_back(p.first);
                eps[cur].push_back(end);
                eps[p.second].push_back(p.first);
                eps[p.second].push_back(end);
                return {a, end};
            }
            const int end = add();
            for (int r = n.min; r < n.max; ++r) {
                const auto p = build(*n.kids.front());
                eps[cur].push_back(end);
                eps[cur].push_back(p.first);
                cur = p.second;
            }
            eps[cur].push_back(end);
            return {a, end};
        }
        }
        return {add(), add()};
    }
    void closure(std::set<int> &states) const
    {
        std::vector<int> stack(states.begin(), states.end());
        while (!stack.empty()) {
            const int s = stack.back();
            stack.pop_back();
            for (int t : eps[size_t(s)]) {
                if (states.insert(t).second)
                    stack.push_back(t);
            }
        }
    }
};
}

bool DigitPattern::compile(const std::string &pattern)
{
    return compileAll({pattern});
}

bool DigitPattern::compileAll(const std::vector<std::string> &patterns)
{
    m_next.clear();
    m_accept.clear();
    m_start = -1;
    if (patterns.empty() || patterns.size() > 32)
        return false;
    // One NFA for all patterns: a fresh start state with an empty move to each pattern's start;
    // each pattern keeps its own end state, so a DFA state knows which patterns it completes.
    Nfa nfa;
    const int startState = nfa.add();
    std::vector<int> ends;
    for (const std::string &pattern : patterns) {
        Parser parser{pattern};
        std::unique_ptr<Node> tree = parser.alt();
        if (!parser.ok || parser.i != pattern.size())
            return false;
        const auto built = nfa.build(*tree);
        nfa.eps[size_t(startState)].push_back(built.first);
        ends.push_back(built.second);
    }
    auto acceptMask = [&ends](const std::set<int> &states) {
        quint32 mask = 0;
        for (size_t k = 0; k < ends.size(); ++k) {
            if (states.count(ends[k]))
                mask |= quint32(1) << k;
        }
        return mask;
    };
    std::map<std::set<int>, int> ids;
    std::vector<std::set<int>> todo;
    std::set<int> start{startState};
    nfa.closure(start);
    ids.emplace(start, 0);
    todo.push_back(start);
    m_next.push_back({});
    m_accept.push_back(acceptMask(start));
    for (size_t i = 0; i < todo.size(); ++i) {
        if (todo.size() > 20000)
            return false;   // too big to be worth it: libphonenumber answers
        const std::set<int> current = todo[i];
        for (int d = 0; d < 10; ++d) {
            std::set<int> next;
            for (int s : current) {
                if (nfa.set[size_t(s)] & (1u << d))
                    next.insert(nfa.target[size_t(s)]);
            }
            if (next.empty()) {
                m_next[i][size_t(d)] = -1;
                continue;
            }
            nfa.closure(next);
            auto it = ids.find(next);
            if (it == ids.end()) {
                it = ids.emplace(next, int(todo.size())).first;
                todo.push_back(next);
                m_next.push_back({});
                m_accept.push_back(acceptMask(next));
            }
            m_next[i][size_t(d)] = it->second;
        }
    }
    m_start = 0;
    return true;
}

bool DigitPattern::fullMatch(const char *digits, int length) const
{
    return matchMask(digits, length) != 0;
}

quint32 DigitPattern::matchMask(const char *digits, int length) const
{
    int s = m_start;
    for (int i = 0; i < length && s >= 0; ++i)
        s = m_next[size_t(s)][size_t(digits[i] - '0')];
    return s >= 0 ? m_accept[size_t(s)] : 0;
}

bool DigitPattern::prefixMatch(const char *digits, int length) const
{
    int s = m_start;
    if (m_accept[size_t(s)] != 0)
        return true;
    for (int i = 0; i < length; ++i) {
        s = m_next[size_t(s)][size_t(digits[i] - '0')];
        if (s < 0)
            return false;
        if (m_accept[size_t(s)] != 0)
            return true;
    }
    return false;
}

int DigitPattern::uniquePrefixMatchEnd(const char *digits, int length) const
{
    int s = m_start;
    int end = m_accept[size_t(s)] != 0 ? 0 : -1;
    for (int i = 0; i < length; ++i) {
        s = m_next[size_t(s)][size_t(digits[i] - '0')];
        if (s < 0)
            break;
        if (m_accept[size_t(s)] != 0) {
            if (end >= 0)
                return -2;
            end = i + 1;
        }
    }
    return end;
}
