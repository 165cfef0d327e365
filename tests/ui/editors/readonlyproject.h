// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QFileInfo>
#include <QString>

#include <linux/capability.h>
#include <sys/syscall.h>

#include <unistd.h>

namespace Dialogsmith::Test {

/// Makes the file at `path` read-only as a user does (chmod a-w), so that opening it gives a read-only
/// ProjectFile. Root may write any file whatever its mode, and the tests run as root in the build root: so the
/// calling thread (the GUI thread, where projects are opened) first gives up the capabilities that let it
/// ignore file modes, for good. Its own files stay writable to it as their owner. Returns false, with `why`,
/// when the file is writable all the same.
inline bool makeFileReadOnly(const QString &path, QString *why)
{
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)) {
        *why = QStringLiteral("chmod failed");
        return false;
    }
    if (geteuid() == 0) {
        __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
        if (syscall(SYS_capget, &header, data) != 0) {
            *why = QStringLiteral("capget failed");
            return false;
        }
        for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
            const quint32 bit = 1u << (cap % 32);
            data[cap / 32].effective &= ~bit;
            data[cap / 32].permitted &= ~bit;
            data[cap / 32].inheritable &= ~bit;
        }
        if (syscall(SYS_capset, &header, data) != 0) {
            *why = QStringLiteral("capset failed");
            return false;
        }
    }
    if (QFileInfo(path).isWritable()) {
        *why = QStringLiteral("the file is writable all the same");
        return false;
    }
    return true;
}

} // namespace Dialogsmith::Test
