// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "store/designstore.h"

#include <QUrl>

#include <memory>

namespace Dialogsmith::Test {

/// A small design that runs against a scripted server at `url`: two topics, two personas a side, a document.
inline Design::ProjectDesign runDesign(const QUrl &url)
{
    using namespace Qt::StringLiterals;
    Design::ProjectDesign d;
    d.name = u"Run test"_s;
    Design::Topic mechanics {u"Mechanics"_s, u"Forces and motion."_s, 1, {}};
    mechanics.children = {{u"Energy"_s, {}, 1, {}}, {u"Momentum"_s, {}, 1, {}}};
    d.topics = {mechanics, {u"Optics"_s, {}, 1, {}}};
    const auto persona = [](const QString &name, Design::Side side, const QString &description) {
        Design::Persona p;
        p.name = name;
        p.side = side;
        p.description = description;
        return p;
    };
    d.personas = {persona(u"Mia"_s, Design::Side::User, u"a curious student"_s),
                  persona(u"Tom"_s, Design::Side::User, u"a sceptical engineer"_s),
                  persona(u"Dr. Okafor"_s, Design::Side::Assistant, u"a patient physics tutor"_s)};
    QString text;
    for (int i = 0; i < 8; ++i)
        text += u"Paragraph %1 explains how energy moves between objects when a force does work on them.\n\n"_s.arg(i);
    d.documents = {{u"Notes on energy"_s, u"notes.md"_s, text}};
    d.chunking = {200, 20};
    Llm::ProviderProfile p;
    p.name = u"sim"_s;
    p.model = u"sim-model"_s;
    p.endpoints = {{url.toString() + u"/v1"_s, {}}};
    p.limits.maxAttempts = 2;
    d.providers = {p};
    d.prices.set(u"sim-model"_s, {1.0, 2.0, 0, 0});
    d.generation.count = 6;
    d.generation.minTurns = 2;
    d.generation.maxTurns = 3;
    d.generation.concurrency = 3;
    d.generation.seed = 7;
    return d;
}

inline std::unique_ptr<ProjectSession> openSession(const QString &path, const Design::ProjectDesign &design)
{
    QString error;
    auto file = ProjectFile::create(path, &error);
    if (!file || !Store::DesignStore(file->database()).save(design, &error))
        qFatal("%s", qPrintable(error));
    auto session = ProjectSession::open(std::move(file), &error);
    if (!session)
        qFatal("%s", qPrintable(error));
    return session;
}

} // namespace Dialogsmith::Test
