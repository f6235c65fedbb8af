#pragma once

#include "core/mapping/ColumnSniffer.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

// Suggests a target for every column from its header and its values, with a confidence, the way
// real exports name things (Outlook, Google Contacts, HubSpot, Salesforce, German ERP and Excel
// lists), in German and English, normalised (case, accents, umlauts, punctuation: "E-Mail",
// "Email", "e-mail" are one name) and tolerant of small typos ("Emial", "Geburtstg").
//
// Never two columns silently on one single-valued target: the weaker claimant gets no target and
// `conflictWith` names the column that won, so the wizard can show the conflict and the CLI warns.
// full_name may take several columns (first + middle + last, joined in file order) unless a
// whole-name column exists; phone handles may take several columns (one list).
class HeaderMatcher
{
public:
    struct Suggestion
    {
        int column = -1;
        QString header;
        QString target;   // empty = no suggestion (not imported)
        double confidence = 0;   // 0..1; >= AcceptThreshold is used by auto-mapping
        QString reason;   // "synonym", "typo", "values", "custom field", ...
        QStringList alternatives;   // other plausible targets, best first
        int conflictWith = -1;   // column that took the target this column also matched
        QString conflictTarget;
        ColumnSniffer::Verdict values;
    };

    static constexpr double AcceptThreshold = 0.6;

    explicit HeaderMatcher(const FieldCatalog &catalog);

    // `samples[i]` are some values of column i (may be empty; more samples, better sniffing).
    QVector<Suggestion> suggest(const QStringList &headers, const QList<QStringList> &samples = {}) const;

    // A profile mapping every suggestion at or above the threshold (others map to null).
    MappingProfile profileFor(const QVector<Suggestion> &suggestions) const;

    // "E-Mail-Adresse" -> "emailadresse": case-folded, ä->ae ö->oe ü->ue ß->ss, accents and
    // everything but letters and digits dropped.
    static QString normalize(const QString &header);

private:
    struct Candidate
    {
        QString target;
        double score = 0;
        QString reason;
    };
    QList<Candidate> candidates(const QString &header, const ColumnSniffer::Verdict &values) const;

    FieldCatalog m_catalog;   // a copy: callers may pass a temporary
};
