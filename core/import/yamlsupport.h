// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// yaml-cpp glue for the design importers: parsing with messages that name the file, line and column, and
// reading fields with problems that say where they are. Private to core/import (yaml-cpp is a private
// dependency of dialogsmith_core).

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace Dialogsmith::Import::Yaml {

class Messages final
{
    Q_DECLARE_TR_FUNCTIONS(YamlMessages)

public:
    static QString at(const QString &where, const YAML::Mark &mark)
    {
        if (mark.is_null() || mark.line < 0)
            return where;
        return tr("%1, line %2, column %3").arg(where).arg(mark.line + 1).arg(mark.column + 1);
    }
};

/// Parses `yaml` into `root`; on a syntax error sets `error` to "WHERE, line L, column C: what" and
/// returns false.
inline bool load(const QByteArray &yaml, const QString &where, YAML::Node *root, QString *error)
{
    try {
        *root = YAML::Load(yaml.toStdString());
        return true;
    } catch (const YAML::ParserException &e) {
        *error = Messages::at(where, e.mark) + QStringLiteral(": ") + QString::fromStdString(e.msg);
    } catch (const YAML::Exception &e) {
        *error = Messages::at(where, e.mark) + QStringLiteral(": ") + QString::fromStdString(e.msg);
    }
    return false;
}

/// Reads fields, collecting what is wrong with each (where it is, and what).
class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    { }

    void problem(const YAML::Node &node, const QString &what)
    {
        m_problems.append(Messages::at(m_where, node.Mark()) + QStringLiteral(": ") + what);
    }

    /// A scalar's text; empty when the node is absent or null.
    QString text(const YAML::Node &node, const QString &path)
    {
        if (!node || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            problem(node, tr("%1 must be text.").arg(path));
            return {};
        }
        return QString::fromStdString(node.Scalar());
    }

    /// A list of scalars.
    QStringList texts(const YAML::Node &node, const QString &path)
    {
        QStringList result;
        if (!node || node.IsNull())
            return result;
        if (node.IsScalar()) {
            result.append(QString::fromStdString(node.Scalar()));
            return result;
        }
        if (!node.IsSequence()) {
            problem(node, tr("%1 must be a list of texts.").arg(path));
            return result;
        }
        for (std::size_t i = 0; i < node.size(); ++i)
            result.append(text(node[i], QStringLiteral("%1[%2]").arg(path).arg(i)));
        return result;
    }

    /// A field of `map` that must be non-empty text.
    QString required(const YAML::Node &map, const char *key, const QString &path)
    {
        const YAML::Node node = map[key];
        const QString name = path + QLatin1Char('.') + QLatin1StringView(key);
        if (!node || node.IsNull()) {
            problem(map, tr("%1 is missing.").arg(name));
            return {};
        }
        const QString value = text(node, name);
        if (value.trimmed().isEmpty() && node.IsScalar())
            problem(node, tr("%1 is empty.").arg(name));
        return value;
    }

    bool ok() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }

private:
    QString m_where;
    QStringList m_problems;
};

} // namespace Dialogsmith::Import::Yaml
