#include "storage/postgres/postgreslocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace aftersales::postgres
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::postgres", text);
}

// "scheme://user:secret@…" or "?password=…": looked for in the raw text, before any parsing
// that might fail, so that a message never quotes it.
bool carriesPassword(const QString &location)
{
    static const QRegularExpression inUserInfo(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#@]*:[^/?#@]*@"));
    static const QRegularExpression inQuery(QStringLiteral("[?&]password="),
                                            QRegularExpression::CaseInsensitiveOption);
    return inUserInfo.match(location).hasMatch() || inQuery.match(location).hasMatch();
}

QString passwordRefused()
{
    return tr("The database address carries a password; it was not used and is not repeated here. "
              "Give the address without it (postgresql://ROLE@HOST/DATABASE): the password comes only from "
              "PGPASSWORD or the password file (~/.pgpass, or the file PGPASSFILE names).");
}

} // namespace

bool isUri(const QString &location)
{
    const QString t = location.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<Location> parse(const QString &location)
{
    const QString text = location.trimmed();
    if (carriesPassword(text))
        return Outcome::badInput(passwordRefused());
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !isUri(text))
        return Outcome::badInput(tr("\"%1\" is not a PostgreSQL address; write it as "
                                    "postgresql://ROLE@HOST[:PORT]/DATABASE.")
                                     .arg(text));
    Location l;
    l.role = url.userName(QUrl::FullyDecoded);
    l.host = url.host(QUrl::FullyDecoded);
    l.port = url.port(-1);
    l.database = url.path(QUrl::FullyDecoded);
    if (l.database.startsWith(QLatin1Char('/')))
        l.database.remove(0, 1);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return Outcome::badInput(tr("%1: name the database after the host, as in "
                                    "postgresql://ROLE@HOST[:PORT]/DATABASE.")
                                     .arg(text));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            l.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            l.port = value.toInt(&ok);
            if (!ok || l.port <= 0 || l.port > 65535)
                return Outcome::badInput(tr("%1: the port must be a number from 1 to 65535.").arg(text));
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                           QStringLiteral("prefer"),    QStringLiteral("require"),
                                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return Outcome::badInput(tr("%1: sslmode must be one of %2.").arg(text, modes.join(u", ")));
            l.sslmode = value;
        } else {
            return Outcome::badInput(tr("%1: the parameter \"%2\" is not supported; this program passes on "
                                        "host, port and sslmode.")
                                         .arg(text, key));
        }
    }
    if (l.host.contains(QLatin1Char(',')))
        return Outcome::badInput(tr("%1: one host only.").arg(text));
    return l;
}

QString Location::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!role.isEmpty())
        url.setUserName(role);
    if (!socket)
        url.setHost(host.isEmpty() ? QString() : host);
    if (!socket && port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    if (socket && port > 0)
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    if (!sslmode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslmode);
    if (!query.isEmpty())
        url.setQuery(query);
    QString out = url.toString(QUrl::FullyEncoded);
    // A URI without a host: "postgresql:/shop" reads as a path; libpq's form keeps "//".
    if (!out.startsWith(QLatin1String("postgresql://")))
        out.replace(0, int(QStringLiteral("postgresql:").size()), QStringLiteral("postgresql://"));
    return out;
}

} // namespace aftersales::postgres
