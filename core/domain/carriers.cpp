#include "domain/carriers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace aftersales::carriers
{
namespace
{

struct Row {
    const char *code;
    const char *name;
    const char *pattern;
    const char *example;
};

// Formats as the carriers print them on their waybills; lengths chosen so that no
// number fits two carriers, which makes detection unambiguous.
constexpr std::array rows{
    Row{"shunfeng", QT_TRANSLATE_NOOP("carriers", "SF Express"), R"(SF\d{13})", "SF1234567890123"},
    Row{"zhongtong", QT_TRANSLATE_NOOP("carriers", "ZTO Express"), R"(7[3-8]\d{12})", "73123456789012"},
    Row{"yuantong", QT_TRANSLATE_NOOP("carriers", "YTO Express"), R"(YT\d{13})", "YT1234567890123"},
    Row{"yunda", QT_TRANSLATE_NOOP("carriers", "Yunda Express"), R"(4[36]\d{13})", "431234567890123"},
    Row{"shentong", QT_TRANSLATE_NOOP("carriers", "STO Express"), R"(77\d{13})", "771234567890123"},
    Row{"jd", QT_TRANSLATE_NOOP("carriers", "JD Logistics"), R"(JD[A-Z]{0,2}\d{11,13})", "JDVA12345678901"},
    Row{"ems", QT_TRANSLATE_NOOP("carriers", "EMS"), R"([A-Z]{2}\d{9}CN|1[01]\d{11})", "1100123456789"},
    Row{"jtexpress", QT_TRANSLATE_NOOP("carriers", "J&T Express"), R"(JT\d{13})", "JT1234567890123"},
    Row{"debangwuliu", QT_TRANSLATE_NOOP("carriers", "Deppon"), R"(DPK\d{12})", "DPK123456789012"},
    Row{"youzhengguonei", QT_TRANSLATE_NOOP("carriers", "China Post"), R"(9\d{12})", "9812345678901"},
};

const QRegularExpression &regexFor(const Row &row)
{
    static std::array<QRegularExpression, rows.size()> compiled = [] {
        std::array<QRegularExpression, rows.size()> out;
        for (size_t i = 0; i < rows.size(); ++i)
            out[i] = QRegularExpression(QStringLiteral("^(?:%1)$").arg(QLatin1String(rows[i].pattern)));
        return out;
    }();
    return compiled[size_t(&row - rows.data())];
}

Carrier toCarrier(const Row &row)
{
    return {QLatin1String(row.code), QCoreApplication::translate("carriers", row.name),
            QLatin1String(row.example)};
}

} // namespace

QList<Carrier> all()
{
    QList<Carrier> out;
    for (const Row &row : rows)
        out.append(toCarrier(row));
    return out;
}

std::optional<Carrier> find(const QString &code)
{
    for (const Row &row : rows)
        if (code == QLatin1String(row.code))
            return toCarrier(row);
    return std::nullopt;
}

QString normalized(const QString &trackingNo)
{
    QString out = trackingNo.toUpper();
    out.remove(QLatin1Char(' '));
    return out.trimmed();
}

bool matches(const QString &code, const QString &trackingNo)
{
    const QString number = normalized(trackingNo);
    for (const Row &row : rows)
        if (code == QLatin1String(row.code))
            return regexFor(row).match(number).hasMatch();
    return false;
}

std::optional<QString> detect(const QString &trackingNo)
{
    const QString number = normalized(trackingNo);
    std::optional<QString> found;
    for (const Row &row : rows) {
        if (!regexFor(row).match(number).hasMatch())
            continue;
        if (found)
            return std::nullopt;
        found = QLatin1String(row.code);
    }
    return found;
}

} // namespace aftersales::carriers
