#pragma once

// Background work (reading, checking, exporting) must never take the CPU from the window: a worker
// lowers its own scheduling priority before it starts, and threads it starts (the Validator's
// pool) inherit it. On a busy two-core machine this keeps the event loop's turns under 100 ms.
namespace BackgroundPriority {
void lowerCurrentThread();
}
