// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "i18n/languages.h"

#include <QTest>
#include <QTranslator>

using namespace Dialogsmith;

class LanguagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_followsSystem_data()
    {
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << QStringList {QStringLiteral("de-DE")} << QStringLiteral("de");
        QTest::newRow("austrian german") << QStringList {QStringLiteral("de-AT"), QStringLiteral("en-US")}
                                         << QStringLiteral("de");
        QTest::newRow("indonesian") << QStringList {QStringLiteral("id-ID")} << QStringLiteral("id");
        QTest::newRow("simplified chinese") << QStringList {QStringLiteral("zh-Hans-CN")} << QStringLiteral("zh_CN");
        QTest::newRow("traditional chinese, then german")
            << QStringList {QStringLiteral("zh-Hant-TW"), QStringLiteral("de-CH")} << QStringLiteral("de");
        QTest::newRow("unshipped first, shipped second")
            << QStringList {QStringLiteral("fr-FR"), QStringLiteral("id-ID")} << QStringLiteral("id");
        QTest::newRow("nothing shipped") << QStringList {QStringLiteral("fr-FR"), QStringLiteral("ja-JP")}
                                         << QStringLiteral("en");
        QTest::newRow("no system languages") << QStringList {} << QStringLiteral("en");
        QTest::newRow("english before german")
            << QStringList {QStringLiteral("en-GB"), QStringLiteral("de-DE")} << QStringLiteral("en");
    }

    void choose_followsSystem()
    {
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Languages::choose(system, {}), expected);
    }

    void choose_overrideWins()
    {
        QCOMPARE(Languages::choose({QStringLiteral("de-DE")}, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Languages::choose({QStringLiteral("de-DE")}, QStringLiteral("en")), QStringLiteral("en"));
    }

    void choose_unknownOverrideIsIgnored()
    {
        QCOMPARE(Languages::choose({QStringLiteral("id-ID")}, QStringLiteral("klingon")), QStringLiteral("id"));
    }

    void available_englishFirstAndEveryTranslationEmbedded()
    {
        const QList<Languages::Language> all = Languages::available();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().code, QStringLiteral("en"));
        for (const Languages::Language &language : all) {
            QTranslator translator;
            QVERIFY2(Languages::load(translator, language.code), qPrintable(language.code));
        }
    }

    void load_translatesTheStudio_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("&Berkas");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)");
    }

    void load_translatesTheStudio()
    {
        QFETCH(QString, code);
        QFETCH(QString, file);
        QTranslator translator;
        QVERIFY(Languages::load(translator, code));
        QCOMPARE(translator.translate("Dialogsmith::MainWindow", "&File"), file);
    }

    void load_english_givesThePluralForms()
    {
        QTranslator translator;
        QVERIFY(Languages::load(translator, QStringLiteral("en")));
        QVERIFY(!translator.isEmpty());
        const char *source = "… and %n more chunk(s), not shown here.";
        QCOMPARE(translator.translate("Dialogsmith::ChunkView", source, nullptr, 1),
                 QStringLiteral("… and %n more chunk, not shown here."));
        QCOMPARE(translator.translate("Dialogsmith::ChunkView", source, nullptr, 3),
                 QStringLiteral("… and %n more chunks, not shown here."));
    }

    // Qt's standard buttons follow the interface language where Qt has a catalogue (not for Indonesian).
    void loadQt_translatesQtsOwnStrings()
    {
        QTranslator german;
        QVERIFY(Languages::loadQt(german, QStringLiteral("de")));
        QCOMPARE(german.translate("QPlatformTheme", "Close"), QStringLiteral("Schließen"));
        QTranslator chinese;
        QVERIFY(Languages::loadQt(chinese, QStringLiteral("zh_CN")));
        QVERIFY(!chinese.translate("QPlatformTheme", "Cancel").isEmpty());
        QTranslator english;
        QVERIFY(!Languages::loadQt(english, QStringLiteral("en")));
        QTranslator unknown;
        QVERIFY(!Languages::loadQt(unknown, QStringLiteral("fr")));
    }

    void load_unknownCodeFails()
    {
        QTranslator translator;
        QVERIFY(!Languages::load(translator, QStringLiteral("fr")));
        QVERIFY(translator.isEmpty());
    }
};

QTEST_GUILESS_MAIN(LanguagesTest)
#include "languages_test.moc"
