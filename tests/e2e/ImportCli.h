#pragma once

#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// Helpers for e2e tests of `mateo-import run/resume/status` against a real mateo-sandbox:
// a generated contact file, its profile, and the CLI as a real process with its own journal folder.
struct ImportCli
{
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir dir;
    QString apiKey = QStringLiteral("test-key");

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
    QString path(const QString &name) const { return dir.filePath(name); }

    // "Kundennr.;E-Mail;Name" with UTF-8 BOM (German Excel), rows K<first>…; `extra` lines appended.
    QString writeContacts(const QString &name, int count, int first = 1, const QStringList &extra = {}) const
    {
        QFile f(path(name));
        f.open(QIODevice::WriteOnly);
        QByteArray out = "\xEF\xBB\xBFKundennr.;E-Mail;Name\r\n";
        out.reserve(count * 48);
        for (int i = first; i < first + count; ++i)
            out += "K" + QByteArray::number(i) + ";p" + QByteArray::number(i) + "@example.com;Person M\xC3\xBCller " +
                   QByteArray::number(i) + "\r\n";
        for (const QString &line : extra)
            out += line.toUtf8() + "\r\n";
        f.write(out);
        return f.fileName();
    }

    QString writeProfile() const
    {
        QFile f(path(QStringLiteral("profile.json")));
        f.open(QIODevice::WriteOnly);
        f.write(R"({"version": 1, "source": {"encoding": "auto", "delimiter": "auto", "header_row": 1},
                    "default_region": "DE", "source_timezone": "Europe/Berlin",
                    "columns": [{"header": "Kundennr.", "target": "external_id"},
                                {"header": "E-Mail", "target": "email"},
                                {"header": "Name", "target": "full_name"}]})");
        return f.fileName();
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MATEO_API_KEY"), apiKey);
        env.insert(QStringLiteral("MATEO_DATA_DIR"), dataDir());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        return env;
    }

    void start(QProcess &process, const QStringList &args) const
    {
        process.setProcessEnvironment(environment());
        process.start(TestPaths::importBinary(), args);
    }

    Result run(const QStringList &args, int timeoutMs = 120000) const
    {
        QProcess p;
        start(p, args);
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("TIMEOUT ") + QString::fromUtf8(p.readAllStandardError());
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList runArgs(const QString &file, const SandboxProcess &sandbox, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("run"),
                           file,
                           QStringLiteral("--profile"),
                           path(QStringLiteral("profile.json")),
                           QStringLiteral("--api-url"),
                           sandbox.apiUrl().toString(),
                           QStringLiteral("--poll-interval"),
                           QStringLiteral("50")} +
               more;
    }
    QStringList resumeArgs(const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("resume"), QStringLiteral("--poll-interval"), QStringLiteral("50")} + more;
    }
};
