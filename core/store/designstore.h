// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Dialogsmith::Store {

/// A design as the project file holds it: the design itself and, for each of its documents, the row id
/// and content hash the generated data refers to.
struct StoredDesign {
    Design::ProjectDesign design;
    QList<qint64> documentIds; ///< parallel to design.documents
    QList<QByteArray> documentHashes; ///< SHA-256 of each document's text, hex
};

/// Reads and writes a project's design. The design is kept as its JSON spec (docs/spec.md) without the
/// documents, which have their own table so generated turns can refer to them.
class DesignStore final
{
    Q_DECLARE_TR_FUNCTIONS(DesignStore)

public:
    explicit DesignStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The stored design; a project nothing was saved to yet has the default design. On failure
    /// (a damaged design) returns nothing and sets `error` to what is wrong and where. With
    /// `designProblems`, a design ProjectSpec::check() finds problems in loads, and they go there.
    std::optional<StoredDesign> load(QString *error, QStringList *designProblems = nullptr) const;
    /// Replaces the stored design in one transaction. Documents that stay the same (same title, source
    /// and text at the same place) keep their ids.
    bool save(const Design::ProjectDesign &design, QString *error);

    static QByteArray hashText(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace Dialogsmith::Store
