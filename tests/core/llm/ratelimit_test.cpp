// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/ratelimit.h"

#include <QTest>

using namespace Dialogsmith::Llm;

class RateLimitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucket_unlimitedAlwaysGives()
    {
        TokenBucket bucket(0, 0);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(bucket.tryTake(1'000'000, 0));
        QCOMPARE(bucket.msUntilAvailable(1'000'000, 0), 0);
    }

    void bucket_requestsPerMinute()
    {
        TokenBucket bucket(60, 0); // one a second
        for (int i = 0; i < 60; ++i)
            QVERIFY(bucket.tryTake(1, 0));
        QVERIFY(!bucket.tryTake(1, 0));
        QCOMPARE(bucket.msUntilAvailable(1, 0), 1000);
        QVERIFY(!bucket.tryTake(1, 999));
        QVERIFY(bucket.tryTake(1, 1000));
        QVERIFY(!bucket.tryTake(1, 1000));
    }

    void bucket_refillsOnlyUpToItsSize()
    {
        TokenBucket bucket(600, 0);
        QVERIFY(bucket.tryTake(600, 0));
        QCOMPARE(bucket.available(3'600'000), 600.0);
    }

    void bucket_oversizedRequestWaitsForAFullBucketThenGoes()
    {
        TokenBucket bucket(1000, 0);
        QVERIFY(bucket.tryTake(400, 0));
        QVERIFY(!bucket.tryTake(5000, 0));
        QCOMPARE(bucket.msUntilAvailable(5000, 0), 24000); // 400 tokens back at 1000/min
        QVERIFY(bucket.tryTake(5000, 24000));
        // It went into debt: the next small request waits until the debt is repaid.
        QVERIFY(!bucket.tryTake(1, 24000));
        QVERIFY(bucket.msUntilAvailable(1, 24000) > 4 * 60000 - 1000);
    }

    void bucket_giveBack()
    {
        TokenBucket bucket(10, 0);
        QVERIFY(bucket.tryTake(10, 0));
        bucket.giveBack(4, 0);
        QVERIFY(bucket.tryTake(4, 0));
        QVERIFY(!bucket.tryTake(1, 0));
    }

    void adaptive_cutsOncePerBurst()
    {
        AdaptiveLimit limit(100);
        QCOMPARE(limit.current(), 100);
        // Requests sent at t=0..10, all answered 429 around t=50: one cut.
        QVERIFY(limit.onRateLimited(0, 50));
        QCOMPARE(limit.current(), 70);
        for (int sent = 1; sent <= 10; ++sent)
            QVERIFY(!limit.onRateLimited(sent, 51));
        QCOMPARE(limit.current(), 70);
        // A request sent after the cut that is still limited: a new burst, another cut.
        QVERIFY(limit.onRateLimited(60, 200));
        QCOMPARE(limit.current(), 49);
    }

    void adaptive_neverBelowOne_andRecovers()
    {
        AdaptiveLimit limit(4);
        for (int i = 0; i < 10; ++i)
            limit.onRateLimited(i * 100 + 1, i * 100 + 50);
        QCOMPARE(limit.current(), 1);
        int successes = 0;
        while (limit.current() < 4 && successes < 1000) {
            limit.onSuccess();
            ++successes;
        }
        QCOMPARE(limit.current(), 4);
        QVERIFY2(successes >= 6 && successes <= 10, qPrintable(QString::number(successes)));
        for (int i = 0; i < 100; ++i)
            limit.onSuccess();
        QCOMPARE(limit.current(), 4);
    }

    void backoff_growsWithJitterAndCap()
    {
        const Backoff backoff {500, 30000};
        QCOMPARE(backoff.delayMs(2, 0.0), 250);
        QCOMPARE(backoff.delayMs(2, 0.999), 250 + 249);
        QCOMPARE(backoff.delayMs(3, 0.0), 500);
        QCOMPARE(backoff.delayMs(4, 0.0), 1000);
        QCOMPARE(backoff.delayMs(30, 0.0), 15000);
        QVERIFY(backoff.delayMs(30, 0.999) < 30000);
    }

    void backoff_honoursTheServer()
    {
        const Backoff backoff;
        QCOMPARE(backoff.delayMs(2, 0.0, 7000), 7000);
        QVERIFY(backoff.delayMs(2, 0.999, 7000) <= 7700);
        QVERIFY(backoff.delayMs(9, 0.5, 7000) >= 7000);
        QCOMPARE(backoff.delayMs(2, 0.0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(RateLimitTest)
#include "ratelimit_test.moc"
