#pragma once

#include "core/identity/ContactRowNormalizer.h"
#include "core/preview/ImportMode.h"
#include "core/preview/RowPrediction.h"

#include <QHash>
#include <QJsonObject>
#include <QVector>

// Predicts, row after row, what the service's upsert does (docs/sandbox.md "Identity" and
// "Conflicts"), from the contacts GET /contact_details returned for the file's identifiers. Rows are
// applied to an in-memory copy in file order, so a later row sees what an earlier row of the same
// file created or changed — exactly as the service processes an import. Pure: no network, so the
// rules are tested alone (tests/core/tst_importpredictor.cpp) and the sandbox test compares them
// with the real outcome.
class ImportPredictor
{
public:
    explicit ImportPredictor(ContactRowNormalizer normalizer);

    // One GET /contact_details row (id, external_id, the handles and the mapped keys). A contact
    // seen twice is kept once (the first answer wins; the lookups run before any row is applied).
    void addKnownContact(const QJsonObject &contact);
    int knownContacts() const { return int(m_contacts.size()); }

    // Predicts one payload row and, when `mode` sends it, applies it to the copy (a row the mode
    // keeps back changes nothing, so the rows after it are predicted as the service will see them).
    RowPrediction predict(const QJsonObject &payload, qint64 line, const ImportMode &mode = {});

private:
    struct Contact
    {
        QString id;
        QString externalId;
        QString handles[ContactRowNormalizer::HandleCount];
        QJsonObject data;
    };
    void index(int at);
    void unindex(int at);

    ContactRowNormalizer m_normalizer;
    QVector<Contact> m_contacts;
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byIdentifier[1 + ContactRowNormalizer::HandleCount];   // external_id, handles
};
