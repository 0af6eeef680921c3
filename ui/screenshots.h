#pragma once

#include <QString>

namespace aftersales::ui
{

class MainWindow;

// Grabs the main window, the reject dialog, the ship dialog and Insight as they are drawn
// (main_window.png, reject_dialog.png, ship_dialog.png, insight.png in `folder`), for the
// README.
// Picks a pending reshipment to reject and one awaiting shipment to ship, if there are.
// Returns the files written.
QStringList saveScreenshots(MainWindow &window, const QString &folder);

} // namespace aftersales::ui
