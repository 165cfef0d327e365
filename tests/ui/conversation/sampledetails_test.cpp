// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
// What the conversation editor shows of a sample beyond its messages: mode, verdicts, alternatives.
#include "conversation/sampledetails.h"

#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

class SampleDetailsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preferencePair_showsRankingVerdictAndRejectedResponses()
    {
        Store::StoredConversation c;
        c.mode = u"preference"_s;
        c.state = Store::ConversationState::Complete;
        c.details = R"({"ranking": [2, 1], "reason": "Response 2 shows the steps."})";
        Store::StoredJudgment j;
        j.purpose = u"preference"_s;
        j.rubric = u"1-10"_s;
        j.seq = 1;
        j.reason = u"Response 2 shows the steps."_s;
        c.judgments = {j};
        Store::StoredAlternative a;
        a.seq = 1;
        a.kind = u"rejected"_s;
        a.rank = 1;
        a.content = u"It is cos(x²) <b>."_s;
        a.model = u"small-model"_s;
        a.reason = j.reason;
        c.alternatives = {a};
        SampleDetails details;
        details.showSample(c, {});
        QVERIFY(details.hasContent());
        const QString text = details.text();
        QVERIFY2(text.contains(u"Preference pair"_s), qPrintable(text));
        QVERIFY2(text.contains(u"ranked the responses 2, 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Rejected response 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"small-model"_s), qPrintable(text));
        // Generated text is shown as text, never as markup.
        QVERIFY2(text.contains(u"cos(x²) &lt;b&gt;."_s), qPrintable(text));
        QVERIFY2(text.contains(u"message 2"_s), qPrintable(text));
    }

    void droppedEvolution_andTriplet_sayWhatTheyAre()
    {
        Store::StoredConversation evol;
        evol.mode = u"evol"_s;
        evol.state = Store::ConversationState::Dropped;
        evol.failure = u"The evolution was dropped: it copies its parent."_s;
        evol.details = R"({"generation": 2, "direction": "deepen", "parent": "Explain the chain rule."})";
        SampleDetails details;
        details.showSample(evol, {});
        QVERIFY(details.text().contains(u"Generation 2, deepened."_s));
        QVERIFY(details.text().contains(u"Explain the chain rule."_s));
        QVERIFY(details.text().contains(u"Dropped: The evolution was dropped: it copies its parent."_s));

        Store::StoredConversation triplet;
        triplet.mode = u"embedding"_s;
        Store::StoredAlternative negative;
        negative.kind = u"hard_negative"_s;
        negative.rank = 1;
        negative.content = u"Momentum is conserved."_s;
        negative.documentId = 7;
        negative.chunkIndex = 2;
        negative.reason = u"It is about momentum, not energy."_s;
        triplet.alternatives = {negative};
        details.showSample(triplet, {{7, u"Notes on mechanics"_s}});
        QVERIFY2(details.text().contains(u"Hard negative 1 · chunk 3 of Notes on mechanics"_s),
                 qPrintable(details.text()));
        QVERIFY(details.text().contains(u"Judge: It is about momentum, not energy."_s));

        // A plain conversation without verdicts has nothing to add.
        details.showSample(Store::StoredConversation {}, {});
        QVERIFY(!details.hasContent());
    }
};

QTEST_MAIN(SampleDetailsTest)
#include "sampledetails_test.moc"
