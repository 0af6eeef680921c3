#include "filedialog.h"

#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace aftersales::ui
{
namespace
{

std::optional<QString> next;
QString lastFolder;

QString startFolder()
{
    if (lastFolder.isEmpty())
        lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return lastFolder;
}

void remember(const QString &file)
{
    if (!file.isEmpty())
        lastFolder = QFileInfo(file).absolutePath();
}

} // namespace

bool FileDialog::takeNext(QString &name)
{
    if (!next)
        return false;
    name = *next;
    next.reset();
    return true;
}

void FileDialog::setNextFileName(const QString &name)
{
    next = name;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString name;
    if (takeNext(name))
        return name;
    name = QFileDialog::getOpenFileName(parent, caption, startFolder(), filter);
    remember(name);
    return name;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    QString name;
    if (takeNext(name))
        return name;
    name = QFileDialog::getSaveFileName(parent, caption, QDir(startFolder()).filePath(suggested), filter);
    remember(name);
    return name;
}

} // namespace aftersales::ui
