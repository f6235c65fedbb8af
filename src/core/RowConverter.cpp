#include "RowConverter.h"

#include "EmailNormalizer.h"
#include "ScalarConverters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RowConverter", text);
}

using T = FieldDefinition::ValueType;
}

FieldDefinition RowConverter::resolveTarget(const ColumnMapping &mapping, const FieldCatalog &catalog)
{
    if (const FieldDefinition *known = catalog.find(mapping.target)) {
        FieldDefinition f = *known;
        bool ok = false;
        const T declared = FieldDefinition::typeFromName(mapping.type, &ok);
        if (ok && f.kind == FieldDefinition::Kind::Custom)
            f.type = declared;   // the profile may refine an unknown upstream type, never a standard one
        return f;
    }
    FieldDefinition f;
    if (mapping.target.startsWith(QLatin1String("custom:")) && mapping.target.size() > 7) {
        bool ok = false;
        f.type = FieldDefinition::typeFromName(mapping.type.isEmpty() ? QStringLiteral("string") : mapping.type, &ok);
        if (!ok)
            return FieldDefinition();
        f.kind = FieldDefinition::Kind::Custom;
    } else if (mapping.target.startsWith(QLatin1String("channel:")) && mapping.target.size() > 8) {
        f.kind = FieldDefinition::Kind::Channel;
        f.type = T::Consent;
    } else {
        return FieldDefinition();
    }
    f.target = mapping.target;
    f.apiKey = mapping.target.mid(mapping.target.indexOf(QLatin1Char(':')) + 1);
    f.label = f.apiKey;
    return f;
}

RowConverter::RowConverter(const MappingProfile &profile, const FieldCatalog &catalog, const QStringList &headers,
                           const Decisions &decisions)
    : m_profile(profile)
    , m_headers(headers)
    , m_phones(profile.defaultRegion())
{
    const QString zoneId = profile.sourceTimeZone();
    auto zone = std::make_shared<const ZoneResolver>(zoneId.toUtf8());
    ConsentTable baseConsent;
    baseConsent.merge(profile.consentValues());
    QHash<QString, int> singleTargets;   // target -> first column using it

    for (int i = 0; i < headers.size(); ++i) {
        const ColumnMapping *m = profile.columnForHeader(headers.at(i));
        if (!m || !m->isMapped())
            continue;
        Column c;
        c.index = i;
        c.header = headers.at(i);
        c.mapping = *m;
        c.field = resolveTarget(*m, catalog);
        if (!c.field.isValid()) {
            addSetupIssue(m, i, QStringLiteral("unknown_target"),
                          tr("column \"%1\" is mapped to \"%2\", which is neither a contact field nor a known custom "
                             "field or channel; pick another target or add \"type\" for a custom field")
                              .arg(c.header, m->target),
                          ValidationIssue::Severity::Error);
            continue;
        }
        if (!c.field.combinable) {
            if (singleTargets.contains(c.field.target)) {
                addSetupIssue(m, i, QStringLiteral("mapping_conflict"),
                              tr("columns \"%1\" and \"%2\" are both mapped to %3, which holds one value; "
                                 "map one of them to another target or to nothing")
                                  .arg(headers.at(singleTargets.value(c.field.target)), c.header, c.field.target),
                              ValidationIssue::Severity::Error);
                continue;
            }
            singleTargets.insert(c.field.target, i);
        }
        if (c.field.type == T::Date || c.field.type == T::DateTime) {
            DateTimeConverter::Options o;
            o.format = decisions.dateFormats.contains(i) ? decisions.dateFormats.value(i)
                                                         : DateTimeFormat::fromProfile(m->format);
            if (profile.twoDigitYearPivot() > 0)
                o.format.pivot = profile.twoDigitYearPivot();
            o.dateOnly = c.field.type == T::Date;
            o.zone = zone;
            o.zoneExplicit = profile.timeZoneIsExplicit();
            o.gapRule = profile.dstGapRule();
            o.overlapRule = profile.dstOverlapRule();
            c.dateTime = std::make_shared<DateTimeConverter>(o);
            if (!o.dateOnly && !zone->isValid())
                addSetupIssue(m, i, QStringLiteral("unknown_timezone"),
                              tr("the source time zone \"%1\" is unknown; set \"source_timezone\" to an IANA name such as Europe/Berlin")
                                  .arg(zoneId),
                              ValidationIssue::Severity::Error);
        } else if (c.field.type == T::Consent) {
            auto table = std::make_shared<ConsentTable>(baseConsent);
            table->merge(m->extra.value(QLatin1String("values")).toObject());
            c.consent = table;
        } else if (c.field.type == T::Number) {
            const QString d = m->option("decimal");
            if (d == QLatin1String(",") || d == QLatin1String("."))
                c.decimal = d.at(0);
            else
                c.decimal = decisions.decimals.value(i);
        } else if (c.field.type == T::StringList) {
            const QString s = m->option("separator");
            if (!s.isEmpty())
                c.listSeparator = s == QLatin1String("\\n") ? QLatin1Char('\n') : s.at(0);
        }
        m_columns.append(c);
    }
    for (const QString &missing : profile.missingHeaders(headers)) {
        ValidationIssue issue;
        issue.kind = QStringLiteral("missing_column");
        issue.columnHeader = missing;
        issue.message = tr("the profile maps a column \"%1\" that this file does not have; its data will be missing "
                           "— check the file or update the profile").arg(missing);
        issue.severity = ValidationIssue::Severity::Warning;
        m_setupIssues.append(issue);
    }
}

void RowConverter::addSetupIssue(const ColumnMapping *m, int column, const QString &kind, const QString &message,
                                 ValidationIssue::Severity severity)
{
    ValidationIssue issue;
    issue.column = column;
    issue.columnHeader = m ? m->header : QString();
    issue.kind = kind;
    issue.message = message;
    issue.value = m ? m->target : QString();
    issue.severity = severity;
    m_setupIssues.append(issue);
}

bool RowConverter::hasSetupErrors() const
{
    for (const ValidationIssue &i : m_setupIssues) {
        if (i.severity == ValidationIssue::Severity::Error)
            return true;
    }
    return false;
}

ConvertedRow RowConverter::convert(const SourceRecord &record) const
{
    ConvertedRow row;
    row.recordIndex = record.index;
    row.line = record.line;

    auto issue = [&](const Column &c, const QString &value, const QString &kind, const QString &message,
                     ValidationIssue::Severity severity) {
        ValidationIssue i;
        i.line = record.line;
        i.column = c.index;
        i.columnHeader = c.header;
        i.kind = kind;
        i.message = message;
        i.value = value;
        i.severity = severity;
        row.issues.append(i);
    };

    QString fullName;
    struct PhoneList
    {
        QString key;
        QJsonArray numbers;
        QStringList regions;
        int invalid = 0;
        QList<int> invalidIssueIndexes;
    };
    QVector<PhoneList> phones;

    for (const Column &c : m_columns) {
        if (c.index >= record.cells.size())
            continue;
        const QString &raw = record.cells.at(c.index);
        const QStringView cell = QStringView(raw).trimmed();
        if (cell.isEmpty())
            continue;
        const QString &key = c.field.apiKey;
        switch (c.field.type) {
        case T::String:
            if (key == QLatin1String("full_name")) {
                if (!fullName.isEmpty())
                    fullName += QLatin1Char(' ');
                fullName += cell;
            } else {
                row.payload.insert(key, cell.toString());
            }
            break;
        case T::Email: {
            const EmailNormalizer::Result e = EmailNormalizer::normalize(cell);
            if (e.valid)
                row.payload.insert(key, e.address);
            else
                issue(c, raw, QStringLiteral("invalid_email"), e.message, ValidationIssue::Severity::Error);
            break;
        }
        case T::Phone: {
            const PhoneNormalizer::Result p = m_phones.normalize(cell);
            auto it = std::find_if(phones.begin(), phones.end(), [&](const PhoneList &l) { return l.key == key; });
            if (it == phones.end()) {
                phones.append(PhoneList{key, {}, {}, 0, {}});
                it = phones.end() - 1;
            }
            if (p.valid) {
                if (!it->numbers.contains(p.e164)) {
                    it->numbers.append(p.e164);
                    it->regions.append(p.region);
                }
            } else {
                it->invalidIssueIndexes.append(int(row.issues.size()));
                issue(c, raw, QStringLiteral("invalid_phone"), p.message, ValidationIssue::Severity::Error);
            }
            break;
        }
        case T::Date:
        case T::DateTime: {
            const DateTimeConverter::Result d = c.dateTime->convert(cell);
            if (d.sent())
                row.payload.insert(key, d.text);
            if (!d.kind.isEmpty())
                issue(c, raw, d.kind, d.message, d.severity);
            break;
        }
        case T::Number: {
            double v = 0;
            if (ScalarConverters::parseNumber(cell, c.decimal, &v))
                row.payload.insert(key, v);
            else if (c.decimal.isNull() && ScalarConverters::parseNumber(cell, QLatin1Char(','), &v))
                issue(c, raw, QStringLiteral("ambiguous_number"),
                      tr("\"%1\" could be a thousand or a decimal number; set the column's decimal mark (\",\" or \".\")").arg(raw),
                      ValidationIssue::Severity::Error);
            else
                issue(c, raw, QStringLiteral("invalid_number"),
                      tr("not a number this program can read; write it like 1234,56 or 1234.56, or set the column's decimal mark"),
                      ValidationIssue::Severity::Error);
            break;
        }
        case T::Boolean: {
            bool v = false;
            if (ScalarConverters::parseBoolean(cell, &v))
                row.payload.insert(key, v);
            else
                issue(c, raw, QStringLiteral("invalid_boolean"),
                      tr("not a yes/no value; use ja/nein, yes/no, true/false or 1/0"), ValidationIssue::Severity::Error);
            break;
        }
        case T::StringList: {
            const QStringList items = ScalarConverters::splitList(cell, c.listSeparator);
            if (!items.isEmpty())
                row.payload.insert(key, QJsonArray::fromStringList(items));
            break;
        }
        case T::Consent: {
            const QString state = c.consent->lookup(cell);
            if (!state.isEmpty())
                row.payload.insert(key, state);
            else
                issue(c, raw, QStringLiteral("invalid_consent"),
                      tr("unknown consent value; add it to the column's value table as accepted, declined or requested"),
                      ValidationIssue::Severity::Error);
            break;
        }
        }
    }
    if (!fullName.isEmpty())
        row.payload.insert(QStringLiteral("full_name"), fullName);
    bool countryCodesWritten = false;
    for (PhoneList &l : phones) {
        if (l.numbers.isEmpty())
            continue;
        // Another valid number in the same handle is used instead: the bad one is only a warning.
        for (int idx : l.invalidIssueIndexes)
            row.issues[idx].severity = ValidationIssue::Severity::Warning;
        const bool severalColumns = std::count_if(m_columns.begin(), m_columns.end(),
                                                  [&](const Column &c) { return c.field.apiKey == l.key; }) > 1;
        if (!severalColumns) {
            row.payload.insert(l.key, l.numbers.first());
        } else {
            row.payload.insert(l.key, l.numbers);
            if (!countryCodesWritten) {   // one country_codes key per contact: it follows the first list
                row.payload.insert(QStringLiteral("country_codes"), QJsonArray::fromStringList(l.regions));
                countryCodesWritten = true;
            }
        }
    }
    return row;
}
