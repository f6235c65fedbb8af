#pragma once

#include <QtGlobal>

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif
// A popcount that is one instruction: with POPCNT (x86-64 Linux with GCC: see
// CsvScanner::scanBlocks) or on arm64; elsewhere a builtin popcount would be a library call.
#if (defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)) ||                         \
    (defined(__GNUC__) && (defined(__POPCNT__) || defined(__aarch64__)))
#define MATEO_CSV_FAST_POPCOUNT 1
#else
#define MATEO_CSV_FAST_POPCOUNT 0
#endif

// One 64-byte block of CSV bytes as bit masks (bit i = byte i), for CsvScanner's block path:
// with the masks, a block of plain text, delimiters, line feeds and well-formed quotes is scanned
// with a few word operations instead of a state change per special byte (simdcsv's idea).
struct CsvBlockClassifier
{
    static constexpr int blockSize = 64;

    struct Masks
    {
        quint64 delimiter = 0, quote = 0, cr = 0, lf = 0;
        quint64 high = 0;   // bytes >= 0x80
    };
    struct Utf8Masks
    {
        quint64 continuation = 0;   // 0x80..0xBF
        quint64 lead2 = 0;   // 0xC2..0xDF: the lead byte of a two-byte sequence
    };

    // quote = 0: no quote character (the quote mask stays empty).
    Q_ALWAYS_INLINE static Masks classify(const uchar *p, uchar delimiter, uchar quote)
    {
        Masks m;
#if defined(__SSE2__)
        const __m128i vd = _mm_set1_epi8(char(delimiter)), vq = _mm_set1_epi8(char(quote)), vcr = _mm_set1_epi8('\r'),
                      vlf = _mm_set1_epi8('\n');
        const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p)),
                      x1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16)),
                      x2 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 32)),
                      x3 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 48));
        // Four 16-bit masks into one 64-bit word (unrolled: this is most of the block path's work).
        auto join = [](__m128i a, __m128i b, __m128i c, __m128i d) {
            const unsigned low = unsigned(_mm_movemask_epi8(a)) | unsigned(_mm_movemask_epi8(b)) << 16;
            const unsigned high = unsigned(_mm_movemask_epi8(c)) | unsigned(_mm_movemask_epi8(d)) << 16;
            return quint64(low) | quint64(high) << 32;
        };
        m.delimiter = join(_mm_cmpeq_epi8(x0, vd), _mm_cmpeq_epi8(x1, vd), _mm_cmpeq_epi8(x2, vd),
                           _mm_cmpeq_epi8(x3, vd));
        if (quote)
            m.quote = join(_mm_cmpeq_epi8(x0, vq), _mm_cmpeq_epi8(x1, vq), _mm_cmpeq_epi8(x2, vq),
                           _mm_cmpeq_epi8(x3, vq));
        m.lf = join(_mm_cmpeq_epi8(x0, vlf), _mm_cmpeq_epi8(x1, vlf), _mm_cmpeq_epi8(x2, vlf), _mm_cmpeq_epi8(x3, vlf));
        m.high = join(x0, x1, x2, x3);
        // CRs are rare: their mask only when there are some.
        const __m128i cr0 = _mm_cmpeq_epi8(x0, vcr), cr1 = _mm_cmpeq_epi8(x1, vcr), cr2 = _mm_cmpeq_epi8(x2, vcr),
                      cr3 = _mm_cmpeq_epi8(x3, vcr);
        if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(cr0, cr1), _mm_or_si128(cr2, cr3))))
            m.cr = join(cr0, cr1, cr2, cr3);
#else
        for (int i = 0; i < blockSize; ++i) {
            const uchar c = p[i];
            const quint64 bit = quint64(1) << i;
            if (c == delimiter)
                m.delimiter |= bit;
            if (quote && c == quote)
                m.quote |= bit;
            if (c == '\r')
                m.cr |= bit;
            if (c == '\n')
                m.lf |= bit;
            if (c >= 0x80)
                m.high |= bit;
        }
#endif
        return m;
    }

    // `high` from classify(): 16-byte lanes without high bytes are skipped.
    Q_ALWAYS_INLINE static Utf8Masks classifyUtf8(const uchar *p, quint64 high)
    {
        Utf8Masks m;
#if defined(__SSE2__)
        // Signed bytes: 0x80..0xBF are -128..-65, 0xC2..0xDF are -62..-33; ASCII is >= 0.
        const __m128i c0 = _mm_set1_epi8(char(0xC0)), c1 = _mm_set1_epi8(char(0xC1)), e0 = _mm_set1_epi8(char(0xE0));
        for (int k = 0; k < 4; ++k) {
            if (!((high >> (16 * k)) & 0xFFFF))
                continue;
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
            const int shift = 16 * k;
            m.continuation |= quint64(unsigned(_mm_movemask_epi8(_mm_cmplt_epi8(x, c0)))) << shift;
            m.lead2 |= quint64(unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, c1), _mm_cmplt_epi8(x, e0)))))
                       << shift;
        }
#else
        Q_UNUSED(high);
        for (int i = 0; i < blockSize; ++i) {
            const uchar c = p[i];
            const quint64 bit = quint64(1) << i;
            if (c >= 0x80 && c <= 0xBF)
                m.continuation |= bit;
            if (c >= 0xC2 && c <= 0xDF)
                m.lead2 |= bit;
        }
#endif
        return m;
    }

    // Bit i = parity of the set bits 0..i: with quote bits, "inside a quoted field after byte i".
    static quint64 prefixXor(quint64 x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }

    static constexpr bool fastPopcount = MATEO_CSV_FAST_POPCOUNT;   // else a handful of operations
    Q_ALWAYS_INLINE static int popcount(quint64 x)
    {
#if MATEO_CSV_FAST_POPCOUNT
        return __builtin_popcountll(x);
#else
        x = x - ((x >> 1) & 0x5555555555555555ULL);
        x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
        return int((x * 0x0101010101010101ULL) >> 56);
#endif
    }

    static int lowestBit(quint64 x)   // x != 0
    {
#if defined(_MSC_VER) && !defined(__clang__)
        unsigned long i;
        _BitScanForward64(&i, x);
        return int(i);
#else
        return __builtin_ctzll(x);
#endif
    }

    static int highestBit(quint64 x)   // x != 0
    {
#if defined(_MSC_VER) && !defined(__clang__)
        unsigned long i;
        _BitScanReverse64(&i, x);
        return int(i);
#else
        return 63 - __builtin_clzll(x);
#endif
    }

    // Bits [from, to) set; 0 <= from < 64, from <= to <= 64.
    static quint64 range(int from, int to)
    {
        const quint64 upTo = to >= 64 ? ~quint64(0) : (quint64(1) << to) - 1;
        return upTo & ~((quint64(1) << from) - 1);
    }
};
