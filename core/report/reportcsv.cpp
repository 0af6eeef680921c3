#include "report/reportcsv.h"

#include "io/exporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace aftersales::report::csv
{
namespace
{

// One line of cells, CRLF-terminated (the list's export writes its lines the same way).
QByteArray line(const QStringList &cells)
{
    QStringList fields;
    for (const QString &c : cells)
        fields << exporter::csvField(c);
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QByteArray bytes(const tables::Table &table)
{
    QByteArray out("\xEF\xBB\xBF");
    out += line(table.headers);
    for (const QList<tables::Cell> &row : table.rows) {
        QStringList cells;
        for (const tables::Cell &c : row)
            cells << tables::spreadsheet(c);
        out += line(cells);
    }
    return out;
}

Outcome write(const QString &path, const tables::Table &table)
{
    QSaveFile file(path);
    const QByteArray data = bytes(table);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Outcome::badInput(QCoreApplication::translate("aftersales::report", "Cannot write %1: %2")
                                     .arg(path, file.errorString()));
    return Outcome::success();
}

} // namespace aftersales::report::csv
