// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/designstore.h"

#include "design/projectspec.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Dialogsmith::Store {

namespace {

// Qt binds a null QString as SQL NULL; the columns hold text, empty or not.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

QByteArray DesignStore::hashText(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

std::optional<StoredDesign> DesignStore::load(QString *error, QStringList *designProblems) const
{
    QSqlQuery q(m_db);
    StoredDesign stored;
    if (!q.exec(QStringLiteral("SELECT value FROM design WHERE key = 'spec'"))) {
        *error = tr("Cannot read the project's design: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (q.next()) {
        QString specError;
        auto design = Design::ProjectSpec::read(q.value(0).toString().toUtf8(), tr("the project's design"), QString(),
                                                &specError, designProblems);
        if (!design) {
            *error = specError;
            return std::nullopt;
        }
        stored.design = std::move(*design);
    }
    stored.design.documents.clear();
    if (!q.exec(QStringLiteral("SELECT id, title, source, text, sha256 FROM documents ORDER BY position"))) {
        *error = tr("Cannot read the project's documents: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        stored.documentIds.append(q.value(0).toLongLong());
        stored.design.documents.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        stored.documentHashes.append(q.value(4).toString().toLatin1());
    }
    return stored;
}

bool DesignStore::save(const Design::ProjectDesign &design, QString *error)
{
    Design::ProjectDesign withoutDocuments = design;
    withoutDocuments.documents.clear();
    const QString spec = QString::fromUtf8(Design::ProjectSpec::write(withoutDocuments));

    auto fail = [&](const QSqlQuery &q) {
        *error = tr("Cannot save the project's design: %1").arg(q.lastError().text());
        m_db.rollback();
        return false;
    };
    QSqlQuery q(m_db);
    if (!m_db.transaction()) {
        *error = tr("Cannot save the project's design: %1").arg(m_db.lastError().text());
        return false;
    }
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO design (key, value) VALUES ('spec', ?)")))
        return fail(q);
    q.addBindValue(spec);
    if (!q.exec())
        return fail(q);

    // Keep the ids of documents that did not change, so turns grounded in them still point at them.
    QHash<QByteArray, QList<qint64>> existing; // hash of title, source, text -> ids
    if (!q.exec(QStringLiteral("SELECT id, title, source, sha256 FROM documents ORDER BY position")))
        return fail(q);
    while (q.next()) {
        const QByteArray key
            = q.value(1).toString().toUtf8() + '\0' + q.value(2).toString().toUtf8() + '\0' + q.value(3).toByteArray();
        existing[key].append(q.value(0).toLongLong());
    }
    QSet<qint64> kept;
    QSqlQuery insert(m_db);
    QSqlQuery move(m_db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO documents (position, title, source, text, sha256) VALUES (?, ?, ?, ?, ?)"))
        || !move.prepare(QStringLiteral("UPDATE documents SET position = ? WHERE id = ?")))
        return fail(insert);
    for (int i = 0; i < design.documents.size(); ++i) {
        const Design::Document &doc = design.documents.at(i);
        const QByteArray hash = hashText(doc.text);
        const QByteArray key = doc.title.toUtf8() + '\0' + doc.source.toUtf8() + '\0' + hash;
        QList<qint64> &ids = existing[key];
        if (!ids.isEmpty()) {
            const qint64 id = ids.takeFirst();
            kept.insert(id);
            move.addBindValue(i);
            move.addBindValue(id);
            if (!move.exec())
                return fail(move);
            continue;
        }
        insert.addBindValue(i);
        insert.addBindValue(text(doc.title));
        insert.addBindValue(text(doc.source));
        insert.addBindValue(text(doc.text));
        insert.addBindValue(QString::fromLatin1(hash));
        if (!insert.exec())
            return fail(insert);
        kept.insert(insert.lastInsertId().toLongLong());
    }
    // Documents that went away: turns keep their id, which then names no document.
    QSqlQuery remove(m_db);
    if (!remove.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?")))
        return fail(remove);
    for (const QList<qint64> &ids : std::as_const(existing)) {
        for (qint64 id : ids) {
            if (kept.contains(id))
                continue;
            remove.addBindValue(id);
            if (!remove.exec())
                return fail(remove);
        }
    }
    if (!m_db.commit()) {
        *error = tr("Cannot save the project's design: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace Dialogsmith::Store
