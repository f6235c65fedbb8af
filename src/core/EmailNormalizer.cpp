#include "EmailNormalizer.h"

#include <QCoreApplication>
#include <QUrl>
#include <QVarLengthArray>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EmailNormalizer", text);
}

bool asciiLabelChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-';
}
}

EmailNormalizer::Result EmailNormalizer::normalize(QStringView cell)
{
    Result r;
    QStringView text = cell.trimmed();
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
        const bool control = c.unicode() < 0x80 ? c.unicode() < 0x20 || c.unicode() == 0x7f   // = Other_Control in ASCII
                                                : c.category() == QChar::Other_Control;
        if (c.isSpace() || c == QLatin1Char('@') || c == QLatin1Char(',') || c == QLatin1Char(';')
            || c == QLatin1Char('<') || c == QLatin1Char('>') || control) {
            r.message = tr("the part before @ contains a space, a second @ or a separator; one address per cell");
            return r;
        }
    }
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || twoDots) {
        r.message = tr("the part before @ is not valid (dots at the ends, two dots in a row, or over 64 characters)");
        return r;
    }
    // The result is built once; an ASCII domain (nearly all) is lower-cased into it directly.
    QString address;
    bool asciiDomain = true;
    for (QChar c : domain)
        asciiDomain = asciiDomain && c.unicode() < 0x80;
    if (asciiDomain) {
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
    const QStringView lowerDomain = QStringView(address).mid(local.size() + 1);
    QVarLengthArray<QStringView, 8> labels;
    for (const QStringView label : lowerDomain.tokenize(QLatin1Char('.')))
        labels.append(label);
    if (labels.size() < 2 || lowerDomain.size() > 253) {
        r.message = tr("the domain after @ needs a dot and an ending such as .de or .com");
        return r;
    }
    for (const QStringView label : labels) {
        bool ok = !label.isEmpty() && label.size() <= 63 && !label.startsWith(QLatin1Char('-'))
                  && !label.endsWith(QLatin1Char('-'));
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
    r.address = address;
    return r;
}
