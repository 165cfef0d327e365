// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "product/productinfo.h"

namespace Dialogsmith::ProductInfo {

QString name()
{
    return QStringLiteral("Dialogsmith");
}

QString version()
{
    return QStringLiteral(DIALOGSMITH_VERSION);
}

QString organizationDomain()
{
    return QStringLiteral("dialogsmith.org");
}

QString applicationId()
{
    return QStringLiteral("org.dialogsmith.Dialogsmith");
}

QString licenseName()
{
    return QStringLiteral("Apache License 2.0");
}

QString licenseUrl()
{
    return QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0");
}

QString versionLine(const QString &programName)
{
    return programName + u' ' + version();
}

} // namespace Dialogsmith::ProductInfo
