#pragma once

#include "report/report.h"

#include <QVariant>

// A report's figures as tables, one per chart of the Insight view, headers in the current
// language: what the command line prints, and what each chart exports as CSV. Cells keep
// their kind, so a terminal shows "¥3.00" and "71.4%" where Excel gets 3.00 and 0.714.
namespace aftersales::report::tables
{

struct Cell {
    enum class Kind {
        Text,
        Count,
        Cents,   // money in fen
        Rate,    // 0 to 1; null when nothing was due
        Seconds, // a duration
    };
    Kind kind = Kind::Text;
    QVariant value;
};

struct Table {
    QString title;
    QStringList headers;
    QList<QList<Cell>> rows;
};

// The six figures, as the view's charts show them.
enum class Figure { ByDay, ReshipByProduct, OnTime, MoneyLost, FirstAction, Backlog };
QList<Figure> figures();
Table table(const Report &report, Figure figure);

// A cell for a person: "¥3.00", "71.4%", "1h 40m", a dash for no rate.
QString human(const Cell &cell);
// A cell for Excel: yuan with two decimals and no symbol, a rate as a fraction, a duration
// in hours with two decimals, text as it is.
QString spreadsheet(const Cell &cell);

// The backlog bucket's and the reason's names for people.
QString backlogLabel(BacklogBucket bucket);
// "the week of 11-16" style label of a week row, and a day row's.
QString weekLabel(const WeekRow &week);
QString dayLabel(const DayRow &day);

} // namespace aftersales::report::tables
