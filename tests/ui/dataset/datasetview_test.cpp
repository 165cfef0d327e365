// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/datasetview.h"

#include "dataset/datasetmodel.h"
#include "datasetfixture.h"
#include "store/curationstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Dialogsmith;
using namespace Dialogsmith::Test;
using namespace Qt::StringLiterals;

class DatasetViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DatasetFixture> m_data;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<DatasetView> m_view;
    QTemporaryDir m_settings;

    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_view->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }
    QTableView *table() const { return child<QTableView>(u"datasetTable"_s); }
    DatasetModel *model() const { return m_view->model(); }
    QString count() const { return child<QLabel>(u"datasetCount"_s)->text(); }
    // As the view words it (the English plurals come from the translations, which may not list it yet).
    static QString counted(int total) { return DatasetView::tr("%Ln conversation(s)", nullptr, total); }
    static QString counted(int shown, int total)
    {
        return DatasetView::tr("%1 of %Ln conversation(s)", nullptr, total).arg(QLocale().toString(shown));
    }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

    bool openView(int conversations)
    {
        m_data = std::make_unique<DatasetFixture>();
        if (!m_data->create(conversations))
            return false;
        m_session = m_data->open();
        if (!m_session)
            return false;
        m_view = std::make_unique<DatasetView>(*m_session);
        m_view->resize(1100, 600);
        m_view->show();
        m_view->activateWindow();
        if (!QTest::qWaitForWindowActive(m_view.get()))
            return false;
        table()->setFocus();
        return true;
    }

    // The positions (conversation i) of the rows listed, in order.
    QList<int> listed() const
    {
        QList<int> positions;
        for (qint64 id : model()->ids())
            positions.append(int(m_data->ids.indexOf(id)));
        return positions;
    }

    void clickHeader(int column)
    {
        QHeaderView *header = table()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

    void clickRow(int row, Qt::KeyboardModifiers modifiers = {})
    {
        table()->scrollTo(model()->index(row, 0));
        const QRect rect = table()->visualRect(model()->index(row, DatasetModel::TopicColumn));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The view keeps its columns in the settings: the tests' own, never the user's.
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        m_data.reset();
    }

    void opens_listingEveryConversationWithItsCount()
    {
        QVERIFY(openView(300));
        QTRY_COMPARE(model()->rowCount(), 300);
        QTRY_COMPARE(count(), counted(300));
        QCOMPARE(model()->ids(), m_data->ids);
        // Conversation 4: Weather… no: 4 % 5 = 4, Cooking › Bread; Mia; 4 turns; complete; not reviewed.
        QCOMPARE(cell(4, DatasetModel::IdColumn), QString::number(m_data->ids[4]));
        QCOMPARE(cell(4, DatasetModel::StatusColumn), u"Generated"_s);
        QCOMPARE(cell(4, DatasetModel::TopicColumn), u"Cooking › Bread"_s);
        QCOMPARE(cell(4, DatasetModel::PersonasColumn), u"Mia → Dr. Okafor"_s);
        QCOMPARE(cell(4, DatasetModel::TurnsColumn), u"4"_s);
        QCOMPARE(cell(4, DatasetModel::TokensColumn), u"28"_s);
        QCOMPARE(cell(4, DatasetModel::RatingColumn), QString());
        QVERIFY(!cell(4, DatasetModel::UpdatedColumn).isEmpty());
        QCOMPARE(cell(48, DatasetModel::StatusColumn), u"Running"_s);
        QCOMPARE(cell(49, DatasetModel::StatusColumn), u"Failed"_s);
        QCOMPARE(model()->index(49, DatasetModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 u"Generation failed: The provider answered 500."_s);
        QVERIFY(!child<QLabel>(u"datasetEmptyHint"_s)->isVisible());
    }

    void rows_areReadAPageAtATime()
    {
        QVERIFY(openView(700));
        QTRY_COMPARE(model()->rowCount(), 700);
        table()->viewport()->repaint();
        // Only what was shown has been read.
        QVERIFY2(model()->cachedRows() <= DatasetModel::pageSize, qPrintable(QString::number(model()->cachedRows())));
        table()->scrollToBottom();
        table()->viewport()->repaint();
        QCOMPARE(cell(699, DatasetModel::TopicColumn), DatasetFixture::topics()[699 % 5]);
        QCOMPARE(cell(699, DatasetModel::TurnsColumn), QString::number(DatasetFixture::turnsOf(699)));
        QVERIFY(model()->cachedRows() <= 2 * DatasetModel::pageSize);
        // Every row can be read; memory stays at a few pages.
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->idAt(row), m_data->ids[row]);
        for (int row = 0; row < model()->rowCount(); row += 37)
            QCOMPARE(cell(row, DatasetModel::PersonasColumn).section(u" → "_s, 0, 0), DatasetFixture::users()[row % 4]);
        QVERIFY(model()->cachedRows() <= qsizetype(DatasetModel::maxPages) * DatasetModel::pageSize);
    }

    void filters_narrowTheListAndTheCountSaysSo()
    {
        QVERIFY(openView(300));
        QTRY_COMPARE(model()->rowCount(), 300);

        auto *topic = child<QLineEdit>(u"datasetTopicFilter"_s);
        QTest::keyClicks(topic, u"WEATH"_s);
        QTRY_COMPARE(model()->rowCount(), 60);
        QTRY_COMPARE(count(), counted(60, 300));
        for (int i : listed())
            QCOMPARE(i % 5, 2);
        QVERIFY(child<QToolButton>(u"datasetClearFilters"_s)->isEnabled());

        auto *persona = child<QLineEdit>(u"datasetPersonaFilter"_s);
        persona->insert(u"ÜNAL"_s); // the assistant, not ASCII (which keyClicks cannot type)
        QTRY_COMPARE(model()->rowCount(), 20); // i % 5 == 2 and i % 3 == 0
        for (int i : listed())
            QVERIFY(i % 5 == 2 && i % 3 == 0);
        topic->clear();
        persona->clear();
        persona->insert(u"zoë"_s); // the user
        QTRY_COMPARE(model()->rowCount(), 75);

        persona->clear();
        QTRY_COMPARE(model()->rowCount(), 300);
        auto *state = child<QComboBox>(u"datasetStateFilter"_s);
        state->setFocus();
        QTest::keyClick(state, Qt::Key_Down); // Complete
        QTest::keyClick(state, Qt::Key_Down); // Running
        QCOMPARE(state->currentText(), u"Running"_s);
        QTRY_COMPARE(listed(), QList<int>({48, 98, 148, 198, 248, 298}));
        QTest::keyClick(state, Qt::Key_Down); // Failed
        QTRY_COMPARE(listed(), QList<int>({49, 99, 149, 199, 249, 299}));

        QTest::mouseClick(child<QToolButton>(u"datasetClearFilters"_s), Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 300);
        QCOMPARE(state->currentIndex(), 0);
        QTRY_COMPARE(count(), counted(300));
        QVERIFY(!child<QToolButton>(u"datasetClearFilters"_s)->isEnabled());
    }

    void reviewRatingAndJudgeFilters()
    {
        QVERIFY(openView(100));
        QTRY_COMPARE(model()->rowCount(), 100);
        const QSqlDatabase db = m_session->file().database();
        QVERIFY(DatasetFixture::exec(db,
                                     u"UPDATE conversations SET review = 'approved', rating = 5, judge_score = 9 "
                                     u"WHERE id IN (%1, %2)"_s.arg(m_data->ids[10])
                                         .arg(m_data->ids[20])));
        QVERIFY(DatasetFixture::exec(db,
                                     u"UPDATE conversations SET review = 'rejected', rating = 2, judge_score = 3.5 "
                                     u"WHERE id = %1"_s.arg(m_data->ids[30])));
        QVERIFY(DatasetFixture::exec(db,
                                     u"UPDATE conversations SET rating = 4, judge_score = 7.5 "
                                     u"WHERE id = %1"_s.arg(m_data->ids[40])));
        QTest::keyClick(m_view.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(cell(10, DatasetModel::StatusColumn), u"Approved"_s);
        QCOMPARE(cell(10, DatasetModel::RatingColumn), u"★★★★★"_s);
        QCOMPARE(cell(40, DatasetModel::JudgeScoreColumn), u"7.5"_s);
        QCOMPARE(cell(30, DatasetModel::StatusColumn), u"Rejected"_s);

        auto *review = child<QComboBox>(u"datasetReviewFilter"_s);
        review->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(review, Qt::Key_Down); // Not reviewed, Edited, Approved
        QTRY_COMPARE(listed(), QList<int>({10, 20}));
        QTest::keyClick(review, Qt::Key_Home);
        QTRY_COMPARE(model()->rowCount(), 100);

        auto *rating = child<QComboBox>(u"datasetRatingFilter"_s);
        rating->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(rating, Qt::Key_Down); // 4 or more
        QTRY_COMPARE(listed(), QList<int>({10, 20, 40}));
        QTest::keyClick(rating, Qt::Key_Home);

        auto *judge = child<QDoubleSpinBox>(u"datasetJudgeFilter"_s);
        QCOMPARE(judge->text(), u"Any judge score"_s);
        judge->setFocus();
        judge->selectAll();
        QTest::keyClicks(judge, u"3"_s);
        QTRY_COMPARE(listed(), QList<int>({10, 20, 30, 40}));
        judge->selectAll();
        QTest::keyClicks(judge, u"8"_s);
        QTRY_COMPARE(listed(), QList<int>({10, 20}));
    }

    void search_findsTheTextCtrlFFocusesIt()
    {
        QVERIFY(openView(300));
        QTRY_COMPARE(model()->rowCount(), 300);
        table()->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = child<QLineEdit>(u"datasetSearch"_s);
        QCOMPARE(QApplication::focusWidget(), search);

        QTest::keyClicks(search, u"zeb"_s); // a prefix while typing
        QTRY_COMPARE(model()->rowCount(), 12);
        for (int i : listed())
            QVERIFY(DatasetFixture::mentionsZebra(i));
        QTRY_COMPARE(count(), counted(12, 300));

        // Words from different turns of one conversation; 3 % 5 == 3 (Ökologie).
        search->clear();
        search->insert(u"zebra ökologie "_s);
        QTRY_COMPARE(model()->rowCount(), 12);
        search->clear();
        QTest::keyClicks(search, u"zebra energy "_s);
        QTRY_COMPARE(model()->rowCount(), 0);
        search->clear();
        QTest::keyClicks(search, u"\"why does a zebra\" stripes AND ("_s); // any text is a valid search
        QTRY_COMPARE(model()->rowCount(), 0);
        QVERIFY(child<QLabel>(u"datasetEmptyHint"_s)->isVisible());
        QVERIFY(child<QLabel>(u"datasetEmptyHint"_s)->text().contains(u"Clear the filters"_s));
        search->clear();
        QTRY_COMPARE(model()->rowCount(), 300);
        QVERIFY(!child<QLabel>(u"datasetEmptyHint"_s)->isVisible());
    }

    void headerClick_sortsThenReverses()
    {
        QVERIFY(openView(120));
        QTRY_COMPARE(model()->rowCount(), 120);
        // Numbers sort the largest first, at first.
        clickHeader(DatasetModel::TurnsColumn);
        QTRY_COMPARE(cell(0, DatasetModel::TurnsColumn), u"6"_s);
        QCOMPARE(model()->sortOrder(), Qt::DescendingOrder);
        // Equal values keep the order of the ids (reversed with the column).
        QCOMPARE(listed().mid(0, 3), QList<int>({119, 116, 113}));
        QCOMPARE(cell(119, DatasetModel::TurnsColumn), u"2"_s);
        clickHeader(DatasetModel::TurnsColumn);
        QTRY_COMPARE(cell(0, DatasetModel::TurnsColumn), u"2"_s);
        QCOMPARE(listed().mid(0, 3), QList<int>({0, 3, 6}));

        clickHeader(DatasetModel::TopicColumn);
        QTRY_COMPARE(cell(0, DatasetModel::TopicColumn), u"Biologie › Ökologie"_s);
        QCOMPARE(cell(119, DatasetModel::TopicColumn), u"Weather"_s);

        clickHeader(DatasetModel::IdColumn);
        QTRY_COMPARE(model()->ids(), m_data->ids);
    }

    void columnsAndSort_areRememberedBetweenSessions()
    {
        QVERIFY(openView(60));
        QTRY_COMPARE(model()->rowCount(), 60);
        QHeaderView *header = table()->horizontalHeader();
        const int defaultWidth = header->sectionSize(DatasetModel::PersonasColumn);
        const int topicWidth = header->sectionSize(DatasetModel::TopicColumn);
        // The user widens two columns, sorts by tokens (largest first), and moves the rating to the front.
        header->resizeSection(DatasetModel::PersonasColumn, defaultWidth + 57);
        header->resizeSection(DatasetModel::TopicColumn, topicWidth + 31);
        clickHeader(DatasetModel::TokensColumn);
        QTRY_COMPARE(model()->sortColumn(), int(DatasetModel::TokensColumn));
        QCOMPARE(model()->sortOrder(), Qt::DescendingOrder);
        header->moveSection(header->visualIndex(DatasetModel::RatingColumn), 0);
        // The judge's column, hidden at first (nothing writes judge scores yet), is shown.
        QVERIFY(header->isSectionHidden(DatasetModel::JudgeScoreColumn));
        header->setSectionHidden(DatasetModel::JudgeScoreColumn, false);
        m_view.reset();
        m_session.reset();

        // The next session: as the user left it.
        m_session = m_data->open();
        QVERIFY(m_session);
        m_view = std::make_unique<DatasetView>(*m_session);
        m_view->resize(1100, 600);
        m_view->show();
        header = table()->horizontalHeader();
        QCOMPARE(header->sectionSize(DatasetModel::PersonasColumn), defaultWidth + 57);
        QCOMPARE(header->sectionSize(DatasetModel::TopicColumn), topicWidth + 31);
        QCOMPARE(header->visualIndex(DatasetModel::RatingColumn), 0);
        QVERIFY(!header->isSectionHidden(DatasetModel::JudgeScoreColumn));
        QCOMPARE(header->sortIndicatorSection(), int(DatasetModel::TokensColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(model()->rowCount(), 60);
        QCOMPARE(model()->sortColumn(), int(DatasetModel::TokensColumn));
        QCOMPARE(model()->sortOrder(), Qt::DescendingOrder);
        // Six turns of 7 tokens first: conversations 2, 5, 8, …
        QCOMPARE(cell(0, DatasetModel::TokensColumn), u"42"_s);
        // The last column still takes the width left over.
        QVERIFY(header->stretchLastSection());
    }

    void selection_survivesSortingAndRefresh()
    {
        QVERIFY(openView(120));
        QTRY_COMPARE(model()->rowCount(), 120);
        clickRow(5);
        clickRow(7, Qt::ControlModifier);
        QCOMPARE(m_view->selectedConversations(), QList<qint64>({m_data->ids[5], m_data->ids[7]}));
        clickHeader(DatasetModel::TopicColumn);
        QTRY_VERIFY(model()->ids() != m_data->ids);
        QCOMPARE(m_view->selectedConversations().size(), 2);
        QVERIFY(m_view->selectedConversations().contains(m_data->ids[5]));
        QVERIFY(m_view->selectedConversations().contains(m_data->ids[7]));
        QCOMPARE(model()->idAt(table()->currentIndex().row()), m_data->ids[7]);
    }

    void doubleClickOrReturn_opensTheConversation()
    {
        QVERIFY(openView(50));
        QTRY_COMPARE(model()->rowCount(), 50);
        QSignalSpy activated(m_view.get(), &DatasetView::conversationActivated);
        const QRect rect = table()->visualRect(model()->index(3, DatasetModel::TopicColumn));
        // A double-click is a click, then a second press that the system reports as a double-click.
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.last().first().toLongLong(), m_data->ids[3]);

        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down);
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().toLongLong(), m_data->ids[4]);
    }

    void newConversations_appearOnCtrlRAndByThemselves()
    {
        QVERIFY(openView(40));
        QTRY_COMPARE(model()->rowCount(), 40);
        clickRow(2);
        // The engine writes through a connection of its own.
        {
            QSqlDatabase engine = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"engine"_s);
            engine.setDatabaseName(m_data->path);
            QVERIFY(engine.open());
            Store::RunStore store(engine);
            QVERIFY(m_data->add(store, 5));
        }
        QSqlDatabase::removeDatabase(u"engine"_s);
        QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(model()->rowCount(), 45);
        // The view's background work (index, filter verdicts) writes too: the count may say "…" a moment.
        QTRY_COMPARE(count(), counted(45));
        QCOMPARE(m_view->selectedConversations(), QList<qint64>({m_data->ids[2]}));

        // Without asking: the view watches the project while it is shown.
        {
            QSqlDatabase engine = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"engine"_s);
            engine.setDatabaseName(m_data->path);
            QVERIFY(engine.open());
            Store::RunStore store(engine);
            QVERIFY(m_data->add(store, 3));
        }
        QSqlDatabase::removeDatabase(u"engine"_s);
        QTRY_COMPARE(model()->rowCount(), 48);
        QCOMPARE(model()->ids(), m_data->ids);
        QCOMPARE(m_view->selectedConversations(), QList<qint64>({m_data->ids[2]}));
    }

    void approveAndRejectKeys_reviewTheSelection()
    {
        QVERIFY(openView(30));
        QTRY_COMPARE(model()->rowCount(), 30);
        clickRow(1);
        QTest::keyClick(table(), Qt::Key_A);
        QTRY_COMPARE(cell(1, DatasetModel::StatusColumn), u"Approved"_s);
        // The next one is up.
        QCOMPARE(table()->currentIndex().row(), 2);
        QTest::keyClick(table(), Qt::Key_R);
        QTRY_COMPARE(cell(2, DatasetModel::StatusColumn), u"Rejected"_s);

        clickRow(5);
        clickRow(7, Qt::ShiftModifier);
        QTest::keyClick(table(), Qt::Key_A);
        QTRY_COMPARE(cell(7, DatasetModel::StatusColumn), u"Approved"_s);
        QString error;
        Store::CurationStore store(m_session->file().database());
        for (int i : {1, 5, 6, 7})
            QCOMPARE(store.conversation(m_data->ids[i], &error)->review, Store::Review::Approved);
        QCOMPARE(store.conversation(m_data->ids[2], &error)->review, Store::Review::Rejected);
        QCOMPARE(store.conversation(m_data->ids[3], &error)->review, Store::Review::Generated);

        // Many at once: on a pool thread, the view stays responsive.
        clickRow(10);
        table()->scrollTo(model()->index(29, 0));
        clickRow(29, Qt::ShiftModifier);
        QCOMPARE(m_view->selectedConversations().size(), 20);
        QTest::keyClick(table(), Qt::Key_R);
        QTRY_COMPARE(cell(29, DatasetModel::StatusColumn), u"Rejected"_s);
        QTRY_COMPARE(cell(10, DatasetModel::StatusColumn), u"Rejected"_s);
        for (int i = 10; i < 30; ++i)
            QCOMPARE(store.conversation(m_data->ids[i], &error)->review, Store::Review::Rejected);

        // Typing in a filter is typing, not reviewing.
        auto *topic = child<QLineEdit>(u"datasetTopicFilter"_s);
        topic->setFocus();
        QTest::keyClicks(topic, u"ar"_s);
        QCOMPARE(topic->text(), u"ar"_s);
        QCOMPARE(store.conversation(m_data->ids[3], &error)->review, Store::Review::Generated);
    }

    void emptyProject_saysHowToGetConversations()
    {
        QVERIFY(openView(0));
        QTRY_VERIFY(model()->isLoaded());
        auto *hint = child<QLabel>(u"datasetEmptyHint"_s);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"No conversations yet"_s));
        QTRY_COMPARE(count(), counted(0));
    }

    void model_staysConsistentWhileFiltersChangeUnderIt()
    {
        QVERIFY(openView(260));
        QTRY_COMPARE(model()->rowCount(), 260);
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *topic = child<QLineEdit>(u"datasetTopicFilter"_s);
        auto *search = child<QLineEdit>(u"datasetSearch"_s);
        QTest::keyClicks(topic, u"mech"_s);
        QTRY_COMPARE(model()->rowCount(), 104);
        QTest::keyClicks(search, u"zebra"_s);
        QTRY_COMPARE(model()->rowCount(), 0);
        search->clear();
        clickHeader(DatasetModel::TokensColumn);
        QTRY_COMPARE(model()->rowCount(), 104);
        topic->clear();
        QTRY_COMPARE(model()->rowCount(), 260);
        clickHeader(DatasetModel::IdColumn);
        QTRY_COMPARE(model()->ids(), m_data->ids);
        {
            QSqlDatabase engine = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"engine"_s);
            engine.setDatabaseName(m_data->path);
            QVERIFY(engine.open());
            Store::RunStore store(engine);
            QVERIFY(m_data->add(store, 4));
        }
        QSqlDatabase::removeDatabase(u"engine"_s);
        m_view->refresh();
        QTRY_COMPARE(model()->rowCount(), 264);
        QVERIFY(DatasetFixture::exec(m_session->file().database(),
                                     u"DELETE FROM turns WHERE conversation_id = %1"_s.arg(m_data->ids[3])));
        QVERIFY(DatasetFixture::exec(m_session->file().database(),
                                     u"DELETE FROM conversations WHERE id = %1"_s.arg(m_data->ids[3])));
        m_view->refresh();
        QTRY_COMPARE(model()->rowCount(), 263);
        for (int row = 0; row < model()->rowCount(); row += 13)
            QVERIFY(!cell(row, DatasetModel::TopicColumn).isEmpty());
    }
};

QTEST_MAIN(DatasetViewTest)
#include "datasetview_test.moc"
