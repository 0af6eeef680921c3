#pragma once

#include <QString>

namespace aftersales::ui
{

class MainWindow;

// Grabs the main window, the reject dialog and the ship dialog as they are drawn
// (main_window.png, reject_dialog.png, ship_dialog.png in `folder`), for the README.
// Picks a pending reshipment to reject and one awaiting shipment to ship, if there are.
// Returns the files written.
QStringList saveScreenshots(MainWindow &window, const QString &folder);

} // namespace aftersales::ui
