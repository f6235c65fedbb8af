#include "app/selftest/PhoneNumberCheck.h"

#include "core/convert/phone/PhoneNormalizer.h"

QString PhoneNumberCheck::name() const
{
    return tr("Phone numbers (libphonenumber)");
}

SelfCheck::Outcome PhoneNumberCheck::run()
{
    const QString input = QStringLiteral("0151 23456789");
    const QString expected = QStringLiteral("+4915123456789");
    PhoneNormalizer normalizer(QStringLiteral("DE"));
    normalizer.setFastPathEnabled(false);
    const PhoneNormalizer::Result result = normalizer.normalize(input);
    const QString seen = QStringLiteral("%1 -> %2").arg(input, result.valid ? result.e164 : result.message);
    if (!result.valid || result.e164 != expected)
        return fail(tr("%1 (expected %2)").arg(seen, expected));
    return pass(seen);
}
