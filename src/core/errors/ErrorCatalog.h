#pragma once

#include "core/errors/ErrorContext.h"
#include "core/errors/PlainError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct FailedRow;
struct ValidationIssue;

// Every reason a row can fail, in plain words and the user's language (tr: English and German).
//
// Server codes (docs/sandbox.md "Errors" and "Processing rules"): PostgREST's PGRST*, PostgreSQL's
// SQLSTATEs (23505 unique, 23514 check, 23502 not null, 23503 foreign key, 22007/22008 date and
// time, 22P02 text representation, 22001/22003 too long / out of range, …) and the sandbox's own
// codes (INVALID_API_KEY, DAILY_ENTITY_LIMIT_EXCEEDED, …). A unique violation is resolved to the
// field from its constraint name (unique_whatsapp -> the WhatsApp number). A code without a sentence
// still gets one plain sentence, and its raw text stays in `detail`.
//
// Pre-flight kinds (ValidationIssue::kind: invalid_phone, nonexistent_local_time, …) get the same
// treatment; the checker's own words (which may name a refused character) go into `detail`.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)

public:
    static PlainError explain(const QString &code, const QString &rawMessage, const QString &rawHint,
                              const ErrorContext &context);
    // A pre-flight issue as the Review page lists it.
    static PlainError explain(const ValidationIssue &issue);

    // The short name of a code for filters and group headings (no raw code in it).
    static QString title(const QString &code, const QString &rawMessage = QString());

    // Every code with its own sentence (the tests check each has English and German text).
    static QStringList serverCodes();
    static QStringList issueKinds();
    // A pre-flight kind (lower-case words), not a server code.
    static bool isIssueKind(const QString &code);

    // "unique_whatsapp", "contact_email_key", "contacts_whatsapp_unique" -> "whatsapp"; empty if none.
    static QString fieldFromConstraint(const QString &constraint);

private:
    static PlainError explainServer(const QString &code, const QString &rawMessage, const QString &rawHint,
                                    const ErrorContext &context);
    static PlainError explainIssue(const QString &kind, const QString &checkerMessage, const ErrorContext &context);
    static QString fieldName(const QString &field, const ErrorContext &context);
    static QString where(const PlainError &e, const ErrorContext &context);
};
