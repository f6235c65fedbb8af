#include "TargetChoice.h"

#include <QCoreApplication>

namespace {
QString t(const char *text)
{
    return QCoreApplication::translate("TargetChoice", text);
}
}

QList<TargetChoice> TargetChoice::standardChoices()
{
    using K = TargetChoice::Kind;
    return {
        {QString(), t("Don't import"), K::None, false, true},
        {QStringLiteral("external_id"), t("Customer number (external_id)"), K::Standard, true, false},
        {QStringLiteral("email"), t("E-mail"), K::Standard, true, false},
        {QStringLiteral("whatsapp"), t("WhatsApp number"), K::Standard, true, true},
        {QStringLiteral("sms"), t("SMS number"), K::Standard, true, true},
        {QStringLiteral("full_name"), t("Full name"), K::Standard, false, true},
        {QStringLiteral("display_name"), t("Display name"), K::Standard, false, false},
        {QStringLiteral("salutation"), t("Salutation"), K::Standard, false, false},
        {QStringLiteral("birthday"), t("Birthday (date)"), K::Standard, false, false},
        {QStringLiteral("address_line1"), t("Address line 1"), K::Standard, false, false},
        {QStringLiteral("address_line2"), t("Address line 2"), K::Standard, false, false},
        {QStringLiteral("zipcode"), t("Postcode"), K::Standard, false, false},
        {QStringLiteral("city"), t("City"), K::Standard, false, false},
        {QStringLiteral("country"), t("Country"), K::Standard, false, false},
        {QStringLiteral("instagram"), t("Instagram handle"), K::Standard, true, false},
        {QStringLiteral("facebook"), t("Facebook handle"), K::Standard, true, false},
        {QStringLiteral("postal"), t("Postal address handle"), K::Standard, true, false},
    };
}
