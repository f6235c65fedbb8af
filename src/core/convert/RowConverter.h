#pragma once

#include "core/convert/ConvertedRow.h"
#include "core/convert/datetime/DateTimeConverter.h"
#include "core/convert/phone/PhoneNormalizer.h"
#include "core/mapping/ConsentTable.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/SourceRecord.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVector>

#include <memory>

// Turns one source record into one contact payload object (docs/api.md "The contact payload") with every
// issue pinned to its cell. Built once per file from the profile, the catalog and the file's
// headers; immutable afterwards, so convert() may run on many threads at once (the engine and the
// Validator do exactly that).
//
//   RowConverter converter(profile, catalog, source.headers());
//   if (converter.hasSetupErrors()) ... converter.setupIssues() ...
//   ConvertedRow row = converter.convert(source.record(i));
//
// Rules: every value trimmed; empty cells are left out (never blank existing data); an invalid cell
// is left out and its Error issue makes row.hasErrors() true — such rows must not be sent, they go
// back to the user. Several columns on full_name are joined with a space in profile order; several
// columns on a phone handle become a list of valid E.164 numbers (API: the first valid one is used)
// plus "country_codes" with each number's region. A row with nothing to send has an empty payload.
//
// Datetime columns whose format is "auto" decide day/month order per value when the value settles
// it; pass the Validator's per-column decisions (ValidationReport::decisions()) to apply what the
// whole column showed, as `convert` does.
class RowConverter
{
public:
    struct Decisions
    {
        QHash<int, DateTimeFormat> dateFormats;   // by source column index
        QHash<int, QChar> decimals;   // by source column index
    };

    struct Column
    {
        int index = -1;   // source column
        QString header;
        FieldDefinition field;
        ColumnMapping mapping;
        std::shared_ptr<DateTimeConverter> dateTime;
        std::shared_ptr<ConsentTable> consent;
        QChar decimal;
        bool decimalFromProfile = false;   // the profile sets the mark; no column decision
        QChar listSeparator;
        int slot = -1;   // payload key slot (keys())
        bool sharedKey = false;   // several columns on this key (phones: a list + country_codes)
    };

    RowConverter(const MappingProfile &profile, const FieldCatalog &catalog, const QStringList &headers,
                 const Decisions &decisions = {});

    // Problems with the mapping itself (unknown target, two columns on one single-valued target,
    // a profile header missing from the file). Lines are 0: they concern the whole file.
    const QList<ValidationIssue> &setupIssues() const { return m_setupIssues; }
    bool hasSetupErrors() const;

    ConvertedRow convert(const SourceRecord &record) const;

    // The fast path of the same conversion (Validator, `convert`): typed values, one slot per
    // payload key in the order QJsonObject writes them, in a buffer reused row after row — no
    // QJsonObject, no JSON document. String values may point into `record`'s cells, so the
    // buffer is valid only while the record is.
    struct Value
    {
        enum class Type : quint8 { None, String, Number, Boolean, StringList };
        Type type = Type::None;
        bool boolean = false;
        double number = 0;
        QStringView text;   // String: into the record, into `owned`, or an interned (StringPool) text
        QString owned;   // storage for a computed String value, kept (with its capacity) from row to
                         // row: it may still hold an earlier row's text; only `text` says what is sent
        QStringList list;   // StringList
        QString toString() const { return text.toString(); }
    };
    struct Buffer
    {
        QVector<Value> values;   // by slot, parallel to keys()
        QList<ValidationIssue> issues;
        // Date/datetime columns, parallel to columns(): 0 empty or missing cell, 1 unreadable,
        // 2 read into dateParts (the Validator's per-column statistics need no second parse).
        QVector<qint8> dateState;
        QVector<DateTimeFormat::Parts> dateParts;
        // A value only the whole column can settle (day/month order, Excel serials, decimal
        // mark): the Validator converts the row again once the column is decided.
        bool columnDecides = false;
        DateTimeConverter::Result date;   // scratch for the date columns, reused row after row
        bool isEmpty() const;
        bool hasErrors() const;
    };
    void convert(const SourceRecord &record, Buffer *buffer) const;
    // The buffer's strings are views into the record: a temporary record would be gone before
    // appendJson() reads them (AddressSanitizer caught exactly that). Name the record instead.
    void convert(SourceRecord &&record, Buffer *buffer) const = delete;
    void convert(const SourceRecord &&record, Buffer *buffer) const = delete;
    // Compact JSON of the buffer's payload, byte for byte QJsonDocument(payload).toJson(Compact).
    void appendJson(const Buffer &buffer, QByteArray *out) const;
    QJsonObject toJsonObject(const Buffer &buffer) const;
    const QStringList &keys() const { return m_keys; }
    int slotOf(const QString &key) const { return int(m_keys.indexOf(key)); }
    const QVector<int> &identifierSlots() const { return m_identifierSlots; }   // FieldCatalog::identifierKeys()

    const QVector<Column> &columns() const { return m_columns; }
    const MappingProfile &profile() const { return m_profile; }
    QStringList headers() const { return m_headers; }

    // What a target resolves to for this profile + catalog (custom:/channel: unknown to the
    // catalog are accepted when the profile says their type); invalid when unknown.
    static FieldDefinition resolveTarget(const ColumnMapping &mapping, const FieldCatalog &catalog);

private:
    void addSetupIssue(const ColumnMapping *m, int column, const QString &kind, const QString &message,
                       ValidationIssue::Severity severity);

    MappingProfile m_profile;
    QStringList m_headers;
    QVector<Column> m_columns;
    QList<ValidationIssue> m_setupIssues;
    PhoneNormalizer m_phones;
    QStringList m_keys;   // payload keys in QJsonObject order
    QVector<QByteArray> m_keyJson;
    QVector<int> m_identifierSlots;
    int m_fullNameSlot = -1;
    int m_countryCodesSlot = -1;
    QString m_invalidNumberMessage, m_invalidBooleanMessage, m_invalidConsentMessage, m_controlCharacterMessage;
};
