#include "core/convert/RowConverter.h"

#include "core/convert/EmailNormalizer.h"
#include "core/convert/ScalarConverters.h"
#include "core/text/JsonWriter.h"
#include "core/text/StringLength.h"
#include "core/text/StringPool.h"
#include "core/text/TrimmedView.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QVarLengthArray>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RowConverter", text);
}

using T = FieldDefinition::ValueType;

// The first C0 control character (other than tab, line feed and carriage return, which quoted
// CSV cells may hold) or DEL; 0 if there is none. Runs on every mapped cell, so eight units are
// tested at a time (SSE2) and only a block holding a candidate is looked at one unit at a time.
char16_t firstControlCharacter(QStringView cell)
{
    const char16_t *p = reinterpret_cast<const char16_t *>(cell.utf16());
    const char16_t *const end = p + cell.size();
    auto scalar = [](const char16_t *from, const char16_t *to) -> char16_t {
        for (; from < to; ++from) {
            const char16_t u = *from;
            if (Q_UNLIKELY(u < 0x20 || u == 0x7f) && u != u'\t' && u != u'\n' && u != u'\r')
                return u == 0 ? char16_t(0xffff) : u;   // NUL as non-zero, so the caller sees it
        }
        return 0;
    };
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi16(0x20), del = _mm_set1_epi16(0x7f), zero = _mm_setzero_si128();
    for (; end - p >= 8; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // 0x20 - v (unsigned, saturating) is non-zero exactly for units below 0x20.
        const __m128i notBelowSpace = _mm_cmpeq_epi16(_mm_subs_epu16(space, v), zero);
        const int candidates = (~_mm_movemask_epi8(notBelowSpace) & 0xffff) |
                               _mm_movemask_epi8(_mm_cmpeq_epi16(v, del));
        if (Q_UNLIKELY(candidates != 0)) {
            if (const char16_t found = scalar(p, p + 8))
                return found;
        }
    }
#endif
    return scalar(p, end);
}
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

    const QVector<const ColumnMapping *> mappings = profile.columnsForHeaders(headers);
    for (int i = 0; i < headers.size(); ++i) {
        const ColumnMapping *m = mappings.at(i);
        if (!m || !m->isMapped())
            continue;
        Column c;
        c.index = i;
        c.header = StringPool::intern(headers.at(i));   // copied into every issue of the column
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
                              tr("the source time zone \"%1\" is unknown; set \"source_timezone\" to an IANA name such "
                                 "as Europe/Berlin")
                                  .arg(zoneId),
                              ValidationIssue::Severity::Error);
        } else if (c.field.type == T::Consent) {
            auto table = std::make_shared<ConsentTable>(baseConsent);
            table->merge(m->extra.value(QLatin1String("values")).toObject());
            c.consent = table;
        } else if (c.field.type == T::Number) {
            const QString d = m->option("decimal");
            c.decimalFromProfile = d == QLatin1String(",") || d == QLatin1String(".");
            if (c.decimalFromProfile)
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
    // Payload key slots, in the order QJsonObject keeps (and toJson writes) its keys.
    {
        QJsonObject order;
        for (const Column &c : std::as_const(m_columns))
            order.insert(c.field.apiKey, QJsonValue());
        for (const Column &c : std::as_const(m_columns)) {
            const qsizetype sharing = std::count_if(m_columns.cbegin(), m_columns.cend(),
                                                    [&](const Column &o) { return o.field.apiKey == c.field.apiKey; });
            if (c.field.type == T::Phone && sharing > 1)
                order.insert(QStringLiteral("country_codes"), QJsonValue());
        }
        m_keys = order.keys();
        for (const QString &key : std::as_const(m_keys)) {
            QByteArray k;
            JsonWriter::appendString(k, key);
            k += ':';
            m_keyJson.append(k);
        }
        m_fullNameSlot = int(m_keys.indexOf(QStringLiteral("full_name")));
        for (const QString &key : FieldCatalog::identifierKeys())
            m_identifierSlots.append(int(m_keys.indexOf(key)));
        m_countryCodesSlot = int(m_keys.indexOf(QStringLiteral("country_codes")));
        for (Column &c : m_columns) {
            c.slot = int(m_keys.indexOf(c.field.apiKey));
            c.sharedKey = std::count_if(m_columns.cbegin(), m_columns.cend(),
                                        [&](const Column &o) { return o.field.apiKey == c.field.apiKey; }) > 1;
        }
    }
    m_invalidNumberMessage = StringPool::intern(
        tr("not a number this program can read; write it like 1234,56 or 1234.56, or set the column's decimal mark"));
    m_controlCharacterMessage = tr(
        "the cell holds the control character U+%1, which no text field allows; the file is damaged here "
        "(e.g. binary data after the table) — check the file and export it again");
    m_invalidBooleanMessage = StringPool::intern(tr("not a yes/no value; use ja/nein, yes/no, true/false or 1/0"));
    m_invalidConsentMessage = StringPool::intern(
        tr("unknown consent value; add it to the column's value table as accepted, declined or requested"));
    for (const QString &missing : profile.missingHeaders(headers)) {
        ValidationIssue issue;
        issue.kind = QStringLiteral("missing_column");
        issue.columnHeader = missing;
        issue.message = tr("the profile maps a column \"%1\" that this file does not have; its data will be missing "
                           "— check the file or update the profile")
                            .arg(missing);
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

bool RowConverter::Buffer::isEmpty() const
{
    for (const Value &v : values) {
        if (v.type != Value::Type::None)
            return false;
    }
    return true;
}

bool RowConverter::Buffer::hasErrors() const
{
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Error)
            return true;
    }
    return false;
}

ConvertedRow RowConverter::convert(const SourceRecord &record) const
{
    Buffer buffer;
    convert(record, &buffer);
    ConvertedRow row;
    row.recordIndex = record.index;
    row.line = record.line;
    row.payload = toJsonObject(buffer);
    row.issues = buffer.issues;
    return row;
}

void RowConverter::convert(const SourceRecord &record, Buffer *buffer) const
{
    if (buffer->values.size() != m_keys.size())
        buffer->values.resize(m_keys.size());
    Value *const values = buffer->values.data();   // one detach check per row, not one per access
    for (qsizetype k = 0; k < m_keys.size(); ++k)
        values[k].type = Value::Type::None;
    buffer->issues.clear();
    if (buffer->dateState.size() != m_columns.size()) {
        buffer->dateState.resize(m_columns.size());
        buffer->dateParts.resize(m_columns.size());
    }
    qint8 *const dateState = buffer->dateState.data();
    DateTimeFormat::Parts *const dateParts = buffer->dateParts.data();
    std::fill(dateState, dateState + m_columns.size(), qint8(0));
    buffer->columnDecides = false;

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
        buffer->issues.append(std::move(i));
    };
    // A value is a view: of the record's cell, of a string that lives as long as the process
    // (consent states), or of the value's own storage (computed text, reused row after row).
    auto setText = [&](int slot, QStringView text) {
        Value &v = values[slot];
        v.type = Value::Type::String;
        v.text = text;
    };
    auto setOwned = [&](int slot, const QString &text) {
        Value &v = values[slot];
        v.type = Value::Type::String;
        v.owned = text;
        v.text = v.owned;
    };

    if (Q_UNLIKELY(record.truncated)) {
        ValidationIssue i;
        i.line = record.line;
        i.kind = QStringLiteral("record_too_large");
        i.message = tr("this row is longer than 64 MB, so only its start was read; it is not imported. Check the file "
                       "here for a missing line break or binary data");
        i.severity = ValidationIssue::Severity::Error;
        buffer->issues.append(std::move(i));
    }

    // Combined targets: full_name parts and phone lists, written after all columns (as before:
    // they replace a single value of the same key).
    // full_name parts: joined with one space once all are known (one allocation).
    QVarLengthArray<QStringView, 4> nameParts;
    struct PhoneList
    {
        int slot;
        QStringList numbers;
        QStringList regions;
        QVarLengthArray<int, 4> invalidIssueIndexes;
    };
    QVarLengthArray<PhoneList, 2> phones;

    for (qsizetype ci = 0; ci < m_columns.size(); ++ci) {
        const Column &c = m_columns.at(ci);
        if (c.index >= record.cells.size())
            continue;
        const QString &raw = record.cells.at(c.index);
        const QStringView cell = TrimmedView::of(raw);
        if (cell.isEmpty())
            continue;
        if (const char16_t control = firstControlCharacter(cell)) {
            // NUL and the other C0 controls are in no name, address or number a person types:
            // they are damage (a binary tail, a broken export). Sent, they would become "\u0000".
            const uint code = control == 0xffff ? 0 : uint(control);
            QString shown = raw.left(80);   // readable in a terminal and in a report: no raw NULs
            for (QChar &ch : shown) {
                if (firstControlCharacter(QStringView(&ch, 1)))
                    ch = QChar::ReplacementCharacter;
            }
            issue(
                c, shown, QStringLiteral("control_character"),
                m_controlCharacterMessage.arg(QString::number(code, 16).rightJustified(4, QLatin1Char('0')).toUpper()),
                ValidationIssue::Severity::Error);
            continue;
        }
        switch (c.field.type) {
        case T::String:
            if (c.slot == m_fullNameSlot)
                nameParts.append(cell);
            else
                setText(c.slot, cell);
            break;
        case T::Email: {
            QStringView unchanged;
            const EmailNormalizer::Result e = EmailNormalizer::normalize(cell, &unchanged);
            if (e.valid && e.address.isNull())
                setText(c.slot, unchanged);   // the cell itself: no copy
            else if (e.valid)
                setOwned(c.slot, e.address);
            else
                issue(c, raw, QStringLiteral("invalid_email"), e.message, ValidationIssue::Severity::Error);
            break;
        }
        case T::Phone: {
            if (!c.sharedKey) {   // the usual single column: its number or its error, no list
                Value &v = values[c.slot];
                const PhoneNormalizer::Result p = m_phones.normalizeInto(cell, &v.owned);
                if (p.valid)
                    setText(c.slot, v.owned);
                else
                    issue(c, raw, QStringLiteral("invalid_phone"), p.message, ValidationIssue::Severity::Error);
                break;
            }
            const PhoneNormalizer::Result p = m_phones.normalize(cell);
            PhoneList *list = nullptr;
            for (PhoneList &l : phones) {
                if (l.slot == c.slot)
                    list = &l;
            }
            if (!list) {
                phones.append(PhoneList{c.slot, {}, {}, {}});
                list = &phones.last();
            }
            if (p.valid) {
                if (!list->numbers.contains(p.e164)) {
                    list->numbers.append(p.e164);
                    list->regions.append(p.region);
                }
            } else {
                list->invalidIssueIndexes.append(int(buffer->issues.size()));
                issue(c, raw, QStringLiteral("invalid_phone"), p.message, ValidationIssue::Severity::Error);
            }
            break;
        }
        case T::Date:
        case T::DateTime: {
            DateTimeConverter::Result &d = buffer->date;
            c.dateTime->convert(cell, &d);
            dateState[ci] = d.parsed ? 2 : 1;
            if (d.parsed)
                dateParts[ci] = d.parts;
            buffer->columnDecides = buffer->columnDecides || d.columnDecides;
            if (d.sent()) {
                // The text moves into the value; the value's previous string becomes the next
                // value's storage (two buffers take turns, no allocation per value).
                Value &v = values[c.slot];
                v.type = Value::Type::String;
                v.owned.swap(d.text);
                v.text = v.owned;
            }
            if (!d.kind.isEmpty())
                issue(c, raw, d.kind, d.message, d.severity);
            break;
        }
        case T::Number: {
            double v = 0;
            if (ScalarConverters::parseNumber(cell, c.decimal, &v)) {
                values[c.slot].type = Value::Type::Number;
                values[c.slot].number = v;
            } else if (c.decimal.isNull() && ScalarConverters::parseNumber(cell, QLatin1Char(','), &v)) {
                buffer->columnDecides = true;
                issue(
                    c, raw, QStringLiteral("ambiguous_number"),
                    tr("\"%1\" could be a thousand or a decimal number; set the column's decimal mark (\",\" or \".\")")
                        .arg(raw),
                    ValidationIssue::Severity::Error);
            } else {
                issue(c, raw, QStringLiteral("invalid_number"), m_invalidNumberMessage,
                      ValidationIssue::Severity::Error);
            }
            break;
        }
        case T::Boolean: {
            bool v = false;
            if (ScalarConverters::parseBoolean(cell, &v)) {
                values[c.slot].type = Value::Type::Boolean;
                values[c.slot].boolean = v;
            } else {
                issue(c, raw, QStringLiteral("invalid_boolean"), m_invalidBooleanMessage,
                      ValidationIssue::Severity::Error);
            }
            break;
        }
        case T::StringList: {
            QStringList items = ScalarConverters::splitList(cell, c.listSeparator);
            if (!items.isEmpty()) {
                values[c.slot].type = Value::Type::StringList;
                values[c.slot].list = std::move(items);
            }
            break;
        }
        case T::Consent: {
            const QString state = c.consent->lookup(cell);
            if (state == ConsentTable::ignoreState())
                break;   // the user said this value means "no information": like an empty cell
            if (!state.isEmpty())
                setText(c.slot, state);   // interned: its text lives as long as the process
            else
                issue(c, raw, QStringLiteral("invalid_consent"), m_invalidConsentMessage,
                      ValidationIssue::Severity::Error);
            break;
        }
        }
    }
    if (nameParts.size() == 1) {
        setText(m_fullNameSlot, nameParts.first());
    } else if (nameParts.size() > 1) {
        qsizetype length = nameParts.size() - 1;
        for (QStringView part : nameParts)
            length += part.size();
        // Joined into the value's own string: detached and large enough (as row after row),
        // it is reused without an allocation.
        Value &v = values[m_fullNameSlot];
        if (!setLengthInPlace(&v.owned, length))
            v.owned.resize(length);
        QChar *out = v.owned.data();
        for (qsizetype i = 0; i < nameParts.size(); ++i) {
            if (i)
                *out++ = QLatin1Char(' ');
            std::copy(nameParts[i].begin(), nameParts[i].end(), out);
            out += nameParts[i].size();
        }
        v.type = Value::Type::String;
        v.text = v.owned;
    }
    bool countryCodesWritten = false;
    for (PhoneList &l : phones) {
        if (l.numbers.isEmpty())
            continue;
        // Another valid number in the same handle is used instead: the bad one is only a warning.
        for (int idx : l.invalidIssueIndexes)
            buffer->issues[idx].severity = ValidationIssue::Severity::Warning;
        // Only columns sharing their key make lists (a single column is written directly).
        values[l.slot].type = Value::Type::StringList;
        values[l.slot].list = l.numbers;
        if (!countryCodesWritten) {   // one country_codes key per contact: it follows the first list
            values[m_countryCodesSlot].type = Value::Type::StringList;
            values[m_countryCodesSlot].list = l.regions;
            countryCodesWritten = true;
        }
    }
}

void RowConverter::appendJson(const Buffer &buffer, QByteArray *out) const
{
    // Room for the worst case first, then plain pointer writes and one truncate: QByteArray's
    // append goes through insert() in Qt 6.4 and costs far more than the few bytes it copies.
    qsizetype worst = 2;   // {}
    for (int k = 0; k < buffer.values.size(); ++k) {
        const Value &v = buffer.values.at(k);
        qsizetype value = 0;
        switch (v.type) {
        case Value::Type::None:
            continue;
        case Value::Type::String:
            value = JsonWriter::maxStringBytes(v.text.size());
            break;
        case Value::Type::Number:
            value = JsonWriter::MaxNumberBytes;
            break;
        case Value::Type::Boolean:
            value = 5;
            break;
        case Value::Type::StringList:
            value = 2;
            for (const QString &item : v.list)
                value += 1 + JsonWriter::maxStringBytes(item.size());
            break;
        }
        worst += 1 + m_keyJson.at(k).size() + value;
    }
    const qsizetype start = out->size();
    out->resize(start + worst);   // grows geometrically: amortised over the rows of a chunk
    char *o = out->data() + start;
    char open = '{';
    for (int k = 0; k < buffer.values.size(); ++k) {
        const Value &v = buffer.values.at(k);
        if (v.type == Value::Type::None)
            continue;
        *o++ = open;
        open = ',';
        o = JsonWriter::writeRaw(o, m_keyJson.at(k));
        switch (v.type) {
        case Value::Type::None:
            break;
        case Value::Type::String:
            o = JsonWriter::writeString(o, v.text);
            break;
        case Value::Type::Number:
            o = JsonWriter::writeNumber(o, v.number);
            break;
        case Value::Type::Boolean:
            o = JsonWriter::writeBool(o, v.boolean);
            break;
        case Value::Type::StringList: {
            char sep = '[';
            for (const QString &item : v.list) {
                *o++ = sep;
                sep = ',';
                o = JsonWriter::writeString(o, item);
            }
            if (sep == '[')
                *o++ = '[';
            *o++ = ']';
            break;
        }
        }
    }
    if (open == '{')
        *o++ = '{';
    *o++ = '}';
    out->truncate(o - out->constData());
}

QJsonObject RowConverter::toJsonObject(const Buffer &buffer) const
{
    QJsonObject o;
    for (int k = 0; k < buffer.values.size(); ++k) {
        const Value &v = buffer.values.at(k);
        switch (v.type) {
        case Value::Type::None:
            break;
        case Value::Type::String:
            o.insert(m_keys.at(k), v.toString());
            break;
        case Value::Type::Number:
            o.insert(m_keys.at(k), v.number);
            break;
        case Value::Type::Boolean:
            o.insert(m_keys.at(k), v.boolean);
            break;
        case Value::Type::StringList:
            o.insert(m_keys.at(k), QJsonArray::fromStringList(v.list));
            break;
        }
    }
    return o;
}
