#pragma once

#include "domain/clock.h"
#include "domain/outcome.h"
#include "session.h"
#include "storage/storage.h"
#include "workbench.h"

#include <QTextStream>
#include <QTimeZone>

#include <memory>

namespace aftersales::cli
{

// What every command gets: the opened database brought up to the clock, the workbench
// over it, who is acting, and where output goes.
struct Context {
    std::unique_ptr<Clock> clock;
    std::unique_ptr<Session> session;
    Workbench *workbench = nullptr; // the session's
    QString operatorName;
    bool json = false;
    QTextStream &out;
    QTextStream &err;
    // Where times are shown: the time zone of the user's settings, as in the window.
    QTimeZone zone = QTimeZone::systemTimeZone();

    const Storage &storage() const { return session->storage(); }

    // Prints the failure (stderr, and a JSON error document with --json); returns its exit code.
    int fail(const Outcome &outcome);
    int badUsage(const QString &message) { return fail(Outcome::badInput(message)); }
    void printJson(const QJsonValue &value);
};

} // namespace aftersales::cli
