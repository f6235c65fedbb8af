#include "app/cli/CommandInputs.h"

#include "app/cli/CommandParser.h"
#include "core/convert/phone/PhoneNormalizer.h"
#include "core/failedrows/FailedRowsSource.h"
#include "core/source/FileRecordSource.h"
#include "core/source/RecordSourceFactory.h"

CommandInputs::CommandInputs(const CommandParser &parser)
    : m_parser(parser)
{
}

CommandInputs::~CommandInputs()
{
    m_phones.waitForFinished();   // never leave the preparation running past the command
}

bool CommandInputs::fail(const QString &message)
{
    m_exitCode = m_parser.inputError(message);
    return false;
}

bool CommandInputs::loadCatalogFile(const QString &path)
{
    QString message;
    if (!path.isEmpty() && !FieldCatalog::loadCacheFile(path, &m_catalog, &message))
        return fail(message);
    return true;
}

bool CommandInputs::loadProfile(const QString &path)
{
    QString message;
    m_hasProfile = !path.isEmpty();
    if (m_hasProfile && !MappingProfile::load(path, &m_profile, &message))
        return fail(message);
    m_profilePath = path;
    for (const QString &warning : m_profile.warnings())
        m_parser.warning(path + QStringLiteral(": ") + warning);
    m_phones = PhoneNormalizer::prepareInBackground(m_profile.defaultRegion());   // while indexing
    return true;
}

bool CommandInputs::openSource(const QString &path, const ReadOptions &options)
{
    QString message;
    std::unique_ptr<FileRecordSource> file = RecordSourceFactory::openFile(path, options, &message);
    if (!file)
        return fail(message);
    m_description = file->description();
    m_source = FailedRowsSource::wrapIfExport(std::move(file));
    if (m_hasProfile && !mapsAColumn())
        return fail(tr("%1 maps no column of %2 (none of its headers with a target is in the file), so nothing "
                       "would be imported. Map at least one column, e.g. in the wizard, and save the profile again.")
                        .arg(m_profilePath, path));
    return true;
}

bool CommandInputs::mapsAColumn() const
{
    for (const ColumnMapping *column : m_profile.columnsForHeaders(m_source->headers())) {
        if (column && !column->target.isEmpty())
            return true;
    }
    return false;
}

void CommandInputs::waitForPhones()
{
    m_phones.waitForFinished();
}
