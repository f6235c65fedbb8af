#include "core/errors/ErrorCatalog.h"

// The pre-flight side of the catalog: every ValidationIssue kind the checker reports (RowConverter,
// DateTimeConverter, DuplicateDetector). The checker's own words go into `detail`, so a refused
// character or a too-short number stays visible for support work.

QStringList ErrorCatalog::issueKinds()
{
    return {QStringLiteral("invalid_phone"), QStringLiteral("invalid_email"), QStringLiteral("naive_datetime"),
            QStringLiteral("nonexistent_local_time"), QStringLiteral("ambiguous_local_time"),
            QStringLiteral("duplicate_identifier"), QStringLiteral("invalid_date"), QStringLiteral("invalid_datetime"),
            QStringLiteral("date_without_year"), QStringLiteral("ambiguous_date_format"),
            QStringLiteral("ambiguous_date_order"), QStringLiteral("invalid_number"),
            QStringLiteral("ambiguous_number"), QStringLiteral("invalid_boolean"), QStringLiteral("invalid_consent"),
            QStringLiteral("missing_identifier"), QStringLiteral("missing_column"), QStringLiteral("unknown_target"),
            QStringLiteral("mapping_conflict"), QStringLiteral("unknown_timezone"), QStringLiteral("record_too_large"),
            QStringLiteral("control_character"),
            // A skipped row (ValidationIssue::Severity::Skip): nothing mapped to send.
            QStringLiteral("nothing_to_send"),
            // Kept back before sending by the preview (docs/engine.md "Import modes").
            QStringLiteral("conflict"), QStringLiteral("skipped_exists"), QStringLiteral("skipped_new"),
            QStringLiteral("skipped_unchanged")};
}

bool ErrorCatalog::isIssueKind(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("unknown") || code == QLatin1String("handle_moved") ||
        code.startsWith(QLatin1String("http_")))
        return false;
    for (QChar c : code) {
        if (!(c.isLower() || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

PlainError ErrorCatalog::explainIssue(const QString &kind, const QString &checkerMessage, const ErrorContext &context)
{
    PlainError e;
    e.code = kind;
    e.detail = checkerMessage;
    e.column = context.column;
    e.value = context.value;
    const QString value = e.value.isEmpty() ? tr("(empty)") : e.value;
    const QString at = where(e, context);
    const QString empty = tr("or empty the cell");

    if (kind == QLatin1String("invalid_phone")) {
        e.title = tr("Invalid phone number");
        e.message = tr("\"%1\" %2 is not a valid phone number.").arg(value, at);
        e.hint = tr("Write the number with its country code, for example +49 170 1234567, %1.").arg(empty);
    } else if (kind == QLatin1String("invalid_email")) {
        e.title = tr("Invalid e-mail address");
        e.message = tr("\"%1\" %2 is not a valid e-mail address.").arg(value, at);
        e.hint = tr("Correct the address (one @ and a domain such as example.de), %1.").arg(empty);
    } else if (kind == QLatin1String("naive_datetime")) {
        e.title = tr("Date and time without time zone");
        e.message = tr("\"%1\" %2 has no time zone.").arg(value, at);
        e.hint = tr("Confirm the time zone on the Review page; the time is then sent with its offset.");
    } else if (kind == QLatin1String("nonexistent_local_time")) {
        e.title = tr("Time skipped by daylight saving");
        e.message = tr("\"%1\" %2 does not exist: the clocks skipped that hour when summer time began.").arg(value, at);
        e.hint = tr("Choose on the Review page what happens to skipped times, or correct the time in the file.");
    } else if (kind == QLatin1String("ambiguous_local_time")) {
        e.title = tr("Time repeated by daylight saving");
        e.message = tr("\"%1\" %2 happened twice: the clocks went back an hour when summer time ended.").arg(value, at);
        e.hint = tr("Choose on the Review page whether the earlier or the later time is meant.");
    } else if (kind == QLatin1String("duplicate_identifier")) {
        e.title = tr("Duplicate in the file");
        e.message =
            context.relatedLine > 0
                ? tr("\"%1\" %2 is also in line %3 of the file.").arg(value, at, QString::number(context.relatedLine))
                : tr("\"%1\" %2 is in the file twice.").arg(value, at);
        e.hint = tr("Keep one of the two rows, or correct the value in one of them.");
    } else if (kind == QLatin1String("invalid_date") || kind == QLatin1String("invalid_datetime")) {
        e.title = tr("Unreadable date");
        e.message = tr("\"%1\" %2 is not a date that can be read.").arg(value, at);
        e.hint = tr("Write it like 31.12.2024 or 31.12.2024 14:30, %1.").arg(empty);
    } else if (kind == QLatin1String("date_without_year")) {
        e.title = tr("Date without a year");
        e.message = tr("\"%1\" %2 has no year.").arg(value, at);
        e.hint = tr("Add the year, for example 31.12.2024, %1.").arg(empty);
    } else if (kind == QLatin1String("ambiguous_date_format") || kind == QLatin1String("ambiguous_date_order")) {
        e.title = tr("Day and month order unclear");
        e.message = tr("\"%1\" %2 can be read day first or month first.").arg(value, at);
        e.hint = tr("Choose the day and month order on the Review page.");
    } else if (kind == QLatin1String("invalid_number")) {
        e.title = tr("Unreadable number");
        e.message = tr("\"%1\" %2 is not a number.").arg(value, at);
        e.hint = tr("Write a plain number such as 1234,50, %1.").arg(empty);
    } else if (kind == QLatin1String("ambiguous_number")) {
        e.title = tr("Decimal mark unclear");
        e.message = tr("\"%1\" %2 can be read as two different numbers.").arg(value, at);
        e.hint = tr("Choose the decimal mark of the column on the Mapping page.");
    } else if (kind == QLatin1String("invalid_boolean")) {
        e.title = tr("Neither yes nor no");
        e.message = tr("\"%1\" %2 is neither yes nor no.").arg(value, at);
        e.hint = tr("Write yes or no (ja/nein, 1/0), %1.").arg(empty);
    } else if (kind == QLatin1String("invalid_consent")) {
        e.title = tr("Unknown consent value");
        e.message = tr("\"%1\" %2 is not a consent value mateo-import knows.").arg(value, at);
        e.hint = tr("Say what it means in the consent values on the Mapping page.");
    } else if (kind == QLatin1String("missing_identifier")) {
        e.title = tr("No customer number, e-mail or phone");
        e.message = tr("This row has no customer number, e-mail address, phone number or other handle.");
        e.hint = tr("Fill in at least one of them.");
    } else if (kind == QLatin1String("missing_column")) {
        e.title = tr("Column missing in the file");
        e.message = tr("The column \"%1\" of the mapping is not in this file.").arg(e.column);
        e.hint = tr("Go back to the Mapping page and map the columns of this file.");
        e.rowLevel = false;
    } else if (kind == QLatin1String("unknown_target")) {
        e.title = tr("Field not available");
        e.message = tr("Column \"%1\" is mapped to a field this Hellomateo account does not have.").arg(e.column);
        e.hint = tr("Choose another field or \"Don't import\" on the Mapping page.");
        e.rowLevel = false;
    } else if (kind == QLatin1String("mapping_conflict")) {
        e.title = tr("Two columns for one field");
        e.message = tr("Column \"%1\" goes to a field that another column already fills.").arg(e.column);
        e.hint = tr("Map only one of the columns to that field on the Mapping page.");
        e.rowLevel = false;
    } else if (kind == QLatin1String("record_too_large")) {
        e.title = tr("Row too long to read");
        e.message = tr("This row is longer than 64 MB, so only its start was read; it is not imported.");
        e.hint = tr("Look at this line in the file for a missing line break or binary data, fix it, and import the "
                    "fixed file.");
    } else if (kind == QLatin1String("control_character")) {
        e.title = tr("Control character in a cell");
        e.message = tr("The cell %1 holds a control character (such as a NUL byte) that no text field takes: "
                       "the data is damaged.")
                        .arg(at);
        e.hint = tr("Look at this line in the file, remove the stray characters, and import the fixed file.");
    } else if (kind == QLatin1String("nothing_to_send")) {
        // Not an error: a skipped row (ValidationIssue::Severity::Skip), handed back so none goes unseen.
        e.title = tr("Nothing to send");
        e.message = tr("Every column mapped for the import is empty in this row, so it was skipped.");
        e.hint = tr("Fill in at least one mapped column, or map a column that has a value in this row.");
    } else if (kind == QLatin1String("unknown_timezone")) {
        e.title = tr("Time zone not known");
        e.message = tr("The time zone in the mapping is not known on this computer.");
        e.hint = tr("Choose the time zone on the Review page.");
        e.rowLevel = false;
    } else if (kind == QLatin1String("conflict")) {
        // The checker's words (ImportMode::decide) name the identifiers and their contacts: in `detail`.
        e.title = tr("Belongs to different contacts");
        e.message = tr("Not sent: this row's customer number, e-mail or phone numbers belong to different contacts "
                       "in Hellomateo, so it would be refused. The details name them.");
        e.hint = tr("Correct the identifiers in the file, or merge the contacts in Hellomateo, then import the row "
                    "again.");
    } else if (kind == QLatin1String("skipped_exists")) {
        e.title = tr("Contact exists (create only)");
        e.message = tr("Not sent: the import only creates new contacts, and this row matches one that exists. The "
                       "details name it.");
        e.hint = tr("Import the row with \"Create and update contacts\" to update that contact, or leave it out.");
    } else if (kind == QLatin1String("skipped_new")) {
        e.title = tr("No contact to update (update only)");
        e.message = tr("Not sent: the import only updates existing contacts, and no contact matches this row.");
        e.hint = tr("Import the row with \"Create and update contacts\" to create it, or check its customer number, "
                    "e-mail and phone numbers.");
    } else if (kind == QLatin1String("skipped_unchanged")) {
        e.title = tr("Already up to date");
        e.message = tr("Not sent: the contact in Hellomateo already has every value of this row.");
        e.hint = tr("Nothing to do; import it without \"Skip unchanged rows\" to send it anyway.");
    } else {
        e.known = false;
        e.title = tr("Cannot be sent");
        e.message = e.column.isEmpty() ? tr("This row cannot be sent as it is.")
                                       : tr("\"%1\" %2 cannot be sent as it is.").arg(value, at);
        e.hint = tr("The details say what the check found. Correct the row and import it again.");
    }
    return e;
}
