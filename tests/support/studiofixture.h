// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/modelaccess.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "support/memorysecrets.h"
#include "support/scriptedprofile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

#include <functional>
#include <memory>

namespace Dialogsmith::Test {

/// What the main window hands a studio area: an open project (in a temporary folder) and model access with
/// keys in memory. A test class derives from it next to QObject, calls makeFolder() in init(), openProject()
/// in a test and closeProject() in cleanup() after it dropped its widgets.
class StudioFixture
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
    MemorySecrets m_secrets;
    std::unique_ptr<ModelAccess> m_models;

    void makeFolder()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    /// Creates `fileName` in the folder with the design `setUp` writes, with nothing to undo yet.
    void openProject(const QString &fileName, const std::function<void(Design::ProjectDesign &)> &setUp)
    {
        using namespace Qt::StringLiterals;
        QString error;
        auto file = ProjectFile::create(m_dir->filePath(fileName), &error);
        QVERIFY2(file, qPrintable(error));
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_session->edit(u"Set up"_s, ProjectSession::Part::All, setUp);
        m_session->undoStack()->clear();
        m_models = std::make_unique<ModelAccess>(*m_session, m_secrets);
    }

    void closeProject()
    {
        m_models.reset();
        m_session.reset();
        m_dir.reset();
    }

    /// With DIALOGSMITH_SCREENSHOTS set to a folder, saves what a widget looks like there, to judge by eye.
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        using namespace Qt::StringLiterals;
        const QString folder = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(folder + u'/' + name + u".png"_s);
    }
};

} // namespace Dialogsmith::Test
