// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/workerthreads.h"

#include <QAbstractEventDispatcher>
#include <QTest>
#include <QThread>

using namespace Dialogsmith;

class WorkerThreadsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerThreadsRunQtsOwnEventLoop()
    {
        qunsetenv("QT_NO_THREADED_GLIB");
        Engine::preferQtEventLoopsInWorkerThreads();
        QCOMPARE(qgetenv("QT_NO_THREADED_GLIB"), QByteArray("1"));

        QThread thread;
        thread.start();
        QTRY_VERIFY(thread.eventDispatcher() != nullptr);
        const QByteArray dispatcher = thread.eventDispatcher()->metaObject()->className();
        thread.quit();
        QVERIFY(thread.wait(5000));
        QVERIFY2(!dispatcher.contains("Glib"), dispatcher.constData());
    }

    void aValueInTheEnvironmentIsKept()
    {
        qputenv("QT_NO_THREADED_GLIB", "0");
        Engine::preferQtEventLoopsInWorkerThreads();
        QCOMPARE(qgetenv("QT_NO_THREADED_GLIB"), QByteArray("0"));
        qunsetenv("QT_NO_THREADED_GLIB");
    }
};

QTEST_GUILESS_MAIN(WorkerThreadsTest)
#include "workerthreads_test.moc"
