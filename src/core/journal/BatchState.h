#pragma once

#include <QString>

// The life of one batch in the journal. The order is the protocol that makes sending exactly-once:
// a batch is `Sending` (durably, with its reference_id) BEFORE its request leaves; a batch found in
// `Sending` after a crash is reconciled with GET /import?reference_id=eq.… before anything is resent.
enum class BatchState {
    Planned,   // written, never sent (or proven not stored by the server)
    Sending,   // a POST may be in flight or may have been stored: reconcile before resending
    Accepted,   // the server stored it: import id known, processing in the background
    Finished,   // processed: counts known, failed rows journaled
    Split,   // answered 413: replaced by two smaller child batches
    Rejected   // answered 400: every row handed back as failed with the API's reason
};

namespace BatchStates {
QString toString(BatchState state);
BatchState fromString(const QString &text);   // unknown text → Sending: reconciled, never blindly resent
bool isDone(BatchState state);   // Finished, Split or Rejected
}
