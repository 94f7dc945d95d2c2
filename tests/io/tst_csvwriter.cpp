#include "io/callcsv.h"
#include "io/callrowreader.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace rr;

namespace {

// A device that refuses every write.
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("no space left"));
        return -1;
    }
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void rowsAndOverloads();
    void largeOutputFlushesInChunks();
    void roundTripThroughReader();
    void writeError();
    void canonicalColumns();
    void callRoundTrip_data();
    void callRoundTrip();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("WELFARE CHECK") << QByteArray("WELFARE CHECK");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QByteArray("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QByteArray("\"a \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QByteArray("a b");
    QTest::newRow("non-ascii") << QString::fromUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x9A\x91")
                               << QByteArray("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x9A\x91");
    QTest::newRow("quotes and non-ascii") << QString::fromUtf8("\"\xE2\x86\x92\" a, \"b\"")
                                          << QByteArray("\"\"\"\xE2\x86\x92\"\" a, \"\"b\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QByteArray("\xEF\xBF\xBD");
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    for (int overload = 0; overload < 2; ++overload) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&out);
            if (overload == 0)
                writer.field(QStringView(text));
            else
                writer.field(QByteArrayView(text.toUtf8()));
            writer.endRow();
            if (overload == 1 && text == QString(QChar(0xD800)))
                continue; // toUtf8 already replaced it; the bytes overload copies bytes
            QVERIFY(writer.flush());
        }
        QCOMPARE(out.data(), expected + '\n');
    }
}

void TestCsvWriter::rowsAndOverloads()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out);
    writer.row({QStringLiteral("id"), QStringLiteral("text")});
    writer.field(QLatin1StringView("caf\xE9"));
    writer.field(QLatin1StringView("a,\"b\""));
    writer.field(QByteArrayView());
    writer.endRow();
    writer.endRow(); // an empty row is an empty line
    QVERIFY(writer.flush());
    QCOMPARE(out.data(), QByteArray("id,text\ncaf\xC3\xA9,\"a,\"\"b\"\"\",\n\n"));
}

void TestCsvWriter::largeOutputFlushesInChunks()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const QString text(1000, u'x');
    CsvWriter writer(&out);
    for (int i = 0; i < 3000; ++i) {
        writer.field(QStringView(text));
        writer.endRow();
    }
    // Past the threshold the writer has written to the device already, before any flush().
    QVERIFY(out.data().size() >= CsvWriter::FlushThreshold);
    QVERIFY(out.data().size() < 3000 * 1001);
    QVERIFY(writer.flush());
    QCOMPARE(out.data().size(), 3000 * 1001);
}

void TestCsvWriter::roundTripThroughReader()
{
    const QList<QStringList> rows = {
        {QStringLiteral("plain"), QString(), QStringLiteral(" padded "), QStringLiteral("a,b")},
        {QStringLiteral("\"quoted\""), QStringLiteral("multi\r\nline\n"), QString::fromUtf8("\xC3\xA9"),
         QStringLiteral(",")},
    };
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&out);
        for (const QStringList &r : rows)
            writer.row(r);
    } // the destructor flushes
    QBuffer in;
    in.setData(out.data());
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in, 3);
    for (const QStringList &expected : rows) {
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.recordError(), QString());
        QStringList got;
        for (QByteArrayView f : reader.fields())
            got.append(QString::fromUtf8(f));
        QCOMPARE(got, expected);
    }
    QVERIFY(!reader.readRecord());
}

void TestCsvWriter::writeError()
{
    FullDevice device;
    CsvWriter writer(&device);
    writer.field(QStringView(u"x"));
    writer.endRow();
    QVERIFY(!writer.flush());
    QCOMPARE(writer.errorString(), QStringLiteral("no space left"));
}

void TestCsvWriter::canonicalColumns()
{
    QCOMPARE(
        canonicalCallColumns().join(u','),
        QStringLiteral("id,received_at,call_type,call_code,priority,narrative,address,lat,lon,beat,weapon,"
                       "violence,injury,self_harm,domestic,crime_in_progress"));
}

void TestCsvWriter::callRoundTrip_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("row");

    Call full;
    full.id = QStringLiteral("E24-0001");
    full.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(13, 45), Qt::LocalTime);
    full.callType = QStringLiteral("WELFARE CHECK");
    full.callCode = QStringLiteral("WELCK");
    full.priority = 2;
    full.narrative = QStringLiteral("Caller says \"he has a knife\",\nthen hung up");
    full.address = QStringLiteral("12 MAIN ST");
    full.latitude = 35.994033;
    full.longitude = -78.898619;
    full.beat = QStringLiteral("D2");
    full.screening[Screen::Weapon] = Answer::Yes;
    full.screening[Screen::Violence] = Answer::No;
    QTest::newRow("full") << full
                          << QByteArray(
                                 "E24-0001,2024-05-01T13:45:00,WELFARE CHECK,WELCK,2,\"Caller says \"\"he "
                                 "has a knife\"\",\nthen hung up\",12 MAIN ST,35.994033,-78.898619,D2,yes,"
                                 "no,,,,\n");

    Call utc;
    utc.id = QStringLiteral("E2");
    utc.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(13, 45, 0, 250), Qt::UTC);
    utc.narrative = QString::fromUtf8("Fu\xC3\x9F"
                                      "g\xC3\xA4nger \xF0\x9F\x9A\xB6");
    QTest::newRow("utc, sparse") << utc
                                 << QByteArray("E2,2024-05-01T13:45:00.250Z,,,,Fu\xC3\x9Fg\xC3\xA4nger "
                                               "\xF0\x9F\x9A\xB6,,,,,,,,,,\n");

    Call offset;
    offset.id = QStringLiteral("E3");
    offset.callType = QStringLiteral("X");
    offset.receivedAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, -18000);
    offset.latitude = -0.5;
    offset.longitude = 180;
    offset.priority = 0;
    QTest::newRow("offset") << offset
                            << QByteArray(
                                   "E3,2024-01-02T03:04:05-05:00,X,,0,,,-0.500000,180.000000,,,,,,,\n");
}

void TestCsvWriter::callRoundTrip()
{
    QFETCH(Call, call);
    QFETCH(QByteArray, row);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&out);
        writer.row(canonicalCallColumns());
        writeCall(writer, call);
        QVERIFY(writer.flush());
    }
    const QByteArray header = canonicalCallColumns().join(u',').toUtf8() + '\n';
    QCOMPARE(out.data(), header + row);

    QBuffer in;
    in.setData(out.data());
    in.open(QIODevice::ReadOnly);
    CallRowReader reader(&in, ColumnMapping());
    QVERIFY(reader.open().ok());
    Call back;
    RowError error;
    QCOMPARE(reader.next(back, error), CallRowReader::Status::Row);
    QCOMPARE(back, call);
    QCOMPARE(back.receivedAt.timeSpec(), call.receivedAt.timeSpec());
    QCOMPARE(back.receivedAt.offsetFromUtc(), call.receivedAt.offsetFromUtc());
    QCOMPARE(reader.next(back, error), CallRowReader::Status::End);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
