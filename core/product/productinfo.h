// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Dialogsmith {

/// Names, version and licence of the product, as every executable and the About dialog show them.
namespace ProductInfo {
QString name();
QString version();
QString organizationDomain();
/// The reverse-DNS application id ("org.dialogsmith.Dialogsmith"): desktop file, keychain service.
QString applicationId();
QString licenseName();
QString licenseUrl();
/// One line for `--version`: the program name followed by the version.
QString versionLine(const QString &programName);
} // namespace ProductInfo

} // namespace Dialogsmith
