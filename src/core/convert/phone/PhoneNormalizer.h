#pragma once

#include <QFuture>
#include <QString>
#include <QStringView>

// Phone cells -> E.164 with libphonenumber's verdict (default region from the profile, DE unless
// set): "0171/2345678", "(415) 555-0132" (region US), "+49 (0)171 2345678" are all read.
// Excel-mangled numbers ("4,91712E+11": the cell was formatted as a number and lost digits) are
// refused with their own message, never guessed back.
// Thread-safe: libphonenumber's PhoneNumberUtil is a thread-safe singleton and this class is
// immutable.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(const QString &defaultRegion = QStringLiteral("DE"));

    struct Result
    {
        bool valid = false;
        QString e164;   // "+491712345678" when valid
        QString region;   // "DE": the number's region (for the API's country_codes)
        QString message;   // why not, translated, when invalid
    };
    Result normalize(QStringView cell) const;
    // The same, with a valid number's E.164 text written into *e164 instead of Result::e164
    // (its storage reused row after row when detached and large enough).
    Result normalizeInto(QStringView cell, QString *e164) const;

    // Verdict only, the way py_validate_baseline.py counts: Parse + IsValidNumber.
    bool isValid(QStringView cell) const { return normalize(cell).valid; }

    static bool looksExcelMangled(QStringView cell);

    // The fast path (PhoneFastPath) gives libphonenumber's verdicts without its regex-heavy Parse;
    // off = every number through Parse + IsValidNumber (tests and the benchmark compare both).
    void setFastPathEnabled(bool enabled) { m_fastPath = enabled; }
    // Loads the phone metadata and compiles the default region now (thread-safe).
    void prepare() const;
    // prepare() for `defaultRegion` on another thread: commands start it before a file is indexed
    // (the index build leaves a core idle at its end), so the first rows do not wait for it.
    static QFuture<void> prepareInBackground(const QString &defaultRegion);

private:
    std::string m_region;
    bool m_fastPath = true;
    // Translated once: a million invalid numbers share three texts.
    QString m_excelMessage, m_invalidMessage, m_notPhoneMessage;
};
