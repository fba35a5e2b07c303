#include "ui/common/WindowState.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace xynap::ui {

namespace {
QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}
} // namespace

void WindowState::save(const QWidget *window, QSettings &settings, const QString &group)
{
    settings.beginGroup(group);
    settings.setValue(u"geometry"_s, window->saveGeometry());
    if (auto *main = qobject_cast<const QMainWindow *>(window))
        settings.setValue(u"state"_s, main->saveState());
    for (const QSplitter *s : window->findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            settings.setValue(u"splitter/"_s + s->objectName(), s->saveState());
    for (QAbstractItemView *v : window->findChildren<QAbstractItemView *>()) {
        QHeaderView *h = headerOf(v);
        if (h && !v->objectName().isEmpty())
            settings.setValue(u"header/"_s + v->objectName(), h->saveState());
    }
    settings.endGroup();
}

bool WindowState::restore(QWidget *window, QSettings &settings, const QString &group)
{
    settings.beginGroup(group);
    const bool restored = window->restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    if (auto *main = qobject_cast<QMainWindow *>(window))
        main->restoreState(settings.value(u"state"_s).toByteArray());
    for (QSplitter *s : window->findChildren<QSplitter *>()) {
        const QByteArray state = settings.value(u"splitter/"_s + s->objectName()).toByteArray();
        if (!s->objectName().isEmpty() && !state.isEmpty())
            s->restoreState(state);
    }
    for (QAbstractItemView *v : window->findChildren<QAbstractItemView *>()) {
        QHeaderView *h = headerOf(v);
        const QByteArray state = settings.value(u"header/"_s + v->objectName()).toByteArray();
        if (h && !v->objectName().isEmpty() && !state.isEmpty() && h->restoreState(state))
            h->setProperty("xynapRestored", true); // the page does not size these columns again
    }
    settings.endGroup();
    return restored;
}

} // namespace xynap::ui
