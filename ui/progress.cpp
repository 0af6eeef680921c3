#include "progress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace aftersales::ui
{
namespace
{

int cancelAfter = -1;

} // namespace

Progress::Progress(QWidget *parent, const QString &label)
    : m_dialog(std::make_unique<QProgressDialog>(label, QCoreApplication::translate("Progress", "Cancel"), 0,
                                                 0, parent)),
      m_cancelAfter(cancelAfter)
{
    cancelAfter = -1;
    m_dialog->setObjectName(QStringLiteral("progressDialog"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
}

Progress::~Progress()
{
    m_dialog->close();
}

std::function<bool(qint64, qint64)> Progress::callback()
{
    return [this](qint64 done, qint64 total) {
        // QProgressDialog counts in int: scale large totals.
        const int scale = total > 1'000'000'000 ? 1000 : 1;
        m_dialog->setMaximum(int(std::max<qint64>(total, 1) / scale));
        m_dialog->setValue(
            int(std::min(done, std::max<qint64>(total, 1)) / scale)); // processes events when modal
        ++m_steps;
        if (m_cancelAfter >= 0 && m_steps > m_cancelAfter)
            m_dialog->cancel();
        m_cancelled = m_dialog->wasCanceled();
        return !m_cancelled;
    };
}

bool Progress::wasCancelled() const
{
    return m_cancelled;
}

void Progress::cancelNextAfter(int steps)
{
    cancelAfter = steps;
}

} // namespace aftersales::ui
