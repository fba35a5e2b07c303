#pragma once
// Walks every widget a window shows and says what an operator would trip over: two controls
// with one Alt+letter, a control a screen reader cannot name, text cut off, a window larger than
// a 1366×768 screen. Header-only; used by the GUI tests (tests/gui/tst_windowaudit.cpp), which
// link xynap_ui for ui/common/Mnemonics.

#include "ui/common/Mnemonics.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace xynap::test {

inline QString plain(QString text)
{
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(u'&')
        .replace(u'\x01', u'&');
}

inline bool shown(const QWidget *w, const QWidget *window)
{
    return w->isVisibleTo(window) && w->window() == window;
}

// Every Alt+letter reachable at once in `window` (visible widgets, tabs, the menu bar) and who
// has it; a letter with two owners is a clash.
inline QStringList mnemonicClashes(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto note = [&owners](const QString &text, const QString &who) {
        const QChar m = ui::mnemonicOf(text);
        if (!m.isNull())
            owners[m].append(who + QStringLiteral(" \"") + plain(text) + u'"');
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w, window))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            note(b->text(), QStringLiteral("button"));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            note(l->text(), QStringLiteral("label"));
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            note(g->title(), QStringLiteral("group"));
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    note(t->tabText(i), QStringLiteral("tab"));
        } else if (auto *m = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : m->actions())
                if (a->isVisible())
                    note(a->text(), QStringLiteral("menu"));
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("Alt+%1: %2")
                               .arg(it.key().toUpper(), it.value().join(QStringLiteral(", "))));
    return clashes;
}

// Field labels, check boxes and push buttons the window shows without an Alt+letter.
inline QStringList withoutMnemonic(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w, window))
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            // A button with a key of its own (Ctrl+Z) or a dialog's Close/Cancel (Esc) is
            // reached by keyboard without an Alt+letter.
            const auto *box = qobject_cast<const QDialogButtonBox *>(b->parentWidget());
            if ((!b->shortcut().isEmpty() && ui::mnemonicOf(b->text()).isNull())
                || (box && box->buttonRole(b) == QDialogButtonBox::RejectRole))
                continue;
            text = b->text();
        } else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        if (!text.isEmpty() && ui::mnemonicOf(text).isNull())
            out.append(QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" \"")
                + text + u'"');
    }
    return out;
}

// The widgets Tab visits from `from` on, as QWidget::focusNextPrevChild() walks them: enabled,
// shown, taking Tab, focus proxies resolved; at most `count`.
inline QList<QWidget *> tabChain(QWidget *from, int count)
{
    QList<QWidget *> chain;
    QWidget *w = from;
    for (int guard = 0; chain.size() < count && guard < 10'000; ++guard) {
        w = w->nextInFocusChain();
        if (w == from)
            break;
        QWidget *target = w;
        while (target->focusProxy())
            target = target->focusProxy();
        if (!target->isVisibleTo(from->window()) || !target->isEnabled()
            || !(target->focusPolicy() & Qt::TabFocus) || target->window() != from->window()
            || (!chain.isEmpty() && chain.last() == target))
            continue;
        chain.append(target);
    }
    return chain;
}

inline bool isControl(const QWidget *w)
{
    if (w->objectName().startsWith(QStringLiteral("qt_")) || !(w->focusPolicy() & Qt::TabFocus))
        return false;
    // The line edit inside a combo box or spin box is the outer control's.
    if (qobject_cast<QComboBox *>(w->parentWidget())
        || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
        return false;
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w);
}

inline QString describe(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" ")
        + (w->objectName().isEmpty() ? QStringLiteral("(no objectName)") : w->objectName());
}

// Controls a screen reader would announce without a name.
inline QStringList unnamedControls(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w, window) || !isControl(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            out.append(describe(w));
    }
    return out;
}

// Buttons, check boxes and one-line labels narrower or lower than their text needs.
inline QStringList clippedTexts(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w, window))
            continue;
        QSize need;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty()) {
            need = b->sizeHint();
            text = plain(b->text());
        } else if (auto *l = qobject_cast<QLabel *>(w);
                   l && !l->wordWrap() && !l->text().isEmpty() && l->pixmap().isNull()) {
            need = l->minimumSizeHint();
            text = l->text();
        } else {
            continue;
        }
        // One pixel of slack for rounding in the styles.
        if (w->width() + 1 < need.width() || w->height() + 1 < need.height())
            out.append(QStringLiteral("%1 \"%2\": %3×%4, needs %5×%6")
                           .arg(describe(w), text.left(40))
                           .arg(w->width())
                           .arg(w->height())
                           .arg(need.width())
                           .arg(need.height()));
    }
    return out;
}

// A window that does not fit a 1366×768 screen, or cannot be made to.
inline QString tooLarge(const QWidget *window, QSize screen = QSize(1366, 768))
{
    const QSize size = window->size();
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (size.width() > screen.width() || size.height() > screen.height())
        return QStringLiteral("%1×%2 opened larger than %3×%4")
            .arg(size.width())
            .arg(size.height())
            .arg(screen.width())
            .arg(screen.height());
    if (least.width() > screen.width() || least.height() > screen.height())
        return QStringLiteral("cannot shrink below %1×%2").arg(least.width()).arg(least.height());
    return {};
}

} // namespace xynap::test
