#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace aftersales::ui
{

// The platform's order_flag as the Douyin back office shows it: 0 none (grey), 1 purple,
// 2 cyan, 3 green, 4 orange, 5 red.
class FlagFormat
{
    Q_DECLARE_TR_FUNCTIONS(FlagFormat)

public:
    static constexpr int count = 6;
    static QColor color(int flag);
    static QString label(int flag);
    // A filled dot in the flag's colour (a ring for "none").
    static QIcon dot(int flag);
};

} // namespace aftersales::ui
