// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("message")) {
            current = Message {context, {}, {}, false};
        } else if (xml.name() == QLatin1StringView("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("translation")) {
            const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
            current.finished = type != QLatin1StringView("unfinished") && type != QLatin1StringView("vanished")
                && type != QLatin1StringView("obsolete");
            // Each plural form must keep the placeholders on its own.
            bool numerus = false;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1StringView("translation"))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1StringView("numerusform")) {
                    numerus = true;
                    Message form = current;
                    form.translation = xml.readElementText();
                    messages.append(form);
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!numerus) {
                current.translation = text;
                messages.append(current);
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The parts of a message a translation must keep exactly: placeholders, HTML tags and template tags.
// ("<file>" in command-line help is a translatable value name, not markup; "'{{' … '}}'" in an error
// message is prose about braces, not a tag.)
QStringList tokens(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(%L?\d+|%L?n|%p%|</?(?:a|b|i|h\d|br|p|span|code)\b[^>]*>|\{\{[#/!@]?[\w.@ ]*\}\})"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// The checkout's catalogues, or the copies catalogues_current_test made by running lupdate on the sources.
QString translationsDir()
{
    const QString dir = qEnvironmentVariable("DIALOGSMITH_TRANSLATIONS_DIR");
    return dir.isEmpty() ? QStringLiteral(DIALOGSMITH_TRANSLATIONS_DIR) : dir;
}

// Keyboard accelerators: "&" before a letter (any script), not "&&".
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"((?<!&)&(?!&)\w)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

// The shipped translations, read from the .ts files: every message translated, and nothing a translator
// must keep (placeholders, HTML, template tags, one accelerator) lost or changed.
class CatalogueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogues_areCompleteAndFaithful_data()
    {
        QTest::addColumn<QString>("path");
        // English only for its plural forms ("1 sample", "2 samples"): a missing one shows "sample(s)".
        for (const QString &language :
             {QStringLiteral("de"), QStringLiteral("id"), QStringLiteral("zh_CN"), QStringLiteral("en")})
            QTest::newRow(qPrintable(language))
                << translationsDir() + QStringLiteral("/dialogsmith_%1.ts").arg(language);
    }

    void catalogues_areCompleteAndFaithful()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY2(messages.size() > (path.endsWith(QLatin1StringView("_en.ts")) ? 10 : 100),
                 qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" \"") + m.source.left(60) + u'"';
            if (!m.finished || m.translation.isEmpty())
                problems << QStringLiteral("untranslated: ") + where;
            else if (tokens(m.translation) != tokens(m.source))
                problems << QStringLiteral("placeholders or markup differ: ") + where;
            // Labels carry accelerators; in a sentence ("Q&A, debate, …") an ampersand is just text.
            else if (accelerators(m.source) > 0 && m.source.size() <= 40 && !m.source.endsWith(u'.')
                     && accelerators(m.translation) != 1)
                problems << QStringLiteral("needs exactly one accelerator: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void sourceCatalogue_holdsOnlyPlurals()
    {
        QString error;
        const QList<Message> messages = readCatalogue(translationsDir() + QStringLiteral("/dialogsmith_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression plural(QStringLiteral("%L?n"));
        for (const Message &m : messages)
            QVERIFY2(m.source.contains(plural), qPrintable(m.source));
    }
};

QTEST_GUILESS_MAIN(CatalogueTest)
#include "catalogue_test.moc"
