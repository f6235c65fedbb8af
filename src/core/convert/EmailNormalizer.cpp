#include "core/convert/EmailNormalizer.h"

#include "core/text/TrimmedView.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QVarLengthArray>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EmailNormalizer", text);
}

// What Hellomateo (and mateo-sandbox's valid_email check) accepts before the @: ASCII letters,
// digits and RFC 5322's atom specials. Accented letters there (çağla@…) are refused by the server,
// so they are refused here before sending, with the character named.
constexpr bool localPartAscii(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'.':
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
    case u'-':
        return true;
    default:
        return false;
    }
}

// The same as a table (it runs for every character of every address).
struct LocalPartTable
{
    bool allowed[128] = {};
    constexpr LocalPartTable()
    {
        for (char16_t c = 0; c < 128; ++c)
            allowed[c] = localPartAscii(c);
    }
};
constexpr LocalPartTable localPartTable;

inline bool localPartChar(char16_t c)
{
    return c < 128 && localPartTable.allowed[c];
}

bool asciiLabelChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-';
}

// The usual cell in one pass: true only when the general checks in normalize() would accept
// `text` exactly as it is (no "mailto:", a domain of lower-case ASCII labels). Anything else —
// capitals or non-ASCII in the domain, every invalid address — returns false and goes the
// general way, which also writes the message. tst_emailnormalizer compares both.
bool validAsWritten(QStringView text)
{
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    if (n > 0 && (s[0] == u'm' || s[0] == u'M') && text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return false;
    qsizetype at = n - 1;
    while (at >= 0 && s[at] != u'@')
        --at;
    if (at <= 0 || at == n - 1 || at > 64 || s[0] == u'.' || s[at - 1] == u'.')
        return false;
    char16_t previous = 0;
    for (qsizetype i = 0; i < at; ++i) {   // the local part
        const char16_t c = s[i];
        if (!localPartChar(c) || (c == u'.' && previous == u'.'))
            return false;   // the general loop names the problem
        previous = c;
    }
    const qsizetype domainStart = at + 1;
    if (n - domainStart > 253)
        return false;
    int labels = 0;
    qsizetype labelStart = domainStart;
    for (qsizetype i = domainStart; i <= n; ++i) {
        if (i == n || s[i] == u'.') {
            const qsizetype length = i - labelStart;
            if (length == 0 || length > 63 || s[labelStart] == u'-' || s[i - 1] == u'-')
                return false;
            ++labels;
            if (i < n)
                labelStart = i + 1;
            continue;
        }
        const char16_t c = s[i];
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    if (labels < 2)
        return false;
    const QStringView tld = text.mid(labelStart);   // the last label
    if (tld.size() < 2)
        return false;
    if (tld.startsWith(QLatin1String("xn--")))
        return true;
    for (QChar c : tld) {
        if (c.unicode() < u'a' || c.unicode() > u'z')
            return false;
    }
    return true;
}
}

EmailNormalizer::Result EmailNormalizer::normalize(QStringView cell)
{
    return normalize(cell, nullptr);
}

EmailNormalizer::Result EmailNormalizer::normalize(QStringView cell, QStringView *unchanged)
{
    Result r;
    QStringView text = TrimmedView::of(cell);
    if (unchanged && validAsWritten(text)) {
        r.valid = true;
        *unchanged = text;
        return r;
    }
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7);
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == text.size() - 1) {
        r.message = tr("not an e-mail address (name@example.de)");
        return r;
    }
    const QStringView local = text.left(at);
    const QStringView domain = text.mid(at + 1);
    bool twoDots = false;
    QChar previous;
    for (QChar c : local) {
        twoDots = twoDots || (c == QLatin1Char('.') && previous == QLatin1Char('.'));
        previous = c;
        const bool control = c.unicode() < 0x80
                                 ? c.unicode() < 0x20 || c.unicode() == 0x7f   // = Other_Control in ASCII
                                 : c.category() == QChar::Other_Control;
        if (c.isSpace() || c == QLatin1Char('@') || c == QLatin1Char(',') || c == QLatin1Char(';') ||
            c == QLatin1Char('<') || c == QLatin1Char('>') || control) {
            r.message = tr("the part before @ contains a space, a second @ or a separator; one address per cell");
            return r;
        }
    }
    for (qsizetype i = 0; i < local.size(); ++i) {
        if (!localPartChar(local.at(i).unicode())) {
            const qsizetype width = local.at(i).isHighSurrogate() && i + 1 < local.size() ? 2 : 1;
            // Translated once: some exports have this on every other row, and a translation lookup
            // per row cost more than the whole check (the translator is installed at start-up).
            static const QString refused = tr(
                "the part before @ contains \"%1\", which Hellomateo does not accept there "
                "(only a-z without accents, digits and . _ + - ' ! # $ % & * / = ? ^ ` { | } ~); "
                "check the address with the contact");
            // One message per refused character, kept per thread and shared by every row with it:
            // files like this have it on every other row. Put together around the %1 rather than
            // with arg(), which parses the template each time.
            thread_local QHash<char32_t, QString> messages;
            const QStringView character = local.mid(i, width);
            const char32_t code = width == 2 ? QChar::surrogateToUcs4(character.at(0), character.at(1))
                                             : character.at(0).unicode();
            QString &message = messages[code];
            if (message.isNull()) {
                const qsizetype placeholder = refused.indexOf(QLatin1String("%1"));
                if (placeholder < 0) {
                    message = refused;
                } else {
                    message.reserve(refused.size());
                    message.append(QStringView(refused).left(placeholder)).append(character);
                    message.append(QStringView(refused).mid(placeholder + 2));
                }
            }
            r.message = message;
            return r;
        }
    }
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || twoDots) {
        r.message = tr("the part before @ is not valid (dots at the ends, two dots in a row, or over 64 characters)");
        return r;
    }
    // The result is built once; an ASCII domain (nearly all) is lower-cased into it directly.
    // An address that needs no change at all (ASCII domain without capitals) is not built when
    // the caller takes a view: the checks below then read the cell's own domain, which is
    // exactly what the built address would hold.
    QString address;
    bool asciiDomain = true;
    bool upper = false;
    for (QChar c : domain) {
        asciiDomain = asciiDomain && c.unicode() < 0x80;
        upper = upper || (c.unicode() >= 'A' && c.unicode() <= 'Z');
    }
    QStringView lowerDomain;
    if (asciiDomain && !upper && unchanged) {
        lowerDomain = domain;
    } else if (asciiDomain) {
        address = QString(local.size() + 1 + domain.size(), Qt::Uninitialized);
        QChar *o = address.data();
        for (QChar c : local)
            *o++ = c;
        *o++ = QLatin1Char('@');
        for (QChar c : domain)
            *o++ = c.unicode() >= 'A' && c.unicode() <= 'Z' ? QChar(char16_t(c.unicode() + 32)) : c;
    } else {
        QString lowered = domain.toString().toLower();
        bool ascii = true;
        for (QChar c : lowered)
            ascii = ascii && c.unicode() < 0x80;
        if (!ascii) {
            const QByteArray ace = QUrl::toAce(lowered);
            if (ace.isEmpty()) {
                r.message = tr("the domain after @ is not a valid international domain name");
                return r;
            }
            lowered = QString::fromLatin1(ace);
        }
        address = local.toString() + QLatin1Char('@') + lowered;
    }
    if (!address.isNull())
        lowerDomain = QStringView(address).mid(local.size() + 1);
    QVarLengthArray<QStringView, 8> labels;
    for (const QStringView label : lowerDomain.tokenize(QLatin1Char('.')))
        labels.append(label);
    if (labels.size() < 2 || lowerDomain.size() > 253) {
        r.message = tr("the domain after @ needs a dot and an ending such as .de or .com");
        return r;
    }
    for (const QStringView label : labels) {
        bool ok = !label.isEmpty() && label.size() <= 63 && !label.startsWith(QLatin1Char('-')) &&
                  !label.endsWith(QLatin1Char('-'));
        for (QChar c : label)
            ok = ok && asciiLabelChar(c);
        if (!ok) {
            r.message = tr("the domain after @ contains an empty part or a character not allowed in domains");
            return r;
        }
    }
    const QStringView tld = labels.last();
    bool tldOk = tld.size() >= 2;
    if (!tld.startsWith(QLatin1String("xn--"))) {
        for (QChar c : tld)
            tldOk = tldOk && c.isLetter();
    }
    if (!tldOk) {
        r.message = tr("the domain must end in a name such as .de or .com");
        return r;
    }
    r.valid = true;
    if (address.isNull())
        *unchanged = text;
    else
        r.address = address;
    return r;
}
