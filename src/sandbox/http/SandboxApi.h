#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/http/SandboxReply.h"
#include "sandbox/http/SandboxRequest.h"
#include "sandbox/processing/ImportProcessor.h"
#include "sandbox/processing/SandboxClock.h"
#include "sandbox/processing/SandboxFaults.h"
#include "sandbox/processing/SandboxQuota.h"
#include "sandbox/store/ContactStore.h"
#include "sandbox/store/ContactUpserter.h"
#include "sandbox/store/ImportStore.h"
#include "sandbox/store/SandboxDatabase.h"
#include "sandbox/store/SandboxOrganisation.h"

#include <functional>
#include <memory>
#include <optional>

// The API behind the HTTP transport: routes, auth, daily limits, faults and the /__sandbox/ test
// controls. Everything runs on the one event-loop thread, so requests and background processing
// never race; every state change is committed before its answer is produced.
class SandboxApi
{
public:
    explicit SandboxApi(const SandboxOptions &options);
    ~SandboxApi();

    // False + *error (what to do next) when the data directory or --org file cannot be used.
    bool open(QString *error);
    SandboxReply handle(const SandboxRequest &request);
    // The answer a request gets from its head alone, before its body is read (RequestGate), for a
    // body over --max-body-bytes or of unknown length (`contentLength` -1, chunked): no key (401),
    // a wrong key (403), no route (404), too large (413). No value: read the body and handle() it
    // (a chunked body is counted while it arrives; over the limit it gets bodyTooLarge()).
    std::optional<SandboxReply> answerBeforeBody(const QByteArray &method, const QByteArray &target,
                                                 const QByteArray &authorization, qint64 contentLength);
    SandboxReply bodyTooLarge(qint64 bytes, bool atLeast);

private:
    SandboxReply handleApi(const SandboxRequest &request, const QString &route);
    SandboxReply handleControl(const SandboxRequest &request, const QString &route);
    SandboxReply postImport(const SandboxRequest &request);
    SandboxReply getImport(const SandboxRequest &request);
    SandboxReply getContacts(const SandboxRequest &request);
    using StoreList = std::function<bool(const PostgrestQuery &, QJsonArray *, qint64 *, QString *, bool *)>;
    SandboxReply listFromStore(const SandboxRequest &request, const StoreList &list);
    SandboxReply getStatic(const SandboxRequest &request, const QJsonArray &rows, const QString &table);
    SandboxReply listReply(const SandboxRequest &request, const QJsonArray &rows, int offset, qint64 total);
    SandboxReply quotaExceeded(const QString &what, qint64 limit);
    std::optional<SandboxReply> checkKey(const QByteArray &method, const QString &path,
                                         const QByteArray &authorization);
    QJsonObject stats();

    SandboxOptions m_options;
    SandboxOrganisation m_organisation;
    SandboxDatabase m_database;
    SandboxFaults m_faults;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxQuota> m_quota;
    std::unique_ptr<ContactUpserter> m_upserter;
    std::unique_ptr<ImportProcessor> m_processor;
    std::unique_ptr<ImportStore> m_imports;
    std::unique_ptr<ContactStore> m_contacts;
};
