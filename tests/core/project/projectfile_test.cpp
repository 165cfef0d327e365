// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/projectfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Runs SQL on a database file through a connection of its own, as another program would.
void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

} // namespace

class ProjectFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void create_thenOpen_roundTrips()
    {
        const QString file = path(QStringLiteral("tutor.dialogsmith"));
        QString error;
        {
            auto project = ProjectFile::create(file, &error);
            QVERIFY2(project, qPrintable(error));
            QCOMPARE(project->displayName(), QStringLiteral("tutor"));
            QVERIFY(!project->isReadOnly());
        }
        auto reopened = ProjectFile::open(file, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->storedFormatVersion(), ProjectFile::formatVersion);
        QCOMPARE(reopened->path(), file);
    }

    void create_usesWalJournal()
    {
        const QString file = path(QStringLiteral("wal.dialogsmith"));
        QString error;
        auto project = ProjectFile::create(file, &error);
        QVERIFY2(project, qPrintable(error));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray header = raw.read(20);
        // Bytes 18 and 19 of the SQLite header are 2 in WAL mode.
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
    }

    void create_inMissingFolder_namesTheProblem()
    {
        QString error;
        QVERIFY(!ProjectFile::create(path(QStringLiteral("no/such/folder/x.dialogsmith")), &error));
        QVERIFY2(error.contains(QStringLiteral("folder does not exist")), qPrintable(error));
    }

    void open_missingFile_namesTheFile()
    {
        QString error;
        QVERIFY(!ProjectFile::open(path(QStringLiteral("absent.dialogsmith")), &error));
        QVERIFY2(error.contains(QStringLiteral("absent.dialogsmith")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
    }

    void open_textFile_isRejectedAndLeftUntouched()
    {
        const QString file = path(QStringLiteral("notes.dialogsmith"));
        writeFile(file, "These are my notes, not a database.\n");
        const QByteArray before = digest(file);
        QString error;
        QVERIFY(!ProjectFile::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("not a Dialogsmith project")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("notes.dialogsmith")), qPrintable(error));
        QCOMPARE(digest(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void open_truncatedProject_isRejectedAndLeftUntouched()
    {
        const QString whole = path(QStringLiteral("whole.dialogsmith"));
        QString error;
        QVERIFY(ProjectFile::create(whole, &error));
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString cut = path(QStringLiteral("cut.dialogsmith"));
        writeFile(cut, source.read(700));
        const QByteArray before = digest(cut);
        QVERIFY(!ProjectFile::open(cut, &error));
        QVERIFY2(error.contains(QStringLiteral("cut.dialogsmith")), qPrintable(error));
        QCOMPARE(digest(cut), before);
    }

    void open_otherSqliteDatabase_isRejected()
    {
        const QString file = path(QStringLiteral("other.dialogsmith"));
        runSql(file, {QStringLiteral("CREATE TABLE songs (title TEXT)")});
        const QByteArray before = digest(file);
        QString error;
        QVERIFY(!ProjectFile::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("no project metadata")), qPrintable(error));
        QCOMPARE(digest(file), before);
    }

    void open_foreignMetadata_isRejected()
    {
        const QString file = path(QStringLiteral("foreign.dialogsmith"));
        runSql(file,
               {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                QStringLiteral("INSERT INTO meta VALUES ('format', 'someone-else')")});
        QString error;
        QVERIFY(!ProjectFile::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("names no Dialogsmith format")), qPrintable(error));
    }

    void open_newerFormat_saysToUpdate()
    {
        const QString file = path(QStringLiteral("future.dialogsmith"));
        QString error;
        QVERIFY(ProjectFile::create(file, &error));
        runSql(file, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'format_version'")});
        const QByteArray before = digest(file);
        QVERIFY(!ProjectFile::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Dialogsmith")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("format 99")), qPrintable(error));
        QCOMPARE(digest(file), before);
    }

    void open_formatOne_isUpdatedAndKeepsItsMetadata()
    {
        // What the first studio builds wrote: the metadata table and nothing else.
        const QString file = path(QStringLiteral("old.dialogsmith"));
        runSql(file,
               {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("INSERT INTO meta VALUES ('format', 'dialogsmith-project'), ('format_version', '1'), "
                               "('created_at', '2026-10-01T10:00:00Z')")});
        QString error;
        auto project = ProjectFile::open(file, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->storedFormatVersion(), ProjectFile::formatVersion);
        QSqlQuery q(project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM turns")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'created_at'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-10-01T10:00:00Z"));
        project.reset();
        project = ProjectFile::open(file, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->storedFormatVersion(), ProjectFile::formatVersion);
    }

    void open_garbledVersion_isNamed()
    {
        const QString file = path(QStringLiteral("garbled.dialogsmith"));
        QString error;
        QVERIFY(ProjectFile::create(file, &error));
        runSql(file, {QStringLiteral("UPDATE meta SET value = 'two' WHERE key = 'format_version'")});
        QVERIFY(!ProjectFile::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("\"two\" is not valid")), qPrintable(error));
    }

    void open_readOnlyFile_opensReadOnly()
    {
        const QString file = path(QStringLiteral("shared.dialogsmith"));
        QString error;
        QVERIFY(ProjectFile::create(file, &error));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        if (QFileInfo(file).isWritable())
            QSKIP("running as root: every file is writable");
        auto project = ProjectFile::open(file, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(project->isReadOnly());
    }

    void saveCopyAs_writesAnOpenableCopy()
    {
        const QString file = path(QStringLiteral("original.dialogsmith"));
        const QString copy = path(QStringLiteral("copy.dialogsmith"));
        writeFile(copy, "an older file that the user chose to replace");
        QString error;
        auto project = ProjectFile::create(file, &error);
        QVERIFY(project);
        QVERIFY2(project->saveCopyAs(copy, &error), qPrintable(error));
        auto reopened = ProjectFile::open(copy, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->displayName(), QStringLiteral("copy"));
    }

    void saveCopyAs_overItself_isRefused()
    {
        const QString file = path(QStringLiteral("self.dialogsmith"));
        QString error;
        auto project = ProjectFile::create(file, &error);
        QVERIFY(project);
        const QByteArray before = digest(file);
        QVERIFY(!project->saveCopyAs(file, &error));
        QVERIFY2(error.contains(QStringLiteral("over itself")), qPrintable(error));
        QCOMPARE(digest(file), before);
    }
};

QTEST_GUILESS_MAIN(ProjectFileTest)
#include "projectfile_test.moc"
