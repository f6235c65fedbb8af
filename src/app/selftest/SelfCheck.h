#pragma once

#include <QString>

// One check of `mateo-import --self-test`: does one piece this installation needs work here?
// Each check is small and answers with one line; SelfTest runs them in order.
class SelfCheck
{
public:
    struct Outcome
    {
        bool passed = false;
        QString detail;   // what was seen: a version, a value, or why it failed
    };

    virtual ~SelfCheck() = default;
    virtual QString name() const = 0;   // translated, e.g. "SQLite database driver"
    virtual Outcome run() = 0;

protected:
    static Outcome pass(const QString &detail) { return {true, detail}; }
    static Outcome fail(const QString &detail) { return {false, detail}; }
};
