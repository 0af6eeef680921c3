#pragma once

#include "domain/names.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace aftersales::ui
{

// The platform's order_flag as the Douyin back office shows it: 0 none (grey), 1 purple,
// 2 cyan, 3 green, 4 orange, 5 red.
class FlagFormat
{
public:
    static constexpr int count = names::flagCount;
    static QColor color(int flag);
    static QString label(int flag);
    // A filled dot in the flag's colour (a ring for "none").
    static QIcon dot(int flag);
};

} // namespace aftersales::ui
