// libFuzzer target for the mapping profile loader (MappingProfile::fromJson) and the header
// index built from it (docs/robustness.md).
// Build: cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_profile_loader
// Run:   build/fuzz/tests/fuzz/fuzz_profile_loader -max_total_time=60 -max_len=4096
// Besides sanitizer findings it aborts when a promise breaks: a refused profile says why; a
// loaded one finds each of its own headers, in one pass as one by one, and misses none of them.
#include "core/mapping/MappingProfile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t length)
{
    const QByteArray json(reinterpret_cast<const char *>(bytes), qsizetype(length));
    MappingProfile profile;
    QString error;
    if (!MappingProfile::fromJson(json, &profile, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    QStringList headers;
    for (const ColumnMapping &m : profile.columns())
        headers << m.header;
    const QVector<const ColumnMapping *> found = profile.columnsForHeaders(headers);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (!found.at(i) || found.at(i) != profile.columnForHeader(headers.at(i)))
            std::abort();
    }
    if (!profile.missingHeaders(headers).isEmpty())
        std::abort();
    return 0;
}
