#include "SandboxFixture.h"
#include "model/ProviderSpec.h"
#include "model/TimeFormat.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "session/TrunkEditSession.h"
#include "ui/common/Prompter.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/DeleteTrunkDialog.h"
#include "ui/editor/ReviewDialog.h"
#include "ui/editor/TrunkEditor.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/trunks/TrunksPage.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestTrunkEditor final : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<session::PlatformSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;

    void shoot(QWidget *w, const QString &name)
    {
        w->resize(900, 1000);
        if (w->layout())
            w->layout()->activate();
        QCoreApplication::processEvents();
        w->grab().save(QCoreApplication::applicationDirPath() + u"/"_s + name + u".png"_s);
    }

    ui::TrunkEditor *openOn(const QString &gateway)
    {
        QTableView *view = m_window->trunksPage()->view();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == gateway)
                view->setCurrentIndex(view->model()->index(r, 0));
        }
        return m_window->trunksPage()->openEditor({});
    }

    // A second operator saves through the API behind the console's back.
    void otherOperatorSets(int id, const QJsonObject &change)
    {
        QNetworkAccessManager net;
        QUrl url = m_sandbox->apiUrl();
        url.setPath(u"/api/v1/sip/trunks/%1"_s.arg(id));
        QNetworkRequest get(url);
        get.setRawHeader("Authorization", "Bearer " + m_sandbox->options().operatorToken.toUtf8());
        QNetworkReply *r = net.get(get);
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait());
        const QByteArray etag = r->rawHeader("ETag");
        QNetworkRequest put(url);
        put.setRawHeader("Authorization", "Bearer " + m_sandbox->options().operatorToken.toUtf8());
        put.setRawHeader("If-Match", etag);
        put.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *p = net.put(put, QJsonDocument(change).toJson());
        QSignalSpy putDone(p, &QNetworkReply::finished);
        QVERIFY(putDone.wait());
        QCOMPARE(p->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = testsupport::startSandbox();
        QVERIFY(m_sandbox);
        m_session = std::make_unique<session::PlatformSession>();
        testsupport::useSandboxApi(*m_session->api(), *m_sandbox);
        m_window = std::make_unique<ui::MainWindow>(m_session.get());
        m_window->show();
        QSignalSpy loaded(m_session.get(), &session::PlatformSession::trunksLoaded);
        m_session->checkIdentity();
        m_session->refreshTrunks();
        QVERIFY(loaded.wait());
        QTRY_VERIFY(!m_session->profiles().isEmpty());
        QTRY_VERIFY(!m_session->permissions().isEmpty());
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    void newTrunkOpensCleanAndNotDirty()
    {
        // The production data has a trunk named "plusnet": the new one gets a free name, no
        // duplicate-name finding, and Esc closes it without asking (nothing was typed).
        ui::TrunkEditor *editor = m_window->trunksPage()->openEditor(u"plusnet"_s);
        QVERIFY(editor);
        QCOMPARE(editor->editSession()->draft().gatewayName, u"plusnet-2"_s);
        for (const lint::Finding &f : editor->findings())
            QVERIFY2(f.ruleId != u"XY-DUPLICATE-GATEWAY"_s, qPrintable(f.message));
        QVERIFY(!editor->editSession()->isDirty());
        QVERIFY(!editor->windowTitle().startsWith(u"●"_s));
        auto *name = qobject_cast<QLineEdit *>(editor->fieldWidget(u"gateway_name"_s));
        QTest::keyClicks(name, u"x"_s);
        QVERIFY(editor->editSession()->isDirty());
    }

    void typingAWrongRealmIsFlaggedAndFixedByOneClick()
    {
        ui::TrunkEditor *editor = openOn(u"1und1"_s);
        QVERIFY(editor);
        QVERIFY(editor->findings().isEmpty());
        auto *realm = qobject_cast<QLineEdit *>(editor->fieldWidget(u"realm"_s));
        realm->selectAll();
        QTest::keyClicks(realm, u"1und1.de"_s);
        QCOMPARE(editor->editSession()->draft().realm, u"1und1.de"_s);
        QVERIFY(editor->editSession()->isDirty());
        QVERIFY(editor->windowTitle().startsWith(u"●"_s));
        QCOMPARE(editor->findings().size(), 1);
        QCOMPARE(editor->findings().first().ruleId, u"XY-REALM"_s);
        QVERIFY(realm->toolTip().contains(u"sip.1und1.de"_s));
        QVERIFY(realm->property("finding").toBool());

        auto *outbound = qobject_cast<QLineEdit *>(editor->fieldWidget(u"outbound_proxy"_s));
        outbound->selectAll();
        QTest::keyClicks(outbound, u"2001:8d8:104:100:212:227:124:129"_s);
        QTRY_VERIFY(editor->findChild<QPushButton *>(u"fix_XY-IPV6-BRACKETS"_s));
        // Each message and its fix sit right under the field they are about.
        auto *realmNote = editor->findChild<QWidget *>(u"realmNoteWidget"_s);
        auto *outboundNote = editor->findChild<QWidget *>(u"outbound_proxyNoteWidget"_s);
        QVERIFY(realmNote && outboundNote);
        QVERIFY(realmNote->isVisible());
        QVERIFY(realmNote->isAncestorOf(editor->findChild<QPushButton *>(u"fix_XY-REALM"_s)));
        QVERIFY(outboundNote->isAncestorOf(
            editor->findChild<QPushButton *>(u"fix_XY-IPV6-BRACKETS"_s)));
        QVERIFY(!editor->findChild<QWidget *>(u"usernameNoteWidget"_s)->isVisible());
        // Directly below the field: no other field in between.
        QTRY_VERIFY(realmNote->geometry().top() >= realm->geometry().bottom()
            && realmNote->geometry().top() - realm->geometry().bottom() < realm->height());
        shoot(editor, u"editor-findings"_s);
        editor->findChild<QPushButton *>(u"fix_XY-IPV6-BRACKETS"_s)->click();
        QCOMPARE(
            editor->editSession()->draft().outboundProxy, u"[2001:8d8:104:100:212:227:124:129]"_s);
        QCOMPARE(outbound->text(), u"[2001:8d8:104:100:212:227:124:129]"_s);
        QTRY_VERIFY(editor->findChild<QPushButton *>(u"fix_XY-REALM"_s));
        editor->findChild<QPushButton *>(u"fix_XY-REALM"_s)->click();
        QCOMPARE(editor->editSession()->draft().realm, u"sip.1und1.de"_s);
        QVERIFY(editor->findings().isEmpty());
        QVERIFY(!editor->editSession()->isDirty());

        // Undo brings the broken realm back, redo the fix.
        editor->undoStack()->undo();
        QCOMPARE(editor->editSession()->draft().realm, u"1und1.de"_s);
        editor->undoStack()->redo();
        QCOMPARE(editor->editSession()->draft().realm, u"sip.1und1.de"_s);
        editor->close();
    }

    // The editor by keyboard alone: Enter in an unchanged field opens nothing (Review and save
    // is grey: there is nothing to save); every field's label has an Alt+letter that goes to it;
    // Tab from a field with a quick fix goes to the fix — made anew by every check — and then on
    // to the next field, not past Close; with a change, Enter opens the review.
    void editorByKeyboardAlone()
    {
        ui::TrunkEditor *editor = openOn(u"1und1"_s);
        QVERIFY(editor);
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto *review = editor->findChild<QPushButton *>(u"reviewPushButton"_s);
        auto *realm = qobject_cast<QLineEdit *>(editor->fieldWidget(u"realm"_s));
        realm->setFocus();
        QTRY_VERIFY(realm->hasFocus());
        QVERIFY(!review->isEnabled());
        QTest::keyClick(realm, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(!editor->findChild<ui::ReviewDialog *>());

        const auto holds = [](QWidget *field) {
            QWidget *focus = QApplication::focusWidget();
            return focus && (focus == field || field->isAncestorOf(focus));
        };
        QSet<QChar> letters;
        for (QLabel *label : editor->findChildren<QLabel *>()) {
            if (!label->buddy() || !label->isVisible())
                continue;
            const QString text = label->text();
            const qsizetype at = text.indexOf(QRegularExpression(u"&[^&]"_s));
            QVERIFY2(at >= 0, qPrintable(u"no Alt+letter: "_s + text));
            const QChar letter = text.at(at + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(u"Alt+%1 twice"_s.arg(letter)));
            letters.insert(letter);
            QTest::keyClick(editor, char(letter.toLatin1()), Qt::AltModifier);
            QVERIFY2(holds(label->buddy()),
                qPrintable(u"Alt+%1 (%2) did not reach its field"_s.arg(letter, text)));
        }
        QCOMPARE(letters.size(), 15); // every field but the two check boxes, which carry their own
        QVERIFY(!editor->editSession()->isDirty());

        realm->setFocus();
        realm->selectAll();
        QTest::keyClicks(realm, u"1und1.de"_s); // checked after every key: the fix made anew
        QPushButton *fix = editor->findChild<QPushButton *>(u"fix_XY-REALM"_s);
        QVERIFY(fix);
        QTest::keyClick(realm, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), fix);
        QTest::keyClick(fix, Qt::Key_Tab);
        QVERIFY(holds(editor->fieldWidget(u"username"_s)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), fix);

        QVERIFY(review->isEnabled());
        realm->setFocus();
        QTest::keyClick(realm, Qt::Key_Return);
        QTRY_VERIFY(editor->findChild<ui::ReviewDialog *>());
        editor->findChild<ui::ReviewDialog *>()->reject();
    }

    // The count under the list is of what is on the screen: a filter says how many it shows.
    void statusCountsWhatTheFilterShows()
    {
        auto *filter = m_window->trunksPage()->findChild<QLineEdit *>(u"trunkFilterLineEdit"_s);
        auto *status = m_window->trunksPage()->findChild<QLabel *>(u"trunksStatusLabel"_s);
        QVERIFY(filter && status);
        QVERIFY2(status->text().startsWith(u"2 trunk"_s), qPrintable(status->text()));
        filter->setText(u"plusnet"_s);
        QCOMPARE(m_window->trunksPage()->view()->model()->rowCount(), 1);
        QVERIFY2(status->text().startsWith(u"1 of 2 trunk"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"plusnet"_s), qPrintable(status->text()));
        filter->clear();
        QVERIFY2(status->text().startsWith(u"2 trunk"_s), qPrintable(status->text()));
    }

    void reviewShowsDiffAndXmlAndErrorsNeedAReason()
    {
        ui::TrunkEditor *editor = openOn(u"1und1"_s);
        auto *realm = qobject_cast<QLineEdit *>(editor->fieldWidget(u"realm"_s));
        realm->selectAll();
        QTest::keyClicks(realm, u"1und1.de"_s);
        editor->review();
        auto *review = editor->findChild<ui::ReviewDialog *>();
        QVERIFY(review);
        QCOMPARE(review->diffTable()->rowCount(), 1);
        QCOMPARE(
            review->diffTable()->item(0, 0)->text(), u"Realm"_s); // the label, not the API name
        QCOMPARE(review->diffTable()->item(0, 1)->text(), u"sip.1und1.de"_s);
        QCOMPARE(review->diffTable()->item(0, 2)->text(), u"1und1.de"_s);
        QTRY_VERIFY(
            review->xmlView()->toPlainText().contains(u"from-domain\" value=\"1und1.de\""_s));
        QVERIFY(review->xmlView()->toPlainText().contains(u"********"_s));
        QVERIFY(!review->xmlView()->toPlainText().contains(u"sandbox-1und1-secret"_s));
        QVERIFY(review->overrideReason());
        QVERIFY(!review->saveButton()->isEnabled());
        QTest::keyClicks(review->overrideReason(), u"testing the 904 diagnosis"_s);
        QVERIFY(review->saveButton()->isEnabled());
        shoot(review, u"review"_s);
        QSignalSpy saved(editor->editSession(), &session::TrunkEditSession::saved);
        review->saveButton()->click();
        QVERIFY(saved.wait());
        QCOMPARE(m_sandbox->api()->trunks().at(1).realm, u"1und1.de"_s);
        bool logged = false;
        for (const auto &e : m_session->activity()->entries())
            logged = logged || e.note.contains(u"testing the 904 diagnosis"_s);
        QVERIFY(logged);
        QVERIFY(!editor->editSession()->isDirty());
        // The saved error shows as a badge in the trunk list and in the findings panel.
        QTRY_VERIFY(std::any_of(m_session->findings().cbegin(), m_session->findings().cend(),
            [](const lint::Finding &f) {
                return f.ruleId == u"XY-REALM"_s && f.gatewayName == u"1und1"_s;
            }));
        auto *model = m_session->trunks();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString badge
                = model->index(r, session::TrunkTableModel::Checks).data().toString();
            const QString name = model->index(r, session::TrunkTableModel::Name).data().toString();
            QVERIFY2(name == u"1und1"_s ? badge.startsWith(u"✖"_s) : badge.startsWith(u"✔"_s),
                qPrintable(name + u": "_s + badge));
        }
        auto *panel = m_window->findChild<QTreeWidget *>(u"findingsTreeWidget"_s);
        QVERIFY(panel);
        QVERIFY(!panel->findItems(u"XY-REALM"_s, Qt::MatchExactly, 2).isEmpty());
        editor->close();
    }

    void conflictKeepsBothVersions()
    {
        ui::TrunkEditor *editor = openOn(u"1und1"_s);
        auto *callerId = qobject_cast<QLineEdit *>(editor->fieldWidget(u"caller_id"_s));
        callerId->selectAll();
        QTest::keyClicks(callerId, u"+493455630488"_s);
        otherOperatorSets(2,
            {{u"expire_seconds"_s, 900}, {u"caller_id"_s, u"+493455664399"_s},
                {u"username"_s, u"49345566433"_s}});

        QSignalSpy conflict(editor->editSession(), &session::TrunkEditSession::conflict);
        editor->editSession()->save();
        QVERIFY(conflict.wait());
        auto *dialog = editor->findChild<ui::ConflictDialog *>();
        QVERIFY(dialog);
        // Their username and expiry, my caller ID; nothing lost from either side.
        QVERIFY(dialog->conflictingFields().contains(u"caller_id"_s));
        QVERIFY(dialog->conflictingFields().contains(u"expire_seconds"_s));
        // Only the caller ID changed on both sides: the one true conflict, marked as such.
        QCOMPARE(dialog->trueConflicts(), QStringList {u"caller_id"_s});
        const int row = int(dialog->conflictingFields().indexOf(u"caller_id"_s));
        QVERIFY(dialog->table()
                    ->item(row, ui::ConflictDialog::ChangedByColumn)
                    ->text()
                    .contains(u"both"_s));
        const int expire = int(dialog->conflictingFields().indexOf(u"expire_seconds"_s));
        QCOMPARE(dialog->table()->item(expire, ui::ConflictDialog::ChangedByColumn)->text(),
            u"them only"_s);
        QCOMPARE(
            dialog->table()->item(row, ui::ConflictDialog::FieldColumn)->text(), u"Caller ID"_s);
        // Which version they saved, who saved it and when (the API's updated_by/updated_at).
        const Trunk theirs = m_sandbox->api()->trunks().at(1);
        QVERIFY(!theirs.updatedBy.isEmpty() && theirs.updatedAt.isValid());
        QVERIFY2(dialog->savedByText().startsWith(
                     u"Their version: %1, saved by %2 at %3"_s.arg(theirs.version)
                         .arg(theirs.updatedBy, displayDateTime(theirs.updatedAt))),
            qPrintable(dialog->savedByText()));
        dialog->resize(900, 420); // the docs' picture at the dialog's own size
        dialog->layout()->activate();
        QVERIFY(dialog->grab().save(QCoreApplication::applicationDirPath() + u"/conflict.png"_s));
        const Trunk merged = dialog->merged();
        QCOMPARE(merged.callerId, u"+493455630488"_s);
        QCOMPARE(merged.expireSeconds, 900);
        QCOMPARE(merged.username, u"49345566433"_s);
        dialog->findChild<QPushButton *>(u"resolvePushButton"_s)->click();
        QCOMPARE(editor->editSession()->draft().callerId, u"+493455630488"_s);
        QSignalSpy saved(editor->editSession(), &session::TrunkEditSession::saved);
        editor->editSession()->save();
        QVERIFY(saved.wait());
        const Trunk stored = m_sandbox->api()->trunks().at(1);
        QCOMPARE(stored.callerId, u"+493455630488"_s);
        QCOMPARE(stored.expireSeconds, 900);
        QCOMPARE(stored.username, u"49345566433"_s);
        editor->close();
    }

    // One "New … trunk" button per provider of the session's catalog: a third provider is a
    // catalog entry, not code.
    void newTrunkButtonsComeFromTheCatalog()
    {
        ProviderCatalog catalog = m_session->catalog();
        ProviderSpec third;
        third.id = u"sipco"_s;
        third.name = u"Sip & Co"_s;
        third.realm = u"sip.example.net"_s;
        third.profile = u"internal"_s;
        catalog.add(third);
        session::PlatformSession session(catalog);
        session.api()->setBaseUrl(m_sandbox->apiUrl());
        session.api()->setToken(m_sandbox->options().operatorToken);
        ui::MainWindow window(&session);
        QStringList texts;
        for (const ProviderSpec &p : catalog.providers()) {
            auto *button = window.findChild<QPushButton *>(u"new_%1_TrunkPushButton"_s.arg(p.id));
            QVERIFY2(button, qPrintable(p.id));
            texts.append(button->text());
        }
        QCOMPARE(texts.size(), 3);
        QVERIFY(texts.contains(u"New &Plusnet trunk"_s));
        QVERIFY(texts.contains(u"New &1&&1 trunk"_s));
        QVERIFY(texts.contains(u"New &Sip && Co trunk"_s));
        QSignalSpy loaded(&session, &session::PlatformSession::trunksLoaded);
        session.refreshTrunks();
        QVERIFY(loaded.wait());
        window.findChild<QPushButton *>(u"new_sipco_TrunkPushButton"_s)->click();
        auto *editor = window.findChild<ui::TrunkEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->editSession()->draft().provider, u"sipco"_s);
        QCOMPARE(editor->editSession()->draft().realm, u"sip.example.net"_s);
        editor->close();
    }

    void failedSaveKeepsTheDraft()
    {
        ui::TrunkEditor *editor = openOn(u"plusnet"_s);
        auto *outbound = qobject_cast<QLineEdit *>(editor->fieldWidget(u"outbound_proxy"_s));
        outbound->selectAll();
        QTest::keyClicks(outbound, u"92.197.177.16"_s);
        m_sandbox.reset(); // the Platform API goes away
        QSignalSpy failed(editor->editSession(), &session::TrunkEditSession::failed);
        editor->editSession()->save();
        QVERIFY(failed.wait());
        QVERIFY(failed.first().first().toString().contains(u"cannot be reached"_s));
        QCOMPARE(editor->editSession()->draft().outboundProxy, u"92.197.177.16"_s);
        QVERIFY(editor->editSession()->isDirty());
        // Closing with unsaved changes asks; "no" keeps the editor open.
        ui::Prompter::setNextAnswer(false);
        editor->close();
        QVERIFY(editor->isVisible());
        ui::Prompter::setNextAnswer(true);
        editor->close();
        QVERIFY(!editor->isVisible());
    }

    // The console sent If-Match "<id>-<version>" made up from the trunk instead of
    // the ETag the server gave. Against an API with opaque ETags every save went to the
    // conflict dialog and every delete got 412.
    void opaqueEtagsAreSentBackAsGiven()
    {
        m_sandbox->api()->setOpaqueEtags(true);
        QSignalSpy loaded(m_session.get(), &session::PlatformSession::trunksLoaded);
        m_session->refreshTrunks();
        QVERIFY(loaded.wait());
        const Trunk stored = m_sandbox->api()->trunks().at(1);
        QVERIFY(m_sandbox->api()->etagOf(stored) != stored.etag().toUtf8());
        QCOMPARE(m_session->trunkEtag(stored.id), m_sandbox->api()->etagOf(stored));

        ui::TrunkEditor *editor = openOn(stored.gatewayName);
        QVERIFY(editor);
        QCOMPARE(editor->editSession()->etag(), m_sandbox->api()->etagOf(stored));
        auto *callerId = qobject_cast<QLineEdit *>(editor->fieldWidget(u"caller_id"_s));
        callerId->selectAll();
        QTest::keyClicks(callerId, u"+493455630488"_s);
        QSignalSpy saved(editor->editSession(), &session::TrunkEditSession::saved);
        QSignalSpy conflict(editor->editSession(), &session::TrunkEditSession::conflict);
        editor->editSession()->save();
        QVERIFY(saved.wait());
        QCOMPARE(conflict.size(), 0);
        QCOMPARE(m_sandbox->api()->trunks().at(1).callerId, u"+493455630488"_s);
        editor->close();

        // Delete, from the list, once it is reloaded with the new ETag.
        QSignalSpy reloaded(m_session.get(), &session::PlatformSession::trunksLoaded);
        m_session->refreshTrunks();
        QVERIFY(reloaded.wait());
        const int before = int(m_sandbox->api()->trunks().size());
        QTableView *view = m_window->trunksPage()->view();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == stored.gatewayName)
                view->setCurrentIndex(view->model()->index(r, 0));
        }
        m_window->trunksPage()->deleteSelected();
        auto *dialog = m_window->trunksPage()->findChild<ui::DeleteTrunkDialog *>();
        QVERIFY(dialog);
        dialog->accept();
        QTRY_COMPARE(int(m_sandbox->api()->trunks().size()), before - 1);
    }

    void readonlyTokenIsToldWhy()
    {
        m_session->api()->setToken(m_sandbox->options().readonlyToken);
        QSignalSpy checked(m_session.get(), &session::PlatformSession::identityChecked);
        m_session->checkIdentity();
        QVERIFY(checked.wait());
        QVERIFY(!m_session->canWriteTrunks());
        ui::TrunkEditor *editor = openOn(u"1und1"_s);
        auto *reason = editor->findChild<QLabel *>(u"readOnlyLabel"_s);
        QVERIFY(reason->isVisibleTo(editor));
        QVERIFY(reason->text().contains(u"trunks:write"_s));
        QVERIFY(!editor->findChild<QPushButton *>(u"reviewPushButton"_s)->isEnabled());
        QVERIFY(!editor->fieldWidget(u"realm"_s)->isEnabled());
        editor->close();
    }
};

QTEST_MAIN(TestTrunkEditor)
#include "tst_trunkeditor.moc"
