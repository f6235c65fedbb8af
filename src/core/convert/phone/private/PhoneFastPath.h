#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>

// libphonenumber's Parse + IsValidNumber for the common shapes of phone cells, without its
// regex-heavy Parse and ICU regex runs: the same steps (PhoneNumberUtil::ParseHelper,
// MaybeExtractCountryCode, MaybeStripNationalPrefixAndCarrierCode, TestNumberLength,
// GetRegionCodeForNumber, GetNumberTypeHelper) on the same compiled-in metadata, with every
// pattern compiled to a digit automaton (DigitPattern). Anything outside the common shapes
// (letters, extensions, a '+' inside, regions with national-prefix transform rules, patterns the
// automaton cannot express, an ambiguous prefix) answers Unsure and the caller asks
// libphonenumber itself. tests/bench/bench_validate.cpp checks the verdicts against
// libphonenumber on the whole 1M-row file. Thread-safe; metadata per country code is compiled
// on first use.
class PhoneFastPath
{
public:
    enum class Verdict { Valid, Invalid, Unsure };
    struct Result
    {
        Verdict verdict = Verdict::Unsure;
        QString e164;
        QString region;
    };

    static const PhoneFastPath *instance();   // nullptr when the metadata cannot be read

    // With `e164` set, a valid number's E.164 text is written into *e164 (its storage reused
    // when detached and large enough) and Result::e164 stays null.
    Result check(QStringView cell, const std::string &defaultRegion, QString *e164 = nullptr) const;

    // Compiles the default region's patterns now (the first number of a region would otherwise
    // pay for it: ~10 ms), e.g. on another thread while a file is being indexed.
    void prepare(const std::string &defaultRegion) const;

    // The regions sharing a calling code, main country first (libphonenumber's
    // GetRegionCodesForCountryCallingCode, read from the same metadata); empty when none.
    QStringList regionsForCallingCode(int callingCode) const;

private:
    PhoneFastPath() = default;
    bool load();
    struct Private;
    Private *d = nullptr;
};
