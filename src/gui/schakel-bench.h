/* schakel-bench.h — start-up marks for tests/bench/bench-startup.py.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-window.h"

G_BEGIN_DECLS

void schakel_bench_watch (SchakelWindow *window);

G_END_DECLS
