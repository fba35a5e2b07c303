#include "ui/help/HelpMenu.h"

#include "model/ProviderSpec.h"
#include "ui/common/ScreenFit.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xynap::ui {

namespace {
void showText(QWidget *parent, const QString &title, const QString &html, const QString &name)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    auto *text = new QTextBrowser(dialog);
    text->setAccessibleName(title);
    text->setOpenExternalLinks(false);
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    fitToScreen(dialog, QSize(640, 520));
    dialog->show();
}

QString keyText(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}
} // namespace

HelpMenu::HelpMenu(QMenuBar *menuBar, QWidget *window, const ProviderCatalog &catalog)
    : QObject(window)
    , m_window(window)
    , m_catalog(catalog)
{
    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(tr("&Keyboard map"), this, &HelpMenu::showKeyboardMap);
    help->addAction(tr("&Provider notes"), this, &HelpMenu::showProviderNotes);
    help->addSeparator();
    help->addAction(tr("&About xynap console"), this, &HelpMenu::showAbout);
}

QList<QPair<QString, QString>> HelpMenu::keyboardMap()
{
    return {
        {keyText(QKeySequence::Find), tr("Filter the list of the page (Trunks)")},
        {tr("Enter"), tr("Open the selected trunk in the editor")},
        {keyText(QKeySequence::Delete), tr("Delete the selected trunk (asks first)")},
        {keyText(QKeySequence::Save), tr("Editor: review and save")},
        {keyText(QKeySequence::Undo) + u" / "_s + keyText(QKeySequence::Redo),
            tr("Editor: undo / redo")},
        {tr("Esc"), tr("Close a dialog (the editor asks before discarding changes)")},
        {keyText(QKeySequence::Refresh), tr("Reload the trunks")},
        {keyText(QKeySequence::Open), tr("Connect to another platform")},
        {u"F11"_s, tr("NOC dashboard")},
        {tr("Alt+underlined letter"), tr("The page, button or field whose letter is underlined")},
        {tr("Tab / Shift+Tab"), tr("Next / previous control; tables do not keep the Tab key")},
        {keyText(QKeySequence::Quit), tr("Quit")},
    };
}

void HelpMenu::showKeyboardMap()
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (const auto &[key, what] : keyboardMap())
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
            key.toHtmlEscaped(), what.toHtmlEscaped());
    html += u"</table>"_s;
    showText(m_window, tr("Keyboard map"), html, u"keyboardMapDialog"_s);
}

void HelpMenu::showProviderNotes()
{
    QString html;
    for (const ProviderSpec &p : m_catalog.providers()) {
        html += u"<h3>%1</h3>"_s.arg(p.name.toHtmlEscaped());
        html += u"<p>%1</p>"_s.arg(p.notes.toHtmlEscaped());
        html += u"<table cellpadding=\"2\">"_s;
        const auto row = [&html](const QString &label, const QString &value) {
            if (!value.isEmpty())
                html += u"<tr><td>%1</td><td><tt>%2</tt></td></tr>"_s.arg(
                    label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        row(tr("Proxy"), p.proxy);
        row(tr("Outbound proxy"), p.outboundProxy);
        row(tr("Realm"), p.realm);
        row(tr("Sofia profile"), p.profile);
        row(tr("Registers"), p.registers ? tr("yes") : tr("no (IP authentication)"));
        html += u"</table>"_s;
    }
    showText(m_window, tr("Provider notes"), html, u"providerNotesDialog"_s);
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About xynap console"),
        tr("<h3>xynap console %1</h3><p>The administration console for the xynap telephony "
           "platform: the SIP trunks of Plusnet and 1&amp;1 as the Platform API holds them, the "
           "gateways as FreeSWITCH runs them, and a sandbox to try everything.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                QString::fromLatin1(qVersion())));
}

} // namespace xynap::ui
