// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "secrets/secretstore.h"

namespace Dialogsmith {

SecretStore::~SecretStore() = default;

} // namespace Dialogsmith
