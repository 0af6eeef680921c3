#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace aftersales::carriers
{

struct Carrier {
    QString code;    // kuaidi100-style code, e.g. "shunfeng"
    QString name;    // translated display name, e.g. 顺丰速运
    QString example; // a number of the right shape, for placeholders and help
};

QList<Carrier> all();
std::optional<Carrier> find(const QString &code);
// Upper-cased, spaces removed: how a number is stored and compared.
QString normalized(const QString &trackingNo);
bool matches(const QString &code, const QString &trackingNo);
// The one carrier whose format the number fits; nullopt when none or several do.
std::optional<QString> detect(const QString &trackingNo);

} // namespace aftersales::carriers
