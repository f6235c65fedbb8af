#pragma once

#include <QString>
#include <QUrl>

// The origins at which this program started its practice sandbox, kept in the user's settings. A
// journal job counts as practice only when its origin is one of them: a user's own sandbox or
// server on 127.0.0.1 is an account like any other (issue 15, History labels).
namespace PracticeOrigins {
void remember(const QUrl &apiBaseUrl);
bool contains(const QString &apiUrl);
}
