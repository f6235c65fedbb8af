#pragma once

#include <QString>
#include <QStringList>

// Guesses what a column holds from sample values, so the header matcher can be helped by the data
// ("a column of e-mail addresses is an email column") and warned by it (a "WhatsApp Opt-in" column
// of yes/no is no phone number). Stateless; cheap on a few hundred samples.
namespace ColumnSniffer {

enum class Kind { Empty, Email, Phone, Date, DateTime, Number, YesNo, Text };

struct Verdict
{
    Kind kind = Kind::Empty;
    double share = 0;   // fraction of non-empty samples that fit `kind`
    int nonEmpty = 0;
};

Verdict sniff(const QStringList &samples);
QString kindName(Kind kind);

}
