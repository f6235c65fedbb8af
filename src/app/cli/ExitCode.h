#pragma once

// Exit codes of the mateo-import command line (docs/architecture.md contract: scripts rely on them).
namespace ExitCode {
constexpr int Success = 0;
constexpr int RowsInvalidOrFailed = 1;
constexpr int UsageOrUnreadableInput = 2;
constexpr int ConnectionOrAuthFailure = 3;
constexpr int DailyQuotaReached = 75;   // EX_TEMPFAIL: resumable
}
