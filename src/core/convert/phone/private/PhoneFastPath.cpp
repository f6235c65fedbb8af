#include "core/convert/phone/private/PhoneFastPath.h"

#include "core/convert/phone/private/DigitPattern.h"
#include "core/text/StringLength.h"
#include "core/text/StringPool.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <array>
#include <atomic>
#include <list>
#include <map>
#include <memory>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

// The metadata blob compiled into libphonenumber (its metadata.h is not installed).
namespace i18n {
namespace phonenumbers {
int metadata_size();
const void *metadata_get();
}
}

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
constexpr int kMinLengthForNsn = 2;
constexpr int kMaxLengthForNsn = 17;

struct Desc
{
    bool present = false;   // has a national number pattern
    DigitPattern pattern;
    std::vector<int> lengths;   // possible lengths (empty = any)
    quint32 lengthMask = 0;   // the same as bits (lengths 0..31)
    std::vector<int> localOnly;
    std::string source;   // the pattern as libphonenumber has it
};

// One region's metadata with its patterns compiled; `usable` false = always ask libphonenumber.
struct Region
{
    bool usable = true;
    std::string id;
    QString qid;   // id as a QString, shared by every result
    bool nonGeographic = false;   // id "001"
    int countryCode = 0;
    char ccText[4] = {};   // countryCode in decimal
    int ccLength = 0;
    Desc general;
    Desc types[10];   // premium, toll free, shared, voip, personal, pager, uan, voicemail, fixed, mobile
    bool sameMobileAndFixed = false;
    bool hasLeadingDigits = false;
    DigitPattern leadingDigits;
    bool hasNationalPrefix = false;
    DigitPattern nationalPrefix;
    DigitPattern idd;
    // general + all types in one automaton: which of them match a number, in one pass.
    // Bits per desc (0 when the desc has no pattern); hasAllTypes false = match one by one.
    bool hasAllTypes = false;
    DigitPattern allTypes;
    quint32 generalBit = 0;
    quint32 typeBits[10] = {};
};

// Reads a desc; its pattern is compiled on its own only when `compile` (the general desc
// always; the types only when the all-types automaton is too large).
bool readDesc(const PhoneNumberDesc &src, Desc *out, bool compile)
{
    out->present = src.has_national_number_pattern() && !src.national_number_pattern().empty();
    for (int i = 0; i < src.possible_length_size(); ++i) {
        out->lengths.push_back(src.possible_length(i));
        if (src.possible_length(i) >= 0 && src.possible_length(i) < 32)
            out->lengthMask |= quint32(1) << src.possible_length(i);
    }
    if (out->present)
        out->source = src.national_number_pattern();
    for (int i = 0; i < src.possible_length_local_only_size(); ++i)
        out->localOnly.push_back(src.possible_length_local_only(i));
    return !compile || !out->present || out->pattern.compile(src.national_number_pattern());
}

bool buildRegion(const PhoneMetadata &m, Region *r)
{
    r->id = m.id();
    r->countryCode = m.country_code();
    const std::string cc = std::to_string(r->countryCode);
    r->ccLength = int(std::min<size_t>(cc.size(), sizeof r->ccText));
    std::copy(cc.begin(), cc.begin() + r->ccLength, r->ccText);
    bool ok = readDesc(m.general_desc(), &r->general, true) && m.general_desc().possible_length_size() > 0;
    const PhoneNumberDesc *descs[10] = {&m.premium_rate(),    &m.toll_free(), &m.shared_cost(), &m.voip(),
                                        &m.personal_number(), &m.pager(),     &m.uan(),         &m.voicemail(),
                                        &m.fixed_line(),      &m.mobile()};
    for (int i = 0; i < 10; ++i)
        readDesc(*descs[i], &r->types[i], false);
    r->sameMobileAndFixed = m.same_mobile_and_fixed_line_pattern();
    r->hasLeadingDigits = m.has_leading_digits();
    if (r->hasLeadingDigits)
        ok = ok && r->leadingDigits.compile(m.leading_digits());
    if (!m.national_prefix_transform_rule().empty())
        ok = false;   // AR, MX, ...: the transform path is left to libphonenumber
    r->hasNationalPrefix = !m.national_prefix_for_parsing().empty();
    if (r->hasNationalPrefix)
        ok = ok && r->nationalPrefix.compile(m.national_prefix_for_parsing());
    if (m.has_international_prefix())
        ok = ok && r->idd.compile(m.international_prefix());
    if (ok) {
        // The types in one automaton with the general desc. When it compiles, every type's own
        // automaton would too (none is larger than the combined one, and a pattern that cannot
        // be read fails both), so they are compiled one by one only when it does not.
        std::vector<std::string> all;
        auto add = [&all](const Desc &d) {
            if (!d.present)
                return quint32(0);
            all.push_back(d.source);
            return quint32(1) << (all.size() - 1);
        };
        r->generalBit = add(r->general);
        for (int i = 0; i < 10; ++i)
            r->typeBits[i] = add(r->types[i]);
        r->hasAllTypes = r->allTypes.compileAll(all);
        for (int i = 0; i < 10 && !r->hasAllTypes; ++i)
            ok = ok && (!r->types[i].present || r->types[i].pattern.compile(r->types[i].source));
    }
    r->usable = ok;
    return ok;
}

bool contains(const std::vector<int> &v, int x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

// A national number in progress: digits only, never longer than 40. Steps that strip a prefix
// only move `p`, so no step copies or allocates.
struct Digits
{
    const char *p = nullptr;
    int n = 0;
    Digits from(int k) const { return Digits{p + k, n - k}; }
};

// RegexBasedMatcher::MatchNationalNumber(number, desc, false): a full match; no pattern = false.
bool isMatch(Digits n, const Desc &d)
{
    return d.present && d.pattern.fullMatch(n.p, n.n);
}

// The possible-lengths half of IsNumberMatchingDesc.
bool lengthFits(int n, const Desc &d)
{
    if (d.lengths.empty())
        return true;
    return n >= 0 && n < 32 ? (d.lengthMask >> n) & 1 : contains(d.lengths, n);
}

// PhoneNumberUtil::IsNumberMatchingDesc: possible lengths first, then the pattern.
bool matchingDesc(Digits n, const Desc &d)
{
    return lengthFits(n.n, d) && isMatch(n, d);
}

enum class LengthResult { IsPossible, IsPossibleLocalOnly, InvalidCountryCode, TooShort, InvalidLength, TooLong };

// PhoneNumberUtil::TestNumberLength(number, metadata) with type UNKNOWN (the general desc).
LengthResult testLength(Digits n, const Region &r)
{
    const std::vector<int> &possible = r.general.lengths;
    if (possible.empty() || possible.front() == -1)
        return LengthResult::InvalidLength;
    const int actual = n.n;
    if (contains(r.general.localOnly, actual))
        return LengthResult::IsPossibleLocalOnly;
    const int minimum = possible.front();
    if (minimum == actual)
        return LengthResult::IsPossible;
    if (minimum > actual)
        return LengthResult::TooShort;
    if (possible.back() < actual)
        return LengthResult::TooLong;
    return std::find(possible.begin() + 1, possible.end(), actual) != possible.end() ? LengthResult::IsPossible
                                                                                     : LengthResult::InvalidLength;
}

// GetNumberTypeHelper(...) != UNKNOWN. libphonenumber asks premium .. voicemail, then fixed line,
// then mobile (only when its pattern differs from the fixed-line one) and stops at the first
// match; only "did any match" matters here, so the two common types go first.
bool anyType(Digits nsn, const Region &r)
{
    if (r.hasAllTypes) {
        // The same questions answered from one pass: which patterns match, then their lengths.
        const quint32 matches = r.allTypes.matchMask(nsn.p, nsn.n);
        if (!(matches & r.generalBit) || !lengthFits(nsn.n, r.general))
            return false;
        for (int i = 0; i < 10; ++i) {
            if ((matches & r.typeBits[i]) && lengthFits(nsn.n, r.types[i]) && !(i == 9 && r.sameMobileAndFixed))
                return true;
        }
        return false;
    }
    if (!matchingDesc(nsn, r.general))
        return false;
    if (matchingDesc(nsn, r.types[8]))   // fixed line
        return true;
    if (!r.sameMobileAndFixed && matchingDesc(nsn, r.types[9]))   // mobile
        return true;
    for (int i = 0; i < 8; ++i) {   // premium .. voicemail
        if (matchingDesc(nsn, r.types[i]))
            return true;
    }
    return false;
}

enum class Strip { Stripped, NotStripped, Unsure };

// MaybeStripNationalPrefixAndCarrierCode without a transform rule.
Strip stripNationalPrefix(const Region &r, Digits *number)
{
    if (number->n == 0 || !r.hasNationalPrefix)
        return Strip::NotStripped;
    const int end = r.nationalPrefix.uniquePrefixMatchEnd(number->p, number->n);
    if (end == -2)
        return Strip::Unsure;
    if (end < 0)
        return Strip::NotStripped;
    const bool viableOriginal = isMatch(*number, r.general);
    const Digits rest = number->from(end);
    if (viableOriginal && !isMatch(rest, r.general))
        return Strip::NotStripped;
    *number = rest;
    return Strip::Stripped;
}
}

struct PhoneFastPath::Private
{
    PhoneMetadataCollection collection;
    QHash<QByteArray, int> byRegion;   // region id -> index in collection
    QHash<int, int> nonGeo;   // calling code -> index (region "001")
    std::array<std::string, 1000> regionForCode;   // GetRegionCodeForCountryCode, "ZZ" = none
    std::array<bool, 1000> knownCode{};   // regionForCode != "ZZ"
    std::array<std::list<std::string>, 1000> regionsForCode;
    mutable QMutex mutex;
    mutable std::array<std::atomic<const std::vector<std::unique_ptr<Region>> *>, 1000> compiled{};

    // Compiled regions for a calling code: the geographic ones in libphonenumber's order, then
    // the non-geographic entity if any.
    const std::vector<std::unique_ptr<Region>> &regions(int cc) const
    {
        const auto *ready = compiled[size_t(cc)].load(std::memory_order_acquire);
        if (ready)
            return *ready;
        QMutexLocker lock(&mutex);
        ready = compiled[size_t(cc)].load(std::memory_order_relaxed);
        if (ready)
            return *ready;
        auto *list = new std::vector<std::unique_ptr<Region>>;   // lives as long as the process
        for (const std::string &id : regionsForCode[size_t(cc)]) {
            auto region = std::make_unique<Region>();
            const int index = id == "001" ? nonGeo.value(cc, -1) : byRegion.value(QByteArray::fromStdString(id), -1);
            if (index < 0)
                region->usable = false;
            else
                buildRegion(collection.metadata(index), region.get());
            region->id = id;
            region->nonGeographic = id == "001";
            region->qid = StringPool::intern(QString::fromStdString(id));
            list->push_back(std::move(region));
        }
        compiled[size_t(cc)].store(list, std::memory_order_release);
        return *list;
    }
    const Region *region(int cc, const std::string &id) const
    {
        for (const auto &r : regions(cc)) {
            if (r->id == id)
                return r.get();
        }
        return nullptr;
    }
    const Region *regionById(const std::string &id) const
    {
        const int index = byRegion.value(QByteArray::fromStdString(id), -1);
        if (index < 0)
            return nullptr;
        return region(collection.metadata(index).country_code(), id);
    }
};

const PhoneFastPath *PhoneFastPath::instance()
{
    static const PhoneFastPath *self = [] {
        auto *p = new PhoneFastPath;
        if (!p->load()) {
            delete p;
            return static_cast<PhoneFastPath *>(nullptr);
        }
        return p;
    }();
    return self;
}

bool PhoneFastPath::load()
{
    d = new Private;
    if (!d->collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()))
        return false;
    for (int i = 0; i < d->collection.metadata_size(); ++i) {
        const PhoneMetadata &m = d->collection.metadata(i);
        if (m.id() == "001")
            d->nonGeo.insert(m.country_code(), i);
        else
            d->byRegion.insert(QByteArray::fromStdString(m.id()), i);
    }
    // The regions of each calling code, built from the metadata the way PhoneNumberUtil's
    // constructor builds them (collection order, the main country first), so that the fast path
    // does not need PhoneNumberUtil at all; tst_phonefastpath compares with
    // GetRegionCodesForCountryCallingCode / GetRegionCodeForCountryCode for every code.
    for (int i = 0; i < d->collection.metadata_size(); ++i) {
        const PhoneMetadata &m = d->collection.metadata(i);
        const int cc = m.country_code();
        if (m.id() == "ZZ" || cc < 1 || cc >= 1000)
            continue;
        std::list<std::string> &list = d->regionsForCode[size_t(cc)];
        if (!list.empty() && m.main_country_for_code())
            list.push_front(m.id());
        else
            list.push_back(m.id());
    }
    for (int cc = 1; cc < 1000; ++cc) {
        const std::list<std::string> &list = d->regionsForCode[size_t(cc)];
        d->regionForCode[size_t(cc)] = list.empty() ? std::string("ZZ") : list.front();
        d->knownCode[size_t(cc)] = !list.empty();
    }
    return true;
}

void PhoneFastPath::prepare(const std::string &defaultRegion) const
{
    d->regionById(defaultRegion);   // compiles its calling code's regions once, under the mutex
}

QStringList PhoneFastPath::regionsForCallingCode(int callingCode) const
{
    QStringList out;
    if (callingCode < 1 || callingCode >= 1000)
        return out;
    for (const std::string &id : d->regionsForCode[size_t(callingCode)])
        out.append(QString::fromStdString(id));
    return out;
}

PhoneFastPath::Result PhoneFastPath::check(QStringView cell, const std::string &defaultRegion, QString *e164) const
{
    Result unsure;
    // 1. Shape: optional leading '(' / separators, an optional '+' first, then only digits and
    //    the separators " -/.()". Anything else goes to libphonenumber. The digits go into a
    //    small buffer on the stack: every later step only looks at a part of it.
    char buffer[40];
    int count = 0;
    bool plus = false;
    bool started = false;
    for (QChar qc : cell) {
        const char16_t c = qc.unicode();
        if (c >= '0' && c <= '9') {
            if (count == int(sizeof buffer))
                return unsure;   // over 40 digits: libphonenumber decides
            buffer[count++] = char(c);
            started = true;
        } else if (c == '+') {
            if (started || plus)
                return unsure;
            plus = true;
            started = true;
        } else if (c == ' ' || c == '-' || c == '/' || c == '.' || c == '(' || c == ')') {
            continue;
        } else {
            return unsure;
        }
    }
    if (count < 3)
        return unsure;   // IsViablePhoneNumber and its short special case: libphonenumber decides
    const Digits digits{buffer, count};

    // The default region is the same for a whole file: remembered per thread (regions live as
    // long as the process).
    thread_local std::string lastRegionId;
    thread_local const Region *lastRegion = nullptr;
    if (!lastRegion || lastRegionId != defaultRegion) {
        lastRegion = d->regionById(defaultRegion);
        lastRegionId = defaultRegion;
    }
    const Region *defaultMeta = lastRegion;
    if (!defaultMeta || !defaultMeta->usable)
        return unsure;

    Result invalid;
    invalid.verdict = Verdict::Invalid;
    int cc = 0;
    Digits national;
    auto extractCountryCode = [this](Digits *number) {
        if (number->n == 0 || number->p[0] == '0')
            return 0;
        int potential = 0;
        for (int i = 1; i <= 3 && i <= number->n; ++i) {
            potential = potential * 10 + (number->p[i - 1] - '0');
            if (d->knownCode[size_t(potential)]) {
                *number = number->from(i);
                return potential;
            }
        }
        return 0;
    };
    // 2. MaybeExtractCountryCode
    if (plus) {
        national = digits;
        if (national.n <= kMinLengthForNsn)
            return invalid;   // TOO_SHORT_AFTER_IDD
        cc = extractCountryCode(&national);
        if (cc == 0)
            return unsure;   // INVALID_COUNTRY_CODE and ParseHelper's retry without '+'
    } else {
        const int iddEnd = defaultMeta->idd.isValid() ? defaultMeta->idd.uniquePrefixMatchEnd(digits.p, digits.n) : -1;
        if (iddEnd == -2)
            return unsure;
        bool viaIdd = false;
        if (iddEnd >= 0) {
            // ParsePrefixAsIdd: not when the next digit is a 0 (country codes never start with 0).
            const Digits rest = digits.from(iddEnd);
            if (rest.n == 0 || rest.p[0] != '0') {
                viaIdd = true;
                national = rest;
            }
        }
        if (viaIdd) {
            if (national.n <= kMinLengthForNsn)
                return invalid;
            cc = extractCountryCode(&national);
            if (cc == 0)
                return invalid;   // INVALID_COUNTRY_CODE_ERROR (no retry without a '+')
        } else {
            national = digits;
            const int ccLength = defaultMeta->ccLength;
            if (national.n >= ccLength && std::equal(national.p, national.p + ccLength, defaultMeta->ccText)) {
                Digits potential = national.from(ccLength);
                if (stripNationalPrefix(*defaultMeta, &potential) == Strip::Unsure)
                    return unsure;
                if ((!isMatch(national, defaultMeta->general) && isMatch(potential, defaultMeta->general)) ||
                    testLength(national, *defaultMeta) == LengthResult::TooLong) {
                    national = potential;
                    cc = defaultMeta->countryCode;
                }
            }
        }
    }
    // 3. ParseHelper: the metadata to strip a national prefix with.
    const Region *meta = defaultMeta;
    if (cc != 0) {
        const std::string &numberRegion = d->regionForCode[size_t(cc)];
        if (numberRegion != defaultRegion)
            meta = d->region(cc, numberRegion);
    } else {
        cc = defaultMeta->countryCode;
    }
    if (national.n < kMinLengthForNsn)
        return invalid;   // TOO_SHORT_NSN
    if (meta) {
        if (!meta->usable)
            return unsure;
        Digits potential = national;
        if (stripNationalPrefix(*meta, &potential) == Strip::Unsure)
            return unsure;
        const LengthResult lr = testLength(potential, *meta);
        if (lr != LengthResult::TooShort && lr != LengthResult::IsPossibleLocalOnly &&
            lr != LengthResult::InvalidLength)
            national = potential;
    }
    if (national.n < kMinLengthForNsn || national.n > kMaxLengthForNsn)
        return invalid;   // TOO_SHORT_NSN / TOO_LONG_NSN
    // 4. IsValidNumber: GetRegionCodeForNumber, then the type helper on that region's metadata.
    //    The national significant number is `national` itself (leading zeros are kept as the
    //    italian-leading-zero fields would restore them).
    const auto &candidates = d->regions(cc);
    const Region *numberRegion = nullptr;
    if (candidates.empty())
        return invalid;   // ZZ
    if (candidates.size() == 1) {
        numberRegion = candidates.front().get();
    } else {
        for (const auto &r : candidates) {
            if (!r->usable)
                return unsure;
            if (r->hasLeadingDigits) {
                if (r->leadingDigits.prefixMatch(national.p, national.n)) {
                    numberRegion = r.get();
                    break;
                }
            } else if (anyType(national, *r)) {
                numberRegion = r.get();
                break;
            }
        }
        if (!numberRegion)
            return invalid;   // ZZ
    }
    if (!numberRegion->usable)
        return unsure;
    if (!numberRegion->nonGeographic && numberRegion->countryCode != cc)
        return invalid;
    if (!anyType(national, *numberRegion))
        return invalid;
    Result valid;
    valid.verdict = Verdict::Valid;
    char ccText[8];
    int ccLength = 0;
    for (int v = cc; v > 0; v /= 10)
        ccText[ccLength++] = char('0' + v % 10);
    std::reverse(ccText, ccText + ccLength);
    QString &out = e164 ? *e164 : valid.e164;
    if (!setLengthInPlace(&out, 1 + ccLength + national.n))
        out.resize(1 + ccLength + national.n);
    QChar *e = out.data();
    *e++ = QLatin1Char('+');
    for (int i = 0; i < ccLength; ++i)
        *e++ = QLatin1Char(ccText[i]);
    for (int i = 0; i < national.n; ++i)
        *e++ = QLatin1Char(national.p[i]);
    valid.region = numberRegion->qid;
    return valid;
}
