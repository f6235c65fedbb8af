// Benchmark + proof for `validate` and `convert` on the 1M-row reference file:
//   python3 tests/bench/gen_contacts.py 1000000 /tmp/c1m.csv      (seed 7)
//   build/default/tests/bench_validate [/tmp/c1m.csv] [--no-proof]
// Prints wall times (validate with phone, email, datetime and duplicate checks; convert to
// JSONL), the issue counts, and checks (1) invalid phones == 467,105 as libphonenumber counts
// (py_validate_baseline.py), (2) the fast phone path equals Parse + IsValidNumber on every number
// of the file (E.164 and region too). Exit code 1 when a check fails.
#include "core/convert/PayloadBatchWriter.h"
#include "core/convert/phone/PhoneNormalizer.h"
#include "core/mapping/FieldCatalog.h"
#include "core/source/RecordSourceFactory.h"
#include "core/validate/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace {
// User + system CPU seconds of the whole process so far: on a shared machine the wall time says
// little, the CPU time says what a quiet one would need (divided by the cores).
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

FieldCatalog benchCatalog()
{
    FieldCatalog c;
    FieldCatalog::fromCacheJson(R"({"custom_fields": [
        {"key": "last_contacted_at", "name": "Last Contacted", "type": "datetime", "entity": "contact"},
        {"key": "customer_status", "name": "Customer Status", "type": "string", "entity": "contact"},
        {"key": "revenue", "name": "Revenue", "type": "number", "entity": "contact"},
        {"key": "notes", "name": "Notes", "type": "string", "entity": "contact"}],
      "marketing_channels": [{"key": "newsletter", "name": "Newsletter", "channel_type": "email"},
        {"key": "whatsapp_opt_in", "name": "WhatsApp Opt-in", "channel_type": "whatsapp"}]})",
                                &c, nullptr);
    return c;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path = QStringLiteral("/tmp/c1m.csv");
    bool proof = true;
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("--no-proof"))
            proof = false;
        else
            path = a;
    }
    QString error;
    QElapsedTimer total;
    total.start();
    const std::unique_ptr<RecordSource> source = RecordSourceFactory::open(path, ReadOptions(), &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const double openSeconds = total.elapsed() / 1000.0;
    const FieldCatalog catalog = benchCatalog();
    const MappingProfile profile = Validator::autoProfile(*source, catalog);
    for (const ColumnMapping &m : profile.columns())
        std::printf("  %-16s -> %s\n", qPrintable(m.header), m.target.isEmpty() ? "(null)" : qPrintable(m.target));

    QElapsedTimer t;
    t.start();
    double cpu = cpuSeconds();
    const ValidationReport report = Validator(profile, catalog).run(*source);
    const double validateSeconds = t.elapsed() / 1000.0;
    std::printf("open+index: %.2f s; validate: %.2f s wall, %.2f s CPU (%lld rows, %lld valid)\n", openSeconds,
                validateSeconds, cpuSeconds() - cpu, report.rows, report.validRows);
    for (auto it = report.issuesByKind.begin(); it != report.issuesByKind.end(); ++it)
        std::printf("  %-24s %lld\n", qPrintable(it.key()), it.value());
    bool ok = true;
    const qint64 invalidPhones = report.count(QStringLiteral("invalid_phone"));
    std::printf("invalid phones: %lld (libphonenumber/py peer: 467105) %s\n", invalidPhones,
                invalidPhones == 467105 ? "OK" : "MISMATCH");
    ok = ok && (invalidPhones == 467105 || !path.endsWith(QLatin1String("c1m.csv")));

    t.restart();
    cpu = cpuSeconds();
    QFile out(QStringLiteral("/tmp/bench_validate_payloads.jsonl"));
    if (!out.open(QIODevice::WriteOnly))
        return 2;
    PayloadBatchWriter writer(profile.batchSize(), [&out](const QByteArray &o, int) {
        out.write(o);
        out.write("\n", 1);
    });
    Validator::Options options;
    options.validRow = [&writer](qint64, QByteArrayView json) { writer.add(json); };
    const ValidationReport converted = Validator(profile, catalog).run(*source, options);
    writer.finish();
    out.close();
    std::printf("convert: %.2f s wall, %.2f s CPU (%lld contacts in %lld import objects)\n", t.elapsed() / 1000.0,
                cpuSeconds() - cpu, writer.contacts(), writer.batches());
    Q_UNUSED(converted);

    if (proof) {
        // Every number of the phone column through both paths, on all cores.
        int phoneColumn = -1;
        for (int i = 0; i < source->headers().size(); ++i) {
            if (profile.columnForHeader(source->headers().at(i)) &&
                profile.columnForHeader(source->headers().at(i))->target == QLatin1String("whatsapp"))
                phoneColumn = i;
        }
        t.restart();
        const qint64 n = source->recordCount();
        std::atomic<qint64> mismatches{0}, invalid{0};
        auto work = [&](qint64 first, qint64 last) {
            PhoneNormalizer fast(QStringLiteral("DE"));
            PhoneNormalizer slow(QStringLiteral("DE"));
            slow.setFastPathEnabled(false);
            Validator::visitRange(*source, first, last - first, [&](const SourceRecord &r) {
                const QString &cell = r.cells.at(phoneColumn);
                const PhoneNormalizer::Result a = fast.normalize(cell), b = slow.normalize(cell);
                if (!b.valid)
                    ++invalid;
                if (a.valid != b.valid || a.e164 != b.e164 || a.region != b.region) {
                    if (mismatches++ < 10)
                        std::printf("  MISMATCH line %lld: %s fast=%d slow=%d\n", r.line, qPrintable(cell), a.valid,
                                    b.valid);
                }
                return true;
            });
        };
        std::vector<std::thread> threads;
        const int workers = std::max(1, QThread::idealThreadCount());
        for (int k = 0; k < workers; ++k)
            threads.emplace_back(work, n * k / workers, n * (k + 1) / workers);
        for (std::thread &th : threads)
            th.join();
        std::printf("proof: fast path vs Parse+IsValidNumber on %lld numbers: %lld mismatches, libphonenumber "
                    "invalid %lld (%.1f s)\n",
                    n, mismatches.load(), invalid.load(), t.elapsed() / 1000.0);
        ok = ok && mismatches == 0;
    }
    return ok ? 0 : 1;
}
