#pragma once

#include <QString>

// One reason a mapping cannot be imported into this account (docs/engine.md "Preflight"): the
// column, the target it is mapped to, and a plain sentence with the next step. Translated.
struct PreflightProblem
{
    QString header;   // the file's column header
    QString target;   // the mapping target (custom:<key>, channel:<key>, a contact field)
    QString message;   // what is wrong and what to do

    QString line() const;   // "Column "X" -> custom:y: <message>" (one CLI line)
};
