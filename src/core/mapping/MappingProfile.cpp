#include "core/mapping/MappingProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

#include <limits>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MappingProfile", text);
}

QString looseHeader(const QString &header)
{
    return header.simplified().toCaseFolded();
}

// Edits (insert, delete, replace) from a to b: the typo "source_time_zone" is one from "source_timezone".
int editDistance(const QString &a, const QString &b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = qMin(qMin(row[j] + 1, row[j - 1] + 1), diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.size()];
}

// An unknown key is kept (it survives a load and save) but named, with the known key it most
// likely meant: a misspelt key silently ignored changes an import without anyone noticing.
void warnAboutUnknownKeys(const QJsonObject &o, const QStringList &known, const QString &where, QStringList *warnings)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        QString closest;
        int best = std::numeric_limits<int>::max();
        for (const QString &k : known) {
            const int d = editDistance(it.key().toCaseFolded(), k);
            if (d < best) {
                best = d;
                closest = k;
            }
        }
        if (best <= qMax(2, int(it.key().size()) / 3))
            warnings->append(
                QCoreApplication::translate("MappingProfile", "unknown key \"%1\"%2 is ignored; did you mean \"%3\"?")
                    .arg(it.key(), where, closest));
        else
            warnings->append(
                QCoreApplication::translate("MappingProfile", "unknown key \"%1\"%2 is ignored").arg(it.key(), where));
    }
}
}

QString MappingProfile::sourceTimeZone() const
{
    return m_sourceTimeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : m_sourceTimeZone;
}

bool MappingProfile::fromJson(const QByteArray &json, MappingProfile *profile, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail(tr("a profile is a JSON object with \"version\" and \"columns\""));
    const QJsonObject o = doc.object();
    const QJsonValue versionValue = o.value(QLatin1String("version"));
    if (!versionValue.isUndefined() && !versionValue.isDouble())
        return fail(tr("\"version\" must be the number 1"));
    const int version = versionValue.toInt(1);
    if (version != 1)
        return fail(
            tr("profile version %1 is newer than this program understands (1); update mateo-import").arg(version));

    MappingProfile p;
    p.m_extra = o;
    warnAboutUnknownKeys(o,
                         {QStringLiteral("version"), QStringLiteral("source"), QStringLiteral("default_region"),
                          QStringLiteral("source_timezone"), QStringLiteral("dst_gap"), QStringLiteral("dst_overlap"),
                          QStringLiteral("two_digit_year_pivot"), QStringLiteral("batch_size"),
                          QStringLiteral("consent_values"), QStringLiteral("columns")},
                         QString(), &p.m_warnings);
    warnAboutUnknownKeys(o.value(QLatin1String("source")).toObject(),
                         {QStringLiteral("encoding"), QStringLiteral("delimiter"), QStringLiteral("header_row"),
                          QStringLiteral("sheet")},
                         tr(" in \"source\""), &p.m_warnings);
    p.m_defaultRegion = o.value(QLatin1String("default_region")).toString().toUpper();
    p.m_sourceTimeZone = o.value(QLatin1String("source_timezone")).toString();
    if (p.m_sourceTimeZone == QLatin1String("auto"))
        p.m_sourceTimeZone.clear();
    if (!p.m_sourceTimeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(p.m_sourceTimeZone.toUtf8()))
        return fail(tr("\"source_timezone\": \"%1\" is not a known IANA time zone (e.g. Europe/Berlin)")
                        .arg(p.m_sourceTimeZone));

    const QString gap = o.value(QLatin1String("dst_gap")).toString(QStringLiteral("error"));
    if (gap == QLatin1String("shift_forward"))
        p.m_dstGap = DstGapRule::ShiftForward;
    else if (gap != QLatin1String("error"))
        return fail(tr("\"dst_gap\" must be \"error\" or \"shift_forward\", not \"%1\"").arg(gap));
    const QString overlap = o.value(QLatin1String("dst_overlap")).toString(QStringLiteral("error"));
    if (overlap == QLatin1String("earlier"))
        p.m_dstOverlap = DstOverlapRule::Earlier;
    else if (overlap == QLatin1String("later"))
        p.m_dstOverlap = DstOverlapRule::Later;
    else if (overlap != QLatin1String("error"))
        return fail(tr("\"dst_overlap\" must be \"error\", \"earlier\" or \"later\", not \"%1\"").arg(overlap));
    p.m_pivot = o.value(QLatin1String("two_digit_year_pivot")).toInt(0);
    p.m_batchSize = o.value(QLatin1String("batch_size")).toInt(0);

    // A profile whose columns cannot be read must not import "nothing" and call it done.
    const QJsonValue columnsValue = o.value(QLatin1String("columns"));
    if (!columnsValue.isUndefined() && !columnsValue.isArray())
        return fail(tr("\"columns\" must be an array of objects, each with a \"header\" and a \"target\""));
    const QJsonArray columns = columnsValue.toArray();
    for (int i = 0; i < columns.size(); ++i) {
        if (!columns.at(i).isObject())
            return fail(tr("columns[%1] is not an object; each entry is {\"header\": ..., \"target\": ...}").arg(i));
        const QJsonObject c = columns.at(i).toObject();
        warnAboutUnknownKeys(c,
                             {QStringLiteral("header"), QStringLiteral("target"), QStringLiteral("type"),
                              QStringLiteral("format"), QStringLiteral("decimal"), QStringLiteral("separator"),
                              QStringLiteral("values")},
                             tr(" in columns[%1]").arg(i), &p.m_warnings);
        ColumnMapping m;
        m.extra = c;
        m.header = c.value(QLatin1String("header")).toString();
        if (m.header.isEmpty())
            return fail(tr("columns[%1] has no \"header\"; every column entry names the header it maps").arg(i));
        m.target = c.value(QLatin1String("target")).toString();   // null -> empty
        m.type = c.value(QLatin1String("type")).toString();
        m.format = c.value(QLatin1String("format")).toString();
        p.m_columns.append(m);
    }
    *profile = p;
    return true;
}

bool MappingProfile::load(const QString &path, MappingProfile *profile, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot open the profile (%2).").arg(path, file.errorString());
        return false;
    }
    QString message;
    if (!fromJson(file.readAll(), profile, &message)) {
        if (errorMessage)
            *errorMessage = tr("%1: %2. Fix the profile or save it again from the wizard.").arg(path, message);
        return false;
    }
    return true;
}

QJsonObject MappingProfile::toJson() const
{
    QJsonObject o = m_extra;
    o.insert(QStringLiteral("version"), 1);
    const ReadOptions r = readOptions();
    QJsonObject source = o.value(QLatin1String("source")).toObject();
    source.insert(QStringLiteral("encoding"), r.encoding);
    source.insert(QStringLiteral("delimiter"), r.delimiter.isNull() ? QStringLiteral("auto") : QString(r.delimiter));
    source.insert(QStringLiteral("header_row"),
                  r.headerRow > 0 ? QJsonValue(r.headerRow) : QJsonValue(QStringLiteral("auto")));
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("default_region"), defaultRegion());
    if (m_sourceTimeZone.isEmpty())
        o.remove(QStringLiteral("source_timezone"));
    else
        o.insert(QStringLiteral("source_timezone"), m_sourceTimeZone);
    if (m_dstGap == DstGapRule::ShiftForward)
        o.insert(QStringLiteral("dst_gap"), QStringLiteral("shift_forward"));
    if (m_dstOverlap != DstOverlapRule::Error)
        o.insert(QStringLiteral("dst_overlap"),
                 m_dstOverlap == DstOverlapRule::Earlier ? QStringLiteral("earlier") : QStringLiteral("later"));
    if (m_pivot > 0)
        o.insert(QStringLiteral("two_digit_year_pivot"), m_pivot);
    if (m_batchSize > 0)
        o.insert(QStringLiteral("batch_size"), m_batchSize);
    QJsonArray columns;
    for (const ColumnMapping &m : m_columns) {
        QJsonObject c = m.extra;
        c.insert(QStringLiteral("header"), m.header);
        c.insert(QStringLiteral("target"), m.target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.target));
        if (!m.type.isEmpty())
            c.insert(QStringLiteral("type"), m.type);
        if (!m.format.isEmpty())
            c.insert(QStringLiteral("format"), m.format);
        columns.append(c);
    }
    o.insert(QStringLiteral("columns"), columns);
    return o;
}

bool MappingProfile::save(const QString &path, QString *errorMessage) const
{
    QSaveFile file(path);   // all or nothing: a crash never leaves half a profile
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot write the profile (%2).").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot write the profile (%2).").arg(path, file.errorString());
        return false;
    }
    return true;
}

ReadOptions MappingProfile::readOptions() const
{
    ReadOptions r;
    const QJsonObject source = m_extra.value(QLatin1String("source")).toObject();
    r.encoding = source.value(QLatin1String("encoding")).toString(QStringLiteral("auto"));
    const QString delimiter = source.value(QLatin1String("delimiter")).toString();
    if (delimiter == QLatin1String("\\t") || delimiter == QLatin1String("tab"))
        r.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        r.delimiter = delimiter.at(0);
    r.headerRow = source.value(QLatin1String("header_row")).toInt(0);
    r.sheet = source.value(QLatin1String("sheet")).toString();
    return r;
}

void MappingProfile::setReadOptions(const ReadOptions &options)
{
    QJsonObject source = m_extra.value(QLatin1String("source")).toObject();
    source.insert(QStringLiteral("encoding"), options.encoding);
    source.insert(QStringLiteral("delimiter"),
                  options.delimiter.isNull() ? QStringLiteral("auto") : QString(options.delimiter));
    source.insert(QStringLiteral("header_row"),
                  options.headerRow > 0 ? QJsonValue(options.headerRow) : QJsonValue(QStringLiteral("auto")));
    if (!options.sheet.isEmpty())
        source.insert(QStringLiteral("sheet"), options.sheet);
    m_extra.insert(QStringLiteral("source"), source);
}

const ColumnMapping *MappingProfile::columnForHeader(const QString &header) const
{
    for (const ColumnMapping &m : m_columns) {
        if (m.header == header)
            return &m;
    }
    const QString loose = looseHeader(header);
    for (const ColumnMapping &m : m_columns) {
        if (looseHeader(m.header) == loose)
            return &m;
    }
    return nullptr;
}

QVector<const ColumnMapping *> MappingProfile::columnsForHeaders(const QStringList &headers) const
{
    QHash<QString, const ColumnMapping *> exact, loose;   // the first column of each text wins
    exact.reserve(m_columns.size());
    loose.reserve(m_columns.size());
    for (const ColumnMapping &m : m_columns) {
        if (!exact.contains(m.header))
            exact.insert(m.header, &m);
        const QString key = looseHeader(m.header);
        if (!loose.contains(key))
            loose.insert(key, &m);
    }
    QVector<const ColumnMapping *> found(headers.size(), nullptr);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const ColumnMapping *m = exact.value(headers.at(i));
        found[i] = m ? m : loose.value(looseHeader(headers.at(i)));
    }
    return found;
}

QStringList MappingProfile::missingHeaders(const QStringList &fileHeaders) const
{
    QSet<QString> exact, loose;
    exact.reserve(fileHeaders.size());
    loose.reserve(fileHeaders.size());
    for (const QString &h : fileHeaders) {
        exact.insert(h);
        loose.insert(looseHeader(h));
    }
    QStringList missing;
    for (const ColumnMapping &m : m_columns) {
        if (m.isMapped() && !exact.contains(m.header) && !loose.contains(looseHeader(m.header)))
            missing << m.header;
    }
    return missing;
}
