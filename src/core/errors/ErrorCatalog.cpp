#include "core/errors/ErrorCatalog.h"

#include "core/mapping/FieldLabels.h"
#include "core/validate/ValidationIssue.h"

#include <QJsonArray>
#include <QRegularExpression>

// The server side of the catalog: PostgREST / PostgreSQL / sandbox codes (docs/sandbox.md). The
// pre-flight kinds are in ErrorCatalogIssues.cpp.

namespace {

const QStringList &handleFields()
{
    // Unique on the server (docs/sandbox.md "Identity"), longest first so "google_business_messaging"
    // wins over a shorter key inside a constraint name.
    static const QStringList fields{QStringLiteral("google_business_messaging"),
                                    QStringLiteral("external_id"),
                                    QStringLiteral("instagram"),
                                    QStringLiteral("whatsapp"),
                                    QStringLiteral("facebook"),
                                    QStringLiteral("email"),
                                    QStringLiteral("postal"),
                                    QStringLiteral("sms")};
    return fields;
}

QString captured(const QString &text, const QString &pattern, int group = 1)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(group) : QString();
}

// The quoted value at the end of "invalid input syntax for type numeric: "12,5"".
QString quotedValue(const QString &message)
{
    return captured(message, QStringLiteral(":\\s*\"([^\"]*)\""));
}

// The key of the payload whose value reads `value` (the server names the value, not the key).
QString fieldWithValue(const QJsonObject &input, const QString &value)
{
    if (value.isEmpty())
        return QString();
    for (auto it = input.begin(); it != input.end(); ++it) {
        QJsonValue v = it.value();
        if (v.isArray())
            v = v.toArray().first();
        if (v.toVariant().toString() == value)
            return it.key();
    }
    return QString();
}

void locate(PlainError &e, const QString &field, const ErrorContext &context)
{
    e.field = field;
    if (field.isEmpty())
        return;
    e.column = context.fieldColumns.value(field);
    const QString cell = context.cell(e.column);
    if (e.value.isEmpty())
        e.value = cell.isEmpty() ? context.sent(field) : cell;
}

bool isOneOf(const QString &code, std::initializer_list<const char *> codes)
{
    for (const char *c : codes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

}   // namespace

QStringList ErrorCatalog::serverCodes()
{
    return {QStringLiteral("23505"),
            QStringLiteral("23514"),
            QStringLiteral("23502"),
            QStringLiteral("23503"),
            QStringLiteral("22007"),
            QStringLiteral("22008"),
            QStringLiteral("22P02"),
            QStringLiteral("22001"),
            QStringLiteral("22003"),
            QStringLiteral("22023"),
            QStringLiteral("42703"),
            QStringLiteral("42501"),
            QStringLiteral("XX000"),
            QStringLiteral("PGRST204"),
            QStringLiteral("PGRST116"),
            QStringLiteral("PGRST100"),
            QStringLiteral("PGRST102"),
            QStringLiteral("PGRST301"),
            QStringLiteral("INTERNAL_ERROR"),
            QStringLiteral("INVALID_JSON"),
            QStringLiteral("INVALID_IMPORT"),
            QStringLiteral("INVALID_IMPORT_TYPE"),
            QStringLiteral("INVALID_QUERY"),
            QStringLiteral("MISSING_API_KEY"),
            QStringLiteral("INVALID_API_KEY"),
            QStringLiteral("NOT_FOUND"),
            QStringLiteral("METHOD_NOT_ALLOWED"),
            QStringLiteral("PAYLOAD_TOO_LARGE"),
            QStringLiteral("DAILY_REQUEST_LIMIT_EXCEEDED"),
            QStringLiteral("DAILY_ENTITY_LIMIT_EXCEEDED"),
            QStringLiteral("RATE_LIMIT_EXCEEDED"),
            QStringLiteral("SERVICE_UNAVAILABLE"),
            QStringLiteral("handle_moved"),
            QStringLiteral("unknown"),
            QStringLiteral("http_500")};
}

QString ErrorCatalog::fieldFromConstraint(const QString &constraint)
{
    const QString name = constraint.toLower();
    for (const QString &field : handleFields()) {
        if (name.contains(field))
            return field;
    }
    // "unique_<key>" / "<table>_<key>_key" of another field: the middle part.
    QString key = name;
    for (const char *prefix : {"unique_", "valid_", "contacts_", "contact_"}) {
        if (key.startsWith(QLatin1String(prefix)))
            key = key.mid(int(qstrlen(prefix)));
    }
    for (const char *suffix : {"_key", "_unique", "_check", "_fkey"}) {
        if (key.endsWith(QLatin1String(suffix)))
            key.chop(int(qstrlen(suffix)));
    }
    return key == name ? QString() : key;
}

QString ErrorCatalog::fieldName(const QString &field, const ErrorContext &context)
{
    const QString standard = FieldLabels::standard(field);
    if (!standard.isEmpty())
        return standard;
    return context.fieldLabels.value(field, field);
}

QString ErrorCatalog::where(const PlainError &e, const ErrorContext &context)
{
    if (!e.column.isEmpty())
        return tr("in column \"%1\"").arg(e.column);
    if (!e.field.isEmpty())
        return tr("in the field \"%1\"").arg(fieldName(e.field, context));
    return tr("in this row");
}

PlainError ErrorCatalog::explain(const QString &code, const QString &rawMessage, const QString &rawHint,
                                 const ErrorContext &context)
{
    if (isIssueKind(code))
        return explainIssue(code, rawMessage, context);
    return explainServer(code, rawMessage, rawHint, context);
}

PlainError ErrorCatalog::explain(const ValidationIssue &issue)
{
    ErrorContext context;
    context.column = issue.columnHeader;
    context.value = issue.value;
    context.relatedLine = issue.relatedLine;
    return explainIssue(issue.kind, issue.message, context);
}

QString ErrorCatalog::title(const QString &code, const QString &rawMessage)
{
    return explain(code, rawMessage, QString(), ErrorContext()).title;
}

PlainError ErrorCatalog::explainServer(const QString &code, const QString &rawMessage, const QString &rawHint,
                                       const ErrorContext &context)
{
    PlainError e;
    e.code = code;
    e.detail = code;
    if (!rawMessage.isEmpty())
        e.detail += QLatin1String(": ") + rawMessage;
    if (!rawHint.isEmpty())
        e.detail += QLatin1String(" | ") + rawHint;
    const QString text = rawMessage + QLatin1Char(' ') + rawHint;
    const QString again = tr("Correct it, or empty the cell, and import the fixed file.");

    if (code == QLatin1String("23505")) {
        // "duplicate key value violates unique constraint "unique_whatsapp"" (+ PostgreSQL's
        // "Key (whatsapp)=(+49…) already exists." when the details are passed on).
        QString field = captured(text, QStringLiteral("Key \\(([^)]+)\\)="));
        e.value = captured(text, QStringLiteral("Key \\([^)]+\\)=\\(([^)]*)\\)"));
        if (field.isEmpty())
            field = fieldFromConstraint(captured(text, QStringLiteral("constraint \"([^\"]+)\"")));
        locate(e, field, context);
        const QString value = e.value.isEmpty() ? tr("(empty)") : e.value;
        if (field == QLatin1String("email"))
            e.message = tr("The e-mail address \"%1\" already belongs to another contact in Hellomateo.").arg(value);
        else if (field == QLatin1String("whatsapp"))
            e.message = tr("The WhatsApp number \"%1\" already belongs to another contact in Hellomateo.").arg(value);
        else if (field == QLatin1String("sms"))
            e.message = tr("The SMS number \"%1\" already belongs to another contact in Hellomateo.").arg(value);
        else if (field == QLatin1String("instagram"))
            e.message = tr("The Instagram name \"%1\" already belongs to another contact in Hellomateo.").arg(value);
        else if (field == QLatin1String("facebook"))
            e.message = tr("The Facebook name \"%1\" already belongs to another contact in Hellomateo.").arg(value);
        else if (field == QLatin1String("google_business_messaging"))
            e.message = tr("The Google Business Messages ID \"%1\" already belongs to another contact in Hellomateo.")
                            .arg(value);
        else if (field == QLatin1String("external_id"))
            e.message = tr("The customer number \"%1\" already belongs to another contact in Hellomateo.").arg(value);
        else if (!field.isEmpty())
            e.message = tr("The value \"%1\" (%2) already belongs to another contact in Hellomateo.")
                            .arg(value, fieldName(field, context));
        else
            e.message = tr("A value of this row already belongs to another contact in Hellomateo.");
        if (!context.otherContact.isEmpty())
            e.message += QLatin1Char(' ') + tr("It belongs to %1.").arg(context.otherContact);
        e.title = field.isEmpty() ? tr("Already belongs to another contact")
                                  : tr("%1 already belongs to another contact").arg(fieldName(field, context));
        e.hint = e.column.isEmpty()
                     ? tr("Change or remove it in the file, or import this row with that contact's customer number.")
                     : tr("Change or remove it in column \"%1\", or import this row with that contact's customer "
                          "number.")
                           .arg(e.column);
        return e;
    }
    if (code == QLatin1String("23514")) {
        // "… violates check constraint "valid_email" (email "x" is not an e-mail address)"
        const QString field = fieldFromConstraint(captured(text, QStringLiteral("constraint \"([^\"]+)\"")));
        e.value = captured(text, QStringLiteral("\\(\\w+ \"([^\"]*)\""));
        locate(e, field, context);
        if (field == QLatin1String("email")) {
            e.title = tr("E-mail address not accepted");
            e.message =
                tr("Hellomateo does not accept \"%1\" %2 as an e-mail address.").arg(e.value, where(e, context));
            e.hint = tr("Correct the address (one @ and a domain such as example.de), or empty the cell.");
        } else if (field == QLatin1String("whatsapp") || field == QLatin1String("sms")) {
            e.title = tr("Phone number not accepted");
            e.message = tr("Hellomateo does not accept \"%1\" %2 as a phone number.").arg(e.value, where(e, context));
            e.hint = tr("Write the number with its country code, for example +49 170 1234567, or empty the cell.");
        } else {
            e.title = tr("Value not accepted");
            e.message = tr("Hellomateo does not accept the value \"%1\" %2.").arg(e.value, where(e, context));
            e.hint = again;
        }
        return e;
    }
    if (code == QLatin1String("23502")) {
        locate(e, captured(text, QStringLiteral("column \"([^\"]+)\"")), context);
        e.title = tr("Required value missing");
        e.message = e.field.isEmpty()
                        ? tr("A required value is missing in this row.")
                        : tr("\"%1\" is required, but this row has none.").arg(fieldName(e.field, context));
        e.hint = tr("Enter a value %1 and import the fixed file.").arg(where(e, context));
        return e;
    }
    if (code == QLatin1String("23503")) {
        e.rowLevel = false;
        e.title = tr("Contact list not found");
        e.message = tr("The contact list chosen for this import no longer exists in Hellomateo.");
        e.hint = tr("Choose another contact list (or none) and import again.");
        return e;
    }
    if (isOneOf(code, {"22007", "22008"})) {
        e.value = quotedValue(rawMessage);
        locate(e, fieldWithValue(context.input, e.value), context);
        const bool dateOnly = text.contains(QLatin1String("type date"));
        if (code == QLatin1String("22008")) {
            e.title = tr("Date does not exist");
            e.message = tr("The date \"%1\" %2 does not exist (for example 31 February or hour 25).")
                            .arg(e.value, where(e, context));
        } else {
            e.title = tr("Date not readable");
            e.message =
                dateOnly ? tr("Hellomateo cannot read \"%1\" %2 as a date.").arg(e.value, where(e, context))
                         : tr("Hellomateo cannot read \"%1\" %2 as a date and time.").arg(e.value, where(e, context));
        }
        e.hint = dateOnly ? tr("Write it like 31.12.2024, or empty the cell.")
                          : tr("Write it like 31.12.2024 14:30, or empty the cell.");
        return e;
    }
    if (code == QLatin1String("22P02")) {
        e.value = quotedValue(rawMessage);
        if (e.value.isEmpty())
            e.value = captured(rawMessage, QStringLiteral("subscription_status: \"([^\"]*)\""));
        QString field = fieldWithValue(context.input, e.value);
        if (field.isEmpty())
            field = captured(rawMessage, QStringLiteral("column \"([^\"]+)\""));
        locate(e, field, context);
        if (text.contains(QLatin1String("numeric"))) {
            e.title = tr("Number not readable");
            e.message = tr("Hellomateo cannot read \"%1\" %2 as a number.").arg(e.value, where(e, context));
            e.hint = tr("Write a plain number such as 1234,50, or empty the cell.");
        } else if (text.contains(QLatin1String("boolean"))) {
            e.title = tr("Yes or no not readable");
            e.message = tr("Hellomateo cannot read \"%1\" %2 as yes or no.").arg(e.value, where(e, context));
            e.hint = tr("Write yes or no (ja/nein, 1/0), or empty the cell.");
        } else if (text.contains(QLatin1String("subscription"))) {
            e.title = tr("Consent not readable");
            e.message = tr("Hellomateo cannot read \"%1\" %2 as a consent.").arg(e.value, where(e, context));
            e.hint = tr("Say what this value means in the consent values on the Mapping page, then import again.");
        } else if (text.contains(QLatin1String("array"))) {
            e.title = tr("List not readable");
            e.message = tr("Hellomateo cannot read the list %1.").arg(where(e, context));
            e.hint = tr("Separate the words with a semicolon (;) and import the fixed file.");
        } else {
            e.title = tr("Value not readable");
            e.message = tr("Hellomateo cannot read the value \"%1\" %2.").arg(e.value, where(e, context));
            e.hint = again;
        }
        return e;
    }
    if (code == QLatin1String("22001")) {
        locate(e, captured(text, QStringLiteral("column \"([^\"]+)\"")), context);
        e.title = tr("Text too long");
        e.message = tr("The text %1 is too long for Hellomateo.").arg(where(e, context));
        e.hint = tr("Shorten it and import the fixed file.");
        return e;
    }
    if (code == QLatin1String("22003")) {
        e.value = quotedValue(rawMessage);
        locate(e, fieldWithValue(context.input, e.value), context);
        e.title = tr("Number too large");
        e.message = tr("The number %1 is too large or too small for Hellomateo.").arg(where(e, context));
        e.hint = again;
        return e;
    }
    if (isOneOf(code, {"PGRST204", "42703"})) {
        // "Could not find the 'loyalty' column of 'contact' in the schema cache"
        QString field = captured(text, QStringLiteral("'([^']+)' column"));
        if (field.isEmpty())
            field = captured(text, QStringLiteral("column \"([^\"]+)\""));
        locate(e, field, context);
        e.value.clear();
        e.title = tr("Field not in Hellomateo");
        e.message = e.column.isEmpty() ? tr("Hellomateo has no field \"%1\".").arg(fieldName(field, context))
                                       : tr("Hellomateo has no field \"%1\", so column \"%2\" cannot be imported.")
                                             .arg(fieldName(field, context), e.column);
        e.hint = tr("Create the field in Hellomateo, or set the column to \"Don't import\" on the Mapping page, then "
                    "import again.");
        return e;
    }
    if (code == QLatin1String("handle_moved")) {
        e.title = tr("Moved from another contact");
        e.message = tr("A number or address of this row moved from another contact to this one.");
        e.hint = tr("Nothing to do if that is right; otherwise correct the other contact in Hellomateo.");
        return e;
    }
    if (code == QLatin1String("unknown")) {
        e.title = tr("No reason given");
        e.message = tr("Hellomateo counted this row as failed but did not say why.");
        e.hint = tr("Look the contact up in Hellomateo; if it is missing, import the row again.");
        return e;
    }
    if (isOneOf(code, {"XX000", "INTERNAL_ERROR", "22023"})) {
        e.title = tr("Server error");
        e.message = tr("Hellomateo had an internal error with this row.");
        e.hint = tr("Import the row again later; if it fails again, send the details to Hellomateo support.");
        return e;
    }

    // Whole-request answers: the row itself may be fine.
    e.rowLevel = false;
    const int status = code.startsWith(QLatin1String("http_")) ? code.mid(5).toInt() : 0;
    if (isOneOf(code, {"MISSING_API_KEY", "INVALID_API_KEY", "42501", "PGRST301"}) || status == 401 || status == 403) {
        e.title = tr("API key not accepted");
        e.message = tr("Hellomateo did not accept the API key.");
        e.hint = tr("Create a new API key in Hellomateo (Settings, API) and resume the import.");
    } else if (isOneOf(code, {"DAILY_REQUEST_LIMIT_EXCEEDED", "DAILY_ENTITY_LIMIT_EXCEEDED"})) {
        e.title = tr("Daily limit reached");
        e.message = tr("The daily limit of your Hellomateo account was reached.");
        e.hint = tr("Resume the import tomorrow; nothing is lost and nothing is sent twice.");
    } else if (code == QLatin1String("RATE_LIMIT_EXCEEDED") || status == 429) {
        e.title = tr("Too many requests");
        e.message = tr("Hellomateo asked mateo-import to slow down.");
        e.hint = tr("Resume the import in a few minutes.");
    } else if (code == QLatin1String("PAYLOAD_TOO_LARGE") || status == 413) {
        e.title = tr("Batch too large");
        e.message = tr("The batch with this row was too large for Hellomateo.");
        e.hint = tr("Import the failed rows again with a smaller batch size.");
    } else if (isOneOf(code, {"SERVICE_UNAVAILABLE"}) || status >= 500 || code.startsWith(QLatin1String("08")) ||
               isOneOf(code, {"57014", "53300", "40001"})) {
        e.title = tr("Hellomateo not available");
        e.message = tr("Hellomateo was not available when this row was sent.");
        e.hint = tr("Resume the import later; rows already imported are not sent twice.");
    } else if (isOneOf(code, {"NOT_FOUND", "METHOD_NOT_ALLOWED"}) || status == 404 || status == 405) {
        e.title = tr("Wrong API address");
        e.message = tr("The API address does not lead to the Hellomateo Import API.");
        e.hint = tr("Check the API address on the first page and resume the import.");
    } else if (isOneOf(code, {"INVALID_JSON", "INVALID_IMPORT", "INVALID_IMPORT_TYPE", "INVALID_QUERY", "PGRST100",
                              "PGRST102", "PGRST116"}) ||
               status == 400) {
        e.title = tr("Request not understood");
        e.message = tr("Hellomateo could not read what mateo-import sent.");
        e.hint = tr("This is a fault in mateo-import: send the details to support.");
    } else {
        // A code this version does not know: still a plain sentence; the raw words stay in the details.
        e.known = false;
        e.rowLevel = true;
        e.title = tr("Not imported");
        if (code.startsWith(QLatin1String("22")) || code.startsWith(QLatin1String("23")))
            e.message = tr("A value of this row does not fit Hellomateo.");
        else
            e.message = tr("Hellomateo did not import this row.");
        e.hint = tr("The details show Hellomateo's own words. Correct the row and import it again, or send the "
                    "details to Hellomateo support.");
    }
    return e;
}
