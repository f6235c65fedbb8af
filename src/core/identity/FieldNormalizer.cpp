#include "core/identity/FieldNormalizer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>
#include <phonenumbers/phonenumberutil.h>

namespace {

FieldNormalizer::Result good(const QJsonValue &value)
{
    return {true, value, {}, {}};
}

FieldNormalizer::Result bad(const QString &code, const QString &message)
{
    return {false, {}, code, message};
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString quoted(const QJsonValue &value)
{
    return QLatin1Char('"') +
           (value.isString() || value.isDouble() || value.isBool() ? scalarText(value) : QStringLiteral("[object]")) +
           QLatin1Char('"');
}

}   // namespace

FieldNormalizer::Result FieldNormalizer::email(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    const QString text = value.toString().trimmed();
    if (!value.isString() || !pattern.match(text).hasMatch() || text.contains(QStringLiteral("..")))
        return bad(QStringLiteral("23514"),
                   QStringLiteral("new row for relation \"contact\" violates check constraint \"valid_email\"") +
                       QStringLiteral(" (email ") + quoted(value) + QStringLiteral(" is not an e-mail address)"));
    return good(text.toLower());
}

QString FieldNormalizer::e164(const QString &text, const QStringList &countryCodes)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
                 c != QLatin1Char('.') && c != QLatin1Char('/'))
            return {};
    }
    if (digits.startsWith(QStringLiteral("00")))
        digits = QLatin1Char('+') + digits.mid(2);
    if (digits.startsWith(QLatin1Char('+'))) {
        // E.164: a country code (no leading 0) and at most 15 digits in all.
        const int n = int(digits.size()) - 1;
        if (n >= 7 && n <= 15 && digits.at(1) != QLatin1Char('0'))
            return digits;
        return {};
    }
    // A national number: only with a country code to read it by (the real API's country_codes).
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    for (const QString &region : countryCodes) {
        PhoneNumber number;
        if (util->Parse(text.toStdString(), region.toUpper().toStdString(), &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR)
            continue;
        if (!util->IsValidNumber(number))
            continue;
        std::string formatted;
        util->Format(number, PhoneNumberUtil::E164, &formatted);
        return QString::fromStdString(formatted);
    }
    return {};
}

FieldNormalizer::Result FieldNormalizer::phone(const QString &column, const QJsonValue &value,
                                               const QStringList &countryCodes)
{
    QJsonArray candidates;
    if (value.isArray())
        candidates = value.toArray();
    else
        candidates.append(value);
    for (const QJsonValue &candidate : std::as_const(candidates)) {
        const QString text = candidate.isDouble() ? QString::number(qint64(candidate.toDouble()))
                                                  : candidate.toString();
        const QString normal = e164(text.trimmed(), countryCodes);
        if (!normal.isEmpty())
            return good(normal);
    }
    return bad(
        QStringLiteral("23514"),
        QStringLiteral("new row for relation \"contact\" violates check constraint \"valid_%1\" (%1 %2 is not a phone "
                       "number in E.164 form such as +4930123456)")
            .arg(column, quoted(value.isArray() ? value.toArray().first() : value)));
}

FieldNormalizer::Result FieldNormalizer::dateTime(const QJsonValue &value)
{
    // Hand-parsed (this runs for every datetime of every row): YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]]
    const auto fail = [&value] {
        return bad(QStringLiteral("22007"),
                   QStringLiteral("invalid input syntax for type timestamp with time zone: ") + quoted(value));
    };
    if (!value.isString())
        return fail();
    const QString text = value.toString().trimmed();
    const int n = int(text.size());
    int pos = 0;
    const auto digits = [&](int count, int *out) {
        int v = 0;
        for (int i = 0; i < count; ++i, ++pos) {
            if (pos >= n || !text.at(pos).isDigit() || text.at(pos).unicode() > '9')
                return false;
            v = v * 10 + (text.at(pos).unicode() - '0');
        }
        *out = v;
        return true;
    };
    const auto expect = [&](char c) {
        if (pos < n && text.at(pos) == QLatin1Char(c)) {
            ++pos;
            return true;
        }
        return false;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0;
    if (!digits(4, &year) || !expect('-') || !digits(2, &month) || !expect('-') || !digits(2, &day))
        return fail();
    if (pos < n &&
        (text.at(pos) == QLatin1Char('T') || text.at(pos) == QLatin1Char('t') || text.at(pos) == QLatin1Char(' '))) {
        ++pos;
        if (!digits(2, &hour) || !expect(':') || !digits(2, &minute))
            return fail();
        if (expect(':')) {
            if (!digits(2, &second))
                return fail();
            if (expect('.') || expect(',')) {
                int count = 0;
                while (pos < n && text.at(pos).isDigit() && text.at(pos).unicode() <= '9') {
                    if (count < 3)
                        msec = msec * 10 + (text.at(pos).unicode() - '0');
                    ++count;
                    ++pos;
                }
                if (count == 0)
                    return fail();
                for (; count < 3; ++count)
                    msec *= 10;
            }
        }
    }
    while (pos < n && text.at(pos) == QLatin1Char(' '))
        ++pos;
    int offsetSeconds = 0;
    if (expect('Z') || expect('z')) {
    } else if (pos < n && (text.at(pos) == QLatin1Char('+') || text.at(pos) == QLatin1Char('-'))) {
        const int sign = text.at(pos) == QLatin1Char('-') ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (!digits(2, &oh))
            return fail();
        expect(':');
        if (pos < n && !digits(2, &om))
            return fail();
        if (oh > 23 || om > 59)
            return fail();
        offsetSeconds = sign * (oh * 3600 + om * 60);
    }
    if (pos != n)
        return fail();
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return fail();
    // To UTC in plain arithmetic (QDateTime with offsets is costly per row).
    qint64 seconds = (date.toJulianDay() - 2440588) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    qint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    const QDate utcDate = QDate::fromJulianDay(days + 2440588);
    char buffer[40];
    const int h = int(secondOfDay / 3600), m = int(secondOfDay / 60 % 60), sec = int(secondOfDay % 60);
    if (msec)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utcDate.year(), utcDate.month(),
                      utcDate.day(), h, m, sec, msec);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", utcDate.year(), utcDate.month(),
                      utcDate.day(), h, m, sec);
    return good(QString::fromLatin1(buffer));
}

FieldNormalizer::Result FieldNormalizer::date(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    const QDate plain = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (value.isString() && text.size() == 10 && plain.isValid())
        return good(plain.toString(Qt::ISODate));
    const Result asDateTime = dateTime(value);
    if (!asDateTime.ok)
        return bad(QStringLiteral("22007"), QStringLiteral("invalid input syntax for type date: ") + quoted(value));
    return good(asDateTime.value.toString().left(10));
}

FieldNormalizer::Result FieldNormalizer::number(const QJsonValue &value)
{
    if (value.isDouble())
        return good(value);
    bool ok = false;
    const double parsed = value.toString().trimmed().toDouble(&ok);
    if (value.isString() && ok && qIsFinite(parsed))
        return good(parsed);
    return bad(QStringLiteral("22P02"), QStringLiteral("invalid input syntax for type numeric: ") + quoted(value));
}

FieldNormalizer::Result FieldNormalizer::boolean(const QJsonValue &value)
{
    if (value.isBool())
        return good(value);
    const QString text = value.toString().trimmed().toLower();
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("t"), QStringLiteral("yes"),
                                 QStringLiteral("1")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("f"), QStringLiteral("no"),
                                QStringLiteral("0")};
    if (value.isString() && yes.contains(text))
        return good(true);
    if (value.isString() && no.contains(text))
        return good(false);
    return bad(QStringLiteral("22P02"), QStringLiteral("invalid input syntax for type boolean: ") + quoted(value));
}

FieldNormalizer::Result FieldNormalizer::string(const QString &column, const QJsonValue &value)
{
    if (value.isString() || value.isDouble() || value.isBool())
        return good(scalarText(value));
    return bad(QStringLiteral("22P02"),
               QStringLiteral("invalid input syntax for type text: column \"%1\" needs a string, not an object or list")
                   .arg(column));
}

FieldNormalizer::Result FieldNormalizer::stringList(const QJsonValue &value)
{
    if (value.isString())
        return good(QJsonArray{value});
    if (!value.isArray())
        return bad(QStringLiteral("22P02"), QStringLiteral("malformed array literal: ") + quoted(value));
    QJsonArray out;
    for (const QJsonValue &item : value.toArray()) {
        if (!(item.isString() || item.isDouble() || item.isBool()))
            return bad(QStringLiteral("22P02"), QStringLiteral("malformed array literal: a list of strings is needed"));
        out.append(scalarText(item));
    }
    return good(out);
}

FieldNormalizer::Result FieldNormalizer::subscription(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text == QLatin1String("accepted") || text == QLatin1String("declined") || text == QLatin1String("requested"))
        return good(text);
    return bad(
        QStringLiteral("22P02"),
        QStringLiteral("invalid input value for enum subscription_status: %1 (use accepted, declined or requested)")
            .arg(quoted(value)));
}

FieldNormalizer::Result FieldNormalizer::typed(const QString &type, const QString &column, const QJsonValue &value)
{
    if (type == QLatin1String("datetime"))
        return dateTime(value);
    if (type == QLatin1String("date"))
        return date(value);
    if (type == QLatin1String("number"))
        return number(value);
    if (type == QLatin1String("boolean"))
        return boolean(value);
    if (type == QLatin1String("string_list"))
        return stringList(value);
    return string(column, value);
}
