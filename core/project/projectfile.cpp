// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/projectfile.h"

#include "product/productinfo.h"
#include "store/schema.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcProject, "dialogsmith.project")

namespace Dialogsmith {

namespace {

const QString formatMarker = QStringLiteral("dialogsmith-project");

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("dialogsmith-project-%1").arg(++counter);
}

// Removes a database file with the side files SQLite keeps beside it in WAL mode.
bool removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
    return !QFileInfo::exists(path) || QFile::remove(path);
}

struct Connection {
    QString name;
    ~Connection()
    {
        if (!name.isEmpty())
            QSqlDatabase::removeDatabase(name);
    }
    QString release() { return std::exchange(name, QString()); }
};

} // namespace

QString ProjectFile::fileSuffix()
{
    return QStringLiteral("dialogsmith");
}

ProjectFile::ProjectFile(QString path, QString connection, bool readOnly, int storedFormatVersion)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_readOnly(readOnly)
    , m_storedFormatVersion(storedFormatVersion)
{ }

ProjectFile::~ProjectFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ProjectFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString ProjectFile::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

std::unique_ptr<ProjectFile> ProjectFile::create(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (!QFileInfo(absolute).dir().exists()) {
        *error = tr("Cannot create %1: the folder does not exist.").arg(shown);
        return nullptr;
    }
    if (!removeDatabaseFiles(absolute)) {
        *error = tr("Cannot create %1: the file that is there cannot be replaced.").arg(shown);
        return nullptr;
    }

    Connection conn {newConnectionName()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn.name);
        db.setDatabaseName(absolute);
        if (!db.open()) {
            *error = tr("Cannot create %1: %2").arg(shown, db.lastError().text());
            return nullptr;
        }
        QSqlQuery q(db);
        QString schemaError;
        const bool ok = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && db.transaction()
            && q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
            && Store::Schema::create(db, &schemaError)
            && q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QString>> meta = {
            {QStringLiteral("format"), formatMarker},
            {QStringLiteral("format_version"), QString::number(formatVersion)},
            {QStringLiteral("created_with"), ProductInfo::versionLine(ProductInfo::name())},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        };
        bool inserted = ok;
        for (const auto &[key, value] : meta) {
            if (!inserted)
                break;
            q.bindValue(0, key);
            q.bindValue(1, value);
            inserted = q.exec();
        }
        if (!inserted || !db.commit()) {
            *error = tr("Cannot create %1: %2").arg(shown, schemaError.isEmpty() ? q.lastError().text() : schemaError);
            db.close();
            removeDatabaseFiles(absolute);
            return nullptr;
        }
    }
    {
        QSqlQuery pragmas(QSqlDatabase::database(conn.name, false));
        pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        pragmas.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    qCDebug(lcProject) << "created" << absolute;
    return std::unique_ptr<ProjectFile>(new ProjectFile(absolute, conn.release(), false, formatVersion));
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (!info.exists()) {
        *error = tr("Cannot open %1: there is no such file.").arg(shown);
        return nullptr;
    }
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("Cannot open %1: it is not a readable file.").arg(shown);
        return nullptr;
    }

    // Validate read-only, so that nothing is written to a file that turns out not to be ours.
    int stored = 0;
    {
        Connection probe {newConnectionName()};
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe.name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = tr("Cannot open %1: %2").arg(shown, db.lastError().text());
            return nullptr;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            *error = tr("Cannot open %1: it is not a Dialogsmith project (not an SQLite database, or damaged).")
                         .arg(shown);
            db.close();
            return nullptr;
        }
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('format', 'format_version')"))) {
            *error = tr("Cannot open %1: it is not a Dialogsmith project (it has no project metadata).").arg(shown);
            db.close();
            return nullptr;
        }
        QString format;
        QString version;
        while (q.next())
            (q.value(0).toString() == QLatin1StringView("format") ? format : version) = q.value(1).toString();
        bool numeric = false;
        stored = version.toInt(&numeric);
        db.close();
        if (format != formatMarker) {
            *error = tr("Cannot open %1: it is not a Dialogsmith project (its metadata names no Dialogsmith "
                        "format).")
                         .arg(shown);
            return nullptr;
        }
        if (!numeric || stored < 1) {
            *error = tr("Cannot open %1: its format version \"%2\" is not valid.").arg(shown, version);
            return nullptr;
        }
        if (stored > formatVersion) {
            *error = tr("Cannot open %1: it was made by a newer Dialogsmith (project format %2; this version "
                        "reads up to format %3). Update Dialogsmith to open it.")
                         .arg(shown)
                         .arg(stored)
                         .arg(formatVersion);
            return nullptr;
        }
    }

    const bool readOnly = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    Connection conn {newConnectionName()};
    if (readOnly && stored < formatVersion) {
        *error = tr("Cannot open %1: it was made by an older Dialogsmith and must be updated, but it cannot be "
                    "written. Make it writable, or open a copy.")
                     .arg(shown);
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn.name);
    db.setDatabaseName(absolute);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = tr("Cannot open %1: %2").arg(shown, db.lastError().text());
        return nullptr;
    }
    if (!readOnly) {
        // A copy written by VACUUM INTO comes back in rollback-journal mode; projects always use WAL.
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            *error = tr("Cannot open %1: %2").arg(shown, wal.lastError().text());
            return nullptr;
        }
        wal.finish();
        if (stored < formatVersion) {
            QString upgradeError;
            QSqlQuery meta(db);
            const bool upgraded = db.transaction() && Store::Schema::upgrade(db, stored, &upgradeError)
                && meta.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'format_version'"));
            if (upgraded)
                meta.addBindValue(QString::number(formatVersion));
            if (!upgraded || !meta.exec() || !db.commit()) {
                db.rollback();
                *error = tr("Cannot open %1: updating it from format %2 failed: %3")
                             .arg(shown)
                             .arg(stored)
                             .arg(!upgradeError.isEmpty()          ? upgradeError
                                      : meta.lastError().isValid() ? meta.lastError().text()
                                                                   : db.lastError().text());
                return nullptr;
            }
            qCInfo(lcProject) << "updated" << absolute << "from format" << stored << "to" << formatVersion;
            stored = formatVersion;
        }
    }
    QSqlQuery pragmas(db);
    pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    pragmas.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    qCDebug(lcProject) << "opened" << absolute << (readOnly ? "read-only" : "read-write");
    return std::unique_ptr<ProjectFile>(new ProjectFile(absolute, conn.release(), readOnly, stored));
}

bool ProjectFile::saveCopyAs(const QString &path, QString *error) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (absolute == m_path) {
        *error = tr("Cannot save a copy of the project over itself (%1).").arg(shown);
        return false;
    }
    if (!removeDatabaseFiles(absolute)) {
        *error = tr("Cannot save to %1: the file that is there cannot be replaced.").arg(shown);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = tr("Cannot save to %1: %2").arg(shown, q.lastError().text());
        return false;
    }
    q.addBindValue(absolute);
    if (!q.exec()) {
        *error = tr("Cannot save to %1: %2").arg(shown, q.lastError().text());
        removeDatabaseFiles(absolute);
        return false;
    }
    return true;
}

} // namespace Dialogsmith
