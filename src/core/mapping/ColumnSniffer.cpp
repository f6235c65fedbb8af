#include "core/mapping/ColumnSniffer.h"

#include "core/convert/EmailNormalizer.h"
#include "core/convert/ScalarConverters.h"
#include "core/convert/datetime/DateTimeFormat.h"
#include "core/mapping/ConsentTable.h"

#include <array>

namespace ColumnSniffer {

namespace {
bool phoneLike(const QString &v)
{
    int digits = 0;
    for (QChar c : v) {
        if (c.isDigit())
            ++digits;
        else if (!(c.isSpace() || QStringLiteral("+-/().").contains(c)))
            return false;
    }
    return digits >= 6 && digits <= 17 &&
           (v.startsWith(QLatin1Char('+')) || v.startsWith(QLatin1Char('0')) || v.startsWith(QLatin1Char('(')));
}
}

Verdict sniff(const QStringList &samples)
{
    std::array<int, 8> votes{};
    static const ConsentTable yesNo;
    Verdict v;
    for (const QString &raw : samples) {
        const QString s = raw.trimmed();
        if (s.isEmpty())
            continue;
        ++v.nonEmpty;
        DateTimeFormat::Parts parts;
        double number = 0;
        if (s.contains(QLatin1Char('@')) && EmailNormalizer::normalize(s).valid)
            ++votes[int(Kind::Email)];
        else if (phoneLike(s))
            ++votes[int(Kind::Phone)];
        else if (!yesNo.lookup(s).isEmpty())
            ++votes[int(Kind::YesNo)];
        else if (DateTimeFormat::parse(s, &parts) && parts.shape != DateTimeFormat::Shape::Serial)
            ++votes[int(parts.hasTime ? Kind::DateTime : Kind::Date)];
        else if (ScalarConverters::parseNumber(s, QChar(), &number) ||
                 ScalarConverters::parseNumber(s, QLatin1Char(','), &number))
            ++votes[int(Kind::Number)];
        else
            ++votes[int(Kind::Text)];
    }
    if (v.nonEmpty == 0)
        return v;
    int best = int(Kind::Text);
    for (int k = 1; k < int(votes.size()); ++k) {
        if (votes[k] > votes[best])
            best = k;
    }
    // Dates with and without a time in one column: a datetime column.
    if (best == int(Kind::Date) && votes[int(Kind::DateTime)] > 0)
        best = int(Kind::DateTime);
    v.kind = Kind(best);
    v.share = double(votes[best] + (best == int(Kind::DateTime) ? votes[int(Kind::Date)] : 0)) / v.nonEmpty;
    return v;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::DateTime:
        return QStringLiteral("datetime");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::YesNo:
        return QStringLiteral("yes_no");
    case Kind::Text:
        return QStringLiteral("text");
    }
    return QString();
}

}
