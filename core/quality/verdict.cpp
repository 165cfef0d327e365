// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/verdict.h"

#include "llm/jsonextract.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Dialogsmith::Quality {

namespace {

constexpr qsizetype maxReasonLength = 2000;

/// The reply's JSON object, or an error in `verdict`.
std::optional<QJsonObject> object(const QString &reply, Verdict *verdict)
{
    QString error;
    const QJsonDocument json = Llm::extractJson(reply, &error);
    if (json.isNull()) {
        verdict->error = VerdictReader::tr("The judge's reply holds no JSON: %1").arg(error);
        return std::nullopt;
    }
    if (!json.isObject()) {
        verdict->error = VerdictReader::tr("The judge's reply is JSON but not an object {…}.");
        return std::nullopt;
    }
    const QJsonObject o = json.object();
    // A reason is welcome but not required: a verdict without one is still a verdict.
    const QJsonValue reason = o.value(QStringLiteral("reason"));
    if (reason.isString())
        verdict->reason = reason.toString().trimmed().left(maxReasonLength);
    return o;
}

/// A number, or a number in text ("7", "7/10").
std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        QString text = value.toString().trimmed();
        if (const qsizetype slash = text.indexOf(u'/'); slash > 0)
            text.truncate(slash);
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

} // namespace

Verdict VerdictReader::score(const QString &reply, double minimum, double maximum)
{
    Verdict verdict;
    const auto o = object(reply, &verdict);
    if (!o)
        return verdict;
    const auto value = number(o->value(QStringLiteral("score")));
    if (!value || !std::isfinite(*value)) {
        verdict.error = o->contains(QStringLiteral("score")) ? tr("The judge's \"score\" is not a number.")
                                                             : tr("The judge's reply has no \"score\".");
        return verdict;
    }
    if (*value < minimum || *value > maximum) {
        verdict.error = tr("The judge's score %1 is outside the rubric's scale (%2 to %3).")
                            .arg(QString::number(*value), QString::number(minimum), QString::number(maximum));
        return verdict;
    }
    verdict.score = *value;
    return verdict;
}

Verdict VerdictReader::check(const QString &reply, const QString &key)
{
    Verdict verdict;
    const auto o = object(reply, &verdict);
    if (!o)
        return verdict;
    const QJsonValue value = o->value(key);
    if (value.isBool()) {
        verdict.pass = value.toBool();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"yes")
            verdict.pass = true;
        else if (text == u"false" || text == u"no")
            verdict.pass = false;
    }
    if (!verdict.pass)
        verdict.error = o->contains(key) ? tr("The judge's \"%1\" is not true or false.").arg(key)
                                         : tr("The judge's reply has no \"%1\".").arg(key);
    return verdict;
}

Verdict VerdictReader::ranking(const QString &reply, int responses)
{
    Verdict verdict;
    const auto o = object(reply, &verdict);
    if (!o)
        return verdict;
    const QJsonValue value = o->value(QStringLiteral("ranking"));
    if (!value.isArray()) {
        verdict.error = tr("The judge's reply has no \"ranking\" list.");
        return verdict;
    }
    QList<int> ranking;
    for (const QJsonValue &item : value.toArray()) {
        const auto n = number(item);
        if (!n || *n != std::floor(*n) || *n < 1 || *n > responses || ranking.contains(int(*n))) {
            verdict.error = tr("The judge's ranking must name each response from 1 to %1 once.").arg(responses);
            return verdict;
        }
        ranking.append(int(*n));
    }
    if (ranking.size() != responses) {
        verdict.error = tr("The judge's ranking must name each response from 1 to %1 once.").arg(responses);
        return verdict;
    }
    verdict.ranking = ranking;
    return verdict;
}

QStringList VerdictReader::texts(const QString &reply, QString *error)
{
    QString jsonError;
    const QJsonDocument json = Llm::extractJson(reply, &jsonError);
    QJsonArray items;
    if (json.isArray())
        items = json.array();
    else if (json.isObject() && json.object().value(QStringLiteral("queries")).isArray())
        items = json.object().value(QStringLiteral("queries")).toArray();
    else {
        *error = json.isNull() ? tr("The reply holds no JSON: %1").arg(jsonError)
                               : tr("The reply is not a JSON list of texts.");
        return {};
    }
    QStringList texts;
    for (const QJsonValue &item : std::as_const(items)) {
        const QString text = item.toString().trimmed();
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    if (texts.isEmpty())
        *error = tr("The reply's list holds no text.");
    return texts;
}

} // namespace Dialogsmith::Quality
