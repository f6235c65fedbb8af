#include "core/convert/phone/PhoneNormalizer.h"

#include "core/convert/phone/private/PhoneFastPath.h"
#include "core/text/StringPool.h"
#include "core/text/TrimmedView.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneNormalizer", text);
}
}

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.isEmpty() ? std::string("DE") : defaultRegion.toUpper().toStdString())
    , m_excelMessage(StringPool::intern(tr("the number was turned into scientific notation by Excel and lost digits; "
                                           "format the column as text in Excel and export again")))
    , m_invalidMessage(
          StringPool::intern(tr("not a valid phone number for its country; check the digits and the country code")))
    , m_notPhoneMessage(StringPool::intern(tr("not a phone number; write it with country code, e.g. +49 171 2345678")))
{
}

bool PhoneNormalizer::looksExcelMangled(QStringView cell)
{
    // 4,91712E+11 / 4.91712e11: scientific notation is what Excel shows for long numbers.
    const QStringView s = TrimmedView::of(cell);
    int i = 0;
    auto digits = [&]() {
        const int start = i;
        while (i < s.size() && s.at(i).isDigit())
            ++i;
        return i - start;
    };
    if (digits() == 0)
        return false;
    if (i < s.size() && (s.at(i) == QLatin1Char(',') || s.at(i) == QLatin1Char('.'))) {
        ++i;
        digits();
    }
    if (i >= s.size() || s.at(i).toLower() != QLatin1Char('e'))
        return false;
    ++i;
    if (i < s.size() && (s.at(i) == QLatin1Char('+')))
        ++i;
    return digits() > 0 && i == s.size();
}

PhoneNormalizer::Result PhoneNormalizer::normalize(QStringView cell) const
{
    QString e164;
    Result r = normalizeInto(cell, &e164);
    r.e164 = std::move(e164);
    return r;
}

void PhoneNormalizer::prepare() const
{
    if (const PhoneFastPath *fast = m_fastPath ? PhoneFastPath::instance() : nullptr)
        fast->prepare(m_region);
}

QFuture<void> PhoneNormalizer::prepareInBackground(const QString &defaultRegion)
{
    return QtConcurrent::run([defaultRegion] { PhoneNormalizer(defaultRegion).prepare(); });
}

PhoneNormalizer::Result PhoneNormalizer::normalizeInto(QStringView cell, QString *e164) const
{
    Result r;
    const QStringView text = TrimmedView::of(cell);
    if (looksExcelMangled(text)) {
        r.message = m_excelMessage;
        return r;
    }
    if (m_fastPath) {
        if (const PhoneFastPath *fast = PhoneFastPath::instance()) {
            const PhoneFastPath::Result f = fast->check(text, m_region, e164);
            if (f.verdict == PhoneFastPath::Verdict::Valid) {
                r.valid = true;
                r.region = f.region;
                return r;
            }
            if (f.verdict == PhoneFastPath::Verdict::Invalid) {
                r.message = m_invalidMessage;
                return r;
            }
        }
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string input = text.toUtf8().toStdString();
    if (util->Parse(input, m_region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        r.message = m_notPhoneMessage;
        return r;
    }
    if (!util->IsValidNumber(number)) {
        r.message = m_invalidMessage;
        return r;
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    r.valid = true;
    *e164 = QString::fromStdString(out);
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    r.region = QString::fromStdString(region);
    return r;
}
