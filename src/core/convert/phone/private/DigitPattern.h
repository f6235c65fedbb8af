#pragma once

#include <QtGlobal>

#include <array>
#include <string>
#include <vector>

// A libphonenumber metadata regular expression (digits, \d, [classes], (groups), (?:groups), |,
// ?, *, +, {n}, {n,m}) compiled to a deterministic automaton over the digits 0-9, so matching a
// national number costs one table lookup per digit instead of an ICU regex run. Patterns using
// anything else are refused (compile() returns false) and the caller falls back to libphonenumber.
// Immutable after compile(): safe to share between threads.
class DigitPattern
{
public:
    bool compile(const std::string &pattern);
    // Several patterns in one automaton (up to 32): matchMask() tells in one pass which of them
    // match the whole subject — bit k for patterns[k].
    bool compileAll(const std::vector<std::string> &patterns);
    bool isValid() const { return m_start >= 0; }

    // The whole subject matches (ICU matches(), libphonenumber FullMatch).
    bool fullMatch(const char *digits, int length) const;
    quint32 matchMask(const char *digits, int length) const;
    // Some prefix matches (ICU lookingAt() used as a yes/no question).
    bool prefixMatch(const char *digits, int length) const;
    // The end of the only possible prefix match: -1 none, -2 several possible ends (the caller
    // cannot know which one ICU's leftmost-first search picks, so it asks libphonenumber).
    int uniquePrefixMatchEnd(const char *digits, int length) const;

private:
    std::vector<std::array<int, 10>> m_next;   // -1 = dead
    std::vector<quint32> m_accept;   // per state: the patterns that match when the subject ends here
    int m_start = -1;
};
