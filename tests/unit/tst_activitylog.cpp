// The activity log: one row per Platform API request or operator note, its columns, the CSV
// export (RFC 4180 quoting read back by a strict parser) and the 10,000-entry cap.
#include "ManualClock.h"
#include "session/ActivityLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using xynap::platform::ApiError;
using xynap::session::ActivityLog;

namespace {

// A strict RFC 4180 reader: fields separated by ',', records by '\n' (or "\r\n"), a quoted
// field may contain ',', '"' (doubled) and line breaks. Returns nullopt on anything malformed,
// e.g. a quote inside an unquoted field or an unterminated quote.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool afterQuote = false; // a quoted field just closed: only ',' or a line break may follow
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u',') {
            record.append(field);
            field.clear();
            wasQuoted = afterQuote = fieldStarted = false;
            continue;
        }
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        if (c == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = afterQuote = fieldStarted = false;
            continue;
        }
        if (afterQuote)
            return std::nullopt; // text after a closing quote
        if (c == u'"') {
            if (fieldStarted)
                return std::nullopt; // a bare quote inside an unquoted field
            quoted = wasQuoted = true;
            fieldStarted = true;
            continue;
        }
        fieldStarted = true;
        field += c;
    }
    if (quoted)
        return std::nullopt; // unterminated
    if (fieldStarted || wasQuoted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

// Regression: ActivityLog::toCsv() crashes (SIGSEGV) as soon as the log has a row.
// Its `quote` lambda (core/session/ActivityLog.cpp:46) has a deduced return type; with
// QT_USE_QSTRINGBUILDER that is a QStringBuilder holding references to the lambda's parameter
// and to temporaries, which dangle once it returns. Fix: `[](QString s) -> QString { ... }`.
// Every test below that exports a row asserts the correct CSV and fails (crashes) until then.
QStringList csvRecord(const ActivityLog &log, int row)
{
    const auto parsed = parseCsv(QString::fromUtf8(log.toCsv()));
    if (!parsed || parsed->size() <= row + 1)
        return {};
    return parsed->at(row + 1);
}

} // namespace

class TestActivityLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvParserSelfCheck()
    {
        // The reader above must itself be strict, or the escaping tests prove nothing.
        QCOMPARE(parseCsv(u"a,\"b,c\",\"d\"\"e\"\n"_s),
            (QList<QStringList> {{u"a"_s, u"b,c"_s, u"d\"e"_s}}));
        QCOMPARE(parseCsv(u"\"x\ny\",z\n"_s), (QList<QStringList> {{u"x\ny"_s, u"z"_s}}));
        QCOMPARE(parseCsv(u"a,,\n"_s), (QList<QStringList> {{u"a"_s, {}, {}}}));
        QVERIFY(!parseCsv(u"a\"b,c\n"_s));
        QVERIFY(!parseCsv(u"\"ab\"c,d\n"_s));
        QVERIFY(!parseCsv(u"\"abc,d\n"_s));
    }

    void emptyLog()
    {
        ActivityLog log;
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(log.rowCount(), 0);
        QCOMPARE(log.columnCount(), int(ActivityLog::ColumnCount));
        QCOMPARE(log.columnCount(), 8);
        QCOMPARE(log.rowCount(log.index(0, 0)), 0);
        const QStringList headers {u"Time"_s, u"Source"_s, u"Trunk or node"_s, u"Method"_s,
            u"Request"_s, u"Answer"_s, u"Duration"_s, u"What changed / note"_s};
        for (int c = 0; c < log.columnCount(); ++c)
            QCOMPARE(log.headerData(c, Qt::Horizontal).toString(), headers.at(c));
        QCOMPARE(
            log.toCsv(), QByteArray("time,source,target,method,path,status,duration_ms,note\n"));
    }

    void requestRow()
    {
        ActivityLog log;
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        log.addRequest("GET", u"/api/v1/sip/trunks"_s, 200, 42, ApiError::None);
        const QDateTime after = QDateTime::currentDateTime().addSecs(1);
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);

        const auto cell = [&log](int column, int role = Qt::DisplayRole) {
            return log.index(0, column).data(role);
        };
        const QDateTime shown
            = QDateTime::fromString(cell(ActivityLog::Time).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY2(shown.isValid(), qPrintable(cell(ActivityLog::Time).toString()));
        QVERIFY(shown >= before.addSecs(-1) && shown <= after);
        QCOMPARE(cell(ActivityLog::Method).toString(), u"GET"_s);
        QCOMPARE(cell(ActivityLog::Path).toString(), u"/api/v1/sip/trunks"_s);
        QCOMPARE(cell(ActivityLog::Status).toInt(), 200);
        QCOMPARE(cell(ActivityLog::Duration).toString(), u"42 ms"_s);
        QVERIFY(cell(ActivityLog::Note).toString().isEmpty());
        // The tooltip repeats the cell; other roles are empty.
        for (int c = 0; c < ActivityLog::ColumnCount; ++c) {
            QCOMPARE(cell(c, Qt::ToolTipRole), cell(c));
            QVERIFY(!cell(c, Qt::EditRole).isValid());
            QVERIFY(!cell(c, Qt::DecorationRole).isValid());
        }

        const ActivityLog::Entry &e = log.entries().first();
        QCOMPARE(e.method, QByteArray("GET"));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.durationMs, qint64(42));
        QVERIFY(e.at >= before && e.at <= after);
    }

    void errorRows()
    {
        ActivityLog log;
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // An HTTP error: the status says it all.
        log.addRequest("PUT", u"/api/v1/sip/trunks/2"_s, 412, 7, ApiError::Conflict);
        // No HTTP status: the note says what went wrong, in the operator's words.
        log.addRequest("GET", u"/api/v1/sip/trunks"_s, 0, 15000, ApiError::Timeout);
        log.addRequest("GET", u"/api/v1/sip/trunks"_s, 0, 0, ApiError::InsecureRefused);
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.index(0, ActivityLog::Status).data().toInt(), 412);
        QVERIFY(!log.index(1, ActivityLog::Status).data().isValid());
        QCOMPARE(log.index(1, ActivityLog::Duration).data().toString(), u"15000 ms"_s);
        xynap::platform::ApiResult timeout;
        timeout.error = ApiError::Timeout;
        QCOMPARE(log.index(1, ActivityLog::Note).data().toString(),
            xynap::platform::operatorMessage(timeout));
        QVERIFY(!log.index(1, ActivityLog::Note).data().toString().isEmpty());
        QVERIFY(log.index(2, ActivityLog::Note).data().toString().contains(u"HTTP"_s));

        const QStringList timeoutCsv = csvRecord(log, 1);
        QCOMPARE(timeoutCsv.size(), 8);
        QCOMPARE(timeoutCsv.at(1), u"api"_s);
        QCOMPARE(timeoutCsv.at(3), u"GET"_s);
        QCOMPARE(timeoutCsv.at(5), QString()); // no status
        QCOMPARE(timeoutCsv.at(6), u"15000"_s);
        QCOMPARE(timeoutCsv.at(7), xynap::platform::operatorMessage(timeout));
    }

    void noteRow()
    {
        ActivityLog log;
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.addNote(u"Saved despite the lint warning: the provider confirmed the realm."_s);
        QCOMPARE(log.rowCount(), 1);
        QVERIFY(log.index(0, ActivityLog::Method).data().toString().isEmpty());
        QVERIFY(log.index(0, ActivityLog::Path).data().toString().isEmpty());
        QVERIFY(!log.index(0, ActivityLog::Status).data().isValid());
        QVERIFY(!log.index(0, ActivityLog::Duration).data().isValid());
        QCOMPARE(log.index(0, ActivityLog::Note).data().toString(),
            u"Saved despite the lint warning: the provider confirmed the realm."_s);
    }

    void csvEscaping_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("note");
        QTest::newRow("plain") << u"/api/v1/sip/trunks"_s << u"plain note"_s;
        QTest::newRow("comma") << u"/api/v1/sip/trunks/1,2"_s << u"realm, proxy and numbers"_s;
        QTest::newRow("quotes") << u"/api/v1/\"x\""_s << u"the \"1&1\" trunk said \"\"no\"\""_s;
        QTest::newRow("only quote") << u"\""_s << u"\""_s;
        QTest::newRow("quote comma") << u"\",\""_s << u"a\",\"b"_s;
        QTest::newRow("line break") << u"/p"_s << u"first line\nsecond line, with comma"_s;
        QTest::newRow("crlf") << u"/p"_s << u"one\r\ntwo"_s;
        QTest::newRow("spaces") << u" /p "_s << u"  padded  "_s;
        QTest::newRow("unicode") << u"/api/v1/sip/trunks/ü"_s << u"Übergabe an 1&1 – erledigt ✓"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void csvEscaping()
    {
        QFETCH(QString, path);
        QFETCH(QString, note);
        ActivityLog log;
        log.addRequest("PUT", path, 200, 3, ApiError::None);
        log.addNote(note);
        const QByteArray csv = log.toCsv();
        QVERIFY(csv.endsWith('\n'));
        const auto parsed = parseCsv(QString::fromUtf8(csv));
        QVERIFY2(parsed, csv.constData());
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0),
            (QStringList {u"time"_s, u"source"_s, u"target"_s, u"method"_s, u"path"_s, u"status"_s,
                u"duration_ms"_s, u"note"_s}));
        for (const QStringList &record : *parsed)
            QCOMPARE(record.size(), 8);
        const QStringList request = parsed->at(1);
        QVERIFY2(QDateTime::fromString(request.at(0), Qt::ISODateWithMs).isValid(),
            qPrintable(request.at(0)));
        QCOMPARE(request.at(1), u"api"_s);
        QCOMPARE(request.at(3), u"PUT"_s);
        QCOMPARE(request.at(4), path);
        QCOMPARE(request.at(5), u"200"_s);
        QCOMPARE(request.at(6), u"3"_s);
        QCOMPARE(request.at(7), QString());
        const QStringList noteRecord = parsed->at(2);
        QCOMPARE(noteRecord.at(1), u"operator"_s);
        QCOMPARE(noteRecord.at(3), QString());
        QCOMPARE(noteRecord.at(4), QString());
        QCOMPARE(noteRecord.at(5), QString());
        QCOMPARE(noteRecord.at(7), note);
    }

    void capAt10000()
    {
        ActivityLog log;
        QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        QCOMPARE(ActivityLog::MaxEntries, 10'000);
        {
            // The tester watches the first rows; over all 10,000 it would take minutes (it
            // re-checks every row on each insert).
            QAbstractItemModelTester tester(
                &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
            for (int i = 0; i < 50; ++i)
                log.addRequest("GET", u"/api/v1/sip/trunks/%1"_s.arg(i), 200, i, ApiError::None);
        }
        for (int i = 50; i < ActivityLog::MaxEntries; ++i)
            log.addRequest("GET", u"/api/v1/sip/trunks/%1"_s.arg(i), 200, i, ApiError::None);
        QCOMPARE(log.rowCount(), ActivityLog::MaxEntries);
        QCOMPARE(removed.size(), 0);
        // At the cap, with the tester watching: each new row first removes the oldest.
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);

        for (int i = ActivityLog::MaxEntries; i < ActivityLog::MaxEntries + 5; ++i)
            log.addRequest("GET", u"/api/v1/sip/trunks/%1"_s.arg(i), 200, i, ApiError::None);
        QCOMPARE(log.rowCount(), ActivityLog::MaxEntries);
        QCOMPARE(log.entries().size(), qsizetype(ActivityLog::MaxEntries));
        QCOMPARE(inserted.size(), ActivityLog::MaxEntries + 5);
        QCOMPARE(removed.size(), 5);
        for (const QList<QVariant> &args : std::as_const(removed)) {
            QCOMPARE(args.at(1).toInt(), 0); // always the oldest row
            QCOMPARE(args.at(2).toInt(), 0);
        }
        // The oldest five went, the newest is last.
        QCOMPARE(log.index(0, ActivityLog::Path).data().toString(), u"/api/v1/sip/trunks/5"_s);
        QCOMPARE(log.index(ActivityLog::MaxEntries - 1, ActivityLog::Path).data().toString(),
            u"/api/v1/sip/trunks/10004"_s);
        QCOMPARE(inserted.last().at(1).toInt(), ActivityLog::MaxEntries - 1);

        // Notes count towards the cap like requests.
        log.addNote(u"note"_s);
        QCOMPARE(log.rowCount(), ActivityLog::MaxEntries);
        QCOMPARE(log.index(0, ActivityLog::Path).data().toString(), u"/api/v1/sip/trunks/6"_s);
        QCOMPARE(
            log.index(ActivityLog::MaxEntries - 1, ActivityLog::Note).data().toString(), u"note"_s);

        const QByteArray csv = log.toCsv();
        QCOMPARE(csv.count('\n'), qsizetype(ActivityLog::MaxEntries + 1));
    }

    // A note or path from the server that starts with = + - @ would be a formula
    // in a spreadsheet (the German override note starts with the gateway name).
    void csvNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("=") << u"=HYPERLINK(\"http://evil\",\"x\")"_s;
        QTest::newRow("+") << u"+1+cmd|' /C calc'!A0"_s;
        QTest::newRow("-") << u"-2+3"_s;
        QTest::newRow("@") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s;
        QTest::newRow("tab") << u"\t=1"_s;
    }
    void csvNeutralisesFormulas()
    {
        QFETCH(QString, note);
        ActivityLog log;
        log.addNote(note);
        log.addRequest("GET", note, 200, 1, ApiError::None);
        const QStringList note0 = csvRecord(log, 0);
        const QStringList path1 = csvRecord(log, 1);
        QCOMPARE(note0.value(7), u"'"_s + note);
        QCOMPARE(path1.value(4), u"'"_s + note);
        // FreeSWITCH's answer and the gateway name come from a server too.
        log.addCommand(u"fs1"_s, note, "api", u"reloadxml"_s, false, note, 1);
        const QStringList command = csvRecord(log, 2);
        QCOMPARE(command.value(5), u"'"_s + note.trimmed()); // the answer's line, trimmed
        QVERIFY(command.value(2).startsWith(u"'"_s));
    }

    // The log holds the Event Socket actions too, with the node, the gateway and
    // FreeSWITCH's answer; a PUT says which trunk and what changed.
    void eventSocketAndChangeRows()
    {
        ActivityLog log;
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.addCommand(u"fs1"_s, u"plusnet"_s, "api", u"sofia profile external killgw plusnet"_s,
            true, u"+OK gateway marked for deletion.\nsecond line"_s, 12);
        log.addCommand(u"fs2"_s, {}, "api", u"reloadxml"_s, false, u"-ERR no reply"_s, 3000);
        log.addRequest(xynap::platform::RequestSummary {"PUT", u"/api/v1/sip/trunks/2"_s, 200, 9,
            ApiError::None, u"1und1"_s, u"Realm: 1und1.de → sip.1und1.de"_s});
        QCOMPARE(log.rowCount(), 3);
        const auto cell = [&log](int row, int column) { return log.index(row, column).data(); };
        QCOMPARE(cell(0, ActivityLog::Source).toString(), u"Event Socket"_s);
        QCOMPARE(cell(0, ActivityLog::Target).toString(), u"plusnet on fs1"_s);
        QCOMPARE(cell(0, ActivityLog::Path).toString(), u"sofia profile external killgw plusnet"_s);
        QCOMPARE(cell(0, ActivityLog::Status).toString(), u"+OK gateway marked for deletion."_s);
        QCOMPARE(cell(0, ActivityLog::Duration).toString(), u"12 ms"_s);
        QVERIFY(!log.entries().at(0).failed);
        QCOMPARE(cell(1, ActivityLog::Target).toString(), u"fs2"_s);
        QVERIFY(log.entries().at(1).failed);
        QCOMPARE(cell(2, ActivityLog::Source).toString(), u"Platform API"_s);
        QCOMPARE(cell(2, ActivityLog::Target).toString(), u"1und1"_s);
        QCOMPARE(cell(2, ActivityLog::Note).toString(), u"Realm: 1und1.de → sip.1und1.de"_s);
        const QStringList esl = csvRecord(log, 0);
        QCOMPARE(esl.value(1), u"esl"_s);
        QCOMPARE(esl.value(3), u"api"_s);
        // "+OK …" would be a formula in a spreadsheet too.
        QCOMPARE(esl.value(5), u"'+OK gateway marked for deletion."_s);
        QCOMPARE(esl.value(6), u"12"_s);
        // A hostile answer is kept bounded.
        log.addCommand(u"fs1"_s, {}, "api", u"reloadacl"_s, true, QString(100'000, u'x'), 1);
        QVERIFY(log.entries().last().reply.size() <= ActivityLog::MaxTextLength + 1);
    }

    // CSV times carry their UTC offset: a log read in another time zone still says when.
    void csvTimesHaveOffset()
    {
        ActivityLog log;
        log.addNote(u"n"_s);
        const QString time = csvRecord(log, 0).value(0);
        static const QRegularExpression withOffset(
            uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$)"_s);
        QVERIFY2(withOffset.match(time).hasMatch(), qPrintable(time));
        const QDateTime read = QDateTime::fromString(time, Qt::ISODateWithMs);
        QVERIFY(read.isValid());
        QCOMPARE(read.toMSecsSinceEpoch(), log.entries().first().at.toMSecsSinceEpoch());
    }

    // Entries are stamped by the clock the log is given: a test (or a replay) decides when.
    void entriesAreStampedByTheLogsClock()
    {
        const QDateTime start = QDateTime(QDate(2026, 3, 29), QTime(0, 59, 58), Qt::UTC);
        xynap::testsupport::ManualClock clock(start);
        ActivityLog log;
        log.setClock(&clock);
        log.addNote(u"before"_s);
        clock.advance(90'000);
        log.addCommand(u"fs1"_s, {}, "api", u"reloadxml"_s, true, u"+OK"_s, 3);
        QCOMPARE(log.entries().at(0).at.toMSecsSinceEpoch(), start.toMSecsSinceEpoch());
        QCOMPARE(log.entries().at(1).at.toMSecsSinceEpoch(), start.addSecs(90).toMSecsSinceEpoch());
        // Shown and exported in local time, with the offset in the file.
        QCOMPARE(log.entries().at(1).at.timeSpec(), Qt::LocalTime);
        const QDateTime read = QDateTime::fromString(csvRecord(log, 1).value(0), Qt::ISODateWithMs);
        QCOMPARE(read.toMSecsSinceEpoch(), start.addSecs(90).toMSecsSinceEpoch());
        log.setClock(nullptr); // back to the system clock
        log.addNote(u"now"_s);
        QVERIFY(qAbs(log.entries().at(2).at.secsTo(QDateTime::currentDateTime())) < 60);
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
