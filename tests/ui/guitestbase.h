#pragma once

#include "domain/claim.h"
#include "mainwindow.h"
#include "settings.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>

#include <memory>

class QAction;

namespace aftersales::testing
{

// What every test of the window shares (KeePassXC's GuiTestBase): a temporary database with
// a fixed clock, the user's settings and policy file in its folder, the real window
// offscreen with its model under QAbstractItemModelTester, and helpers that drive it by
// object name. A test class derives from it and calls initGui(), initFixture() and
// cleanupFixture() from its initTestCase(), init() and cleanup().
class GuiTestBase : public QObject
{
protected:
    // Dialogs answer from their test hooks; nothing blocks.
    void initGui();
    // A fresh database (on the backend given) and settings (no window yet).
    void initFixture(Backend backend = Backend::Sqlite);
    // Also puts the language and the time zone back.
    void cleanupFixture();
    // The window on the fixture, shown at `size` (the platform's default when invalid), in
    // `language` when one is given: operator "tester", polling every 50 ms.
    void openWindow(const QSize &size = {}, const QString &language = {});

    // Makes the window the active one, as a merchant's window is: keys go to its focus.
    void activateWindow();
    // The widget with the keyboard focus.
    static QWidget *focused();
    // A key pressed where the keyboard focus is, as typed.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    // A _data() table of one column, "language": a row for 中文 and one for English.
    static void addLanguageRows();

    QAction *action(const char *name) const;
    // Triggers the action found by its object name; false when there is none.
    bool triggerAction(const char *name);
    int rowOf(qint64 id) const;
    void clickRow(int row);
    // The claim's status name as the list holds it (empty when it is not listed).
    QString statusOf(qint64 id) const;
    // The claim's status as stored.
    ClaimStatus storedStatus(qint64 id);
    // TempDatabase::awaitingShipment, the clock a minute on.
    qint64 awaitingShipment(const QString &orderId);
    // A file of these bytes in the fixture's folder; its path.
    QString writeFile(const QString &name, const QByteArray &bytes);
    // The database the window opens on: the fixture's own, or one a test class brings (the
    // sync tests' harness has its own).
    virtual TempDatabase &db() { return *m_db; }

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace aftersales::testing
