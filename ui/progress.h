#pragma once

#include <QString>

#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace aftersales::ui
{

// A long operation's progress in a window-modal QProgressDialog with Cancel; appears
// only when the operation takes longer than half a second. callback() is what the core's
// long operations take: (done, total) -> keep going.
class Progress
{
public:
    Progress(QWidget *parent, const QString &label);
    ~Progress();

    std::function<bool(qint64, qint64)> callback();
    bool wasCancelled() const;

    // Test hook: the next operation is cancelled (as if Cancel were pressed) after
    // `steps` progress reports.
    static void cancelNextAfter(int steps);

private:
    std::unique_ptr<QProgressDialog> m_dialog;
    int m_cancelAfter = -1;
    int m_steps = 0;
    bool m_cancelled = false;
};

} // namespace aftersales::ui
