#include "app/selftest/EncodingDetectionCheck.h"

#include <QByteArray>

#include <uchardet.h>

namespace {

// Windows-1252 bytes: „ “ – € (0x84 0x93 0x96 0x80 exist in no ISO-8859 encoding) and umlauts.
QByteArray windows1252Sample()
{
    QByteArray line("Kundennummer;Vorname;Nachname;Stra\xdf"
                    "e;Ort;Notiz\r\n"
                    "K100001;J\xfcrgen;M\xfcller;Hauptstra\xdf"
                    "e 5;K\xf6ln;\x84R\xfc"
                    "ckruf erbeten\x93 \x96 Umsatz 1.250,00 \x80\r\n"
                    "K100002;B\xe4rbel;Gr\xf6\xdf"
                    "er;Am B\xe4"
                    "chle 3;M\xfcnchen;\x84Gr\xfc\xdf"
                    "e an Frau \xd6zt\xfcrk\x93\r\n");
    return line.repeated(4);
}

}

QString EncodingDetectionCheck::name() const
{
    return tr("Encoding detection (uchardet)");
}

SelfCheck::Outcome EncodingDetectionCheck::run()
{
    const QByteArray sample = windows1252Sample();
    uchardet_t handle = uchardet_new();
    uchardet_handle_data(handle, sample.constData(), size_t(sample.size()));
    uchardet_data_end(handle);
    const QString charset = QString::fromLatin1(uchardet_get_charset(handle));
    uchardet_delete(handle);
    if (charset.compare(QLatin1String("WINDOWS-1252"), Qt::CaseInsensitive) != 0)
        return fail(tr("a Windows-1252 sample was detected as \"%1\"").arg(charset));
    return pass(charset);
}
