#pragma once

#include <QtAlgorithms>
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// The first byte in [p, end) equal to one of a, b, c, d, or (if `high`) >= 0x80; `end` if none.
// 16 bytes at a time with SSE2 (every x86-64 has it): most CSV bytes are plain text, and
// skipping them quickly is what makes a 170 MB scan take a fraction of a second.
inline const uchar *findCsvSpecial(const uchar *p, const uchar *end, uchar a, uchar b, uchar c, uchar d, bool high)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(char(a)), vb = _mm_set1_epi8(char(b)), vc = _mm_set1_epi8(char(c)),
                  vd = _mm_set1_epi8(char(d));
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                         _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
        int mask = _mm_movemask_epi8(hit);
        if (high)
            mask |= _mm_movemask_epi8(x);
        if (mask)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end) {
        const uchar x = *p;
        if (x == a || x == b || x == c || x == d || (high && x >= 0x80))
            return p;
        ++p;
    }
    return p;
}

#if defined(__SSE2__)
// Widens the 16 bytes at src into 16 units at dst, whatever they are, and returns how many of
// them, from the first, are ASCII (16 if all). The step of the fast paths that may read and write
// past a text's end (the caller makes sure 16 bytes and 16 units are there).
inline int widen16(const char *src, char16_t *dst)
{
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src));
    const __m128i zero = _mm_setzero_si128();
    _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), _mm_unpacklo_epi8(x, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + 8), _mm_unpackhi_epi8(x, zero));
    const int high = _mm_movemask_epi8(x);
    return high ? int(qCountTrailingZeroBits(uint(high))) : 16;
}
#endif

// Widens n bytes to UTF-16 while they are ASCII (then every byte encoding the reader knows gives
// the same text, and the general decoder is not needed). Returns false at the first byte >= 0x80;
// dst is then partly written. Eight bytes a step with SSE2: short cells are the common case.
inline bool widenAscii(const char *src, qsizetype n, char16_t *dst)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i));
        if (_mm_movemask_epi8(x))
            return false;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + i), _mm_unpacklo_epi8(x, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + i + 8), _mm_unpackhi_epi8(x, zero));
    }
    if (i + 8 <= n) {
        const __m128i x = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(src + i));
        if (_mm_movemask_epi8(x))
            return false;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + i), _mm_unpacklo_epi8(x, zero));
        i += 8;
    }
#endif
    for (; i < n; ++i) {
        const uchar c = uchar(src[i]);
        if (c >= 0x80)
            return false;
        dst[i] = c;
    }
    return true;
}
