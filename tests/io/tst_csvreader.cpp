#include "io/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace rr;

namespace {

struct Record
{
    QByteArrayList fields;
    qint64 line = 0;
    QString error;
};

QList<Record> readAll(const QByteArray &input, qsizetype chunkSize, qsizetype maxRecordSize = 0)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunkSize);
    if (maxRecordSize > 0)
        reader.setMaxRecordSize(maxRecordSize);
    QList<Record> records;
    while (reader.readRecord()) {
        Record r;
        for (QByteArrayView f : reader.fields())
            r.fields.append(f.toByteArray());
        r.line = reader.recordLine();
        r.error = reader.recordError();
        records.append(r);
        if (records.size() > 10000)
            break; // a reader that never ends fails below instead of hanging
    }
    return records;
}

// A device whose reads fail after the first few bytes.
class FailingDevice : public QIODevice
{
public:
    FailingDevice() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_served)
            return -1;
        m_served = true;
        const QByteArray first("a,b\nc,");
        const qint64 n = std::min<qint64>(maxSize, first.size());
        memcpy(data, first.constData(), size_t(n));
        setErrorString(QStringLiteral("disk on fire"));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool m_served = false;
};

} // namespace

using Rows = QList<QByteArrayList>;
using Lines = QList<qint64>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void malformed_data();
    void malformed();
    void unterminatedQuoteBeyondMaxRecordSize();
    void overlongLineIsSkipped();
    void largeInputStreams();
    void deviceError();
    void fieldsStayValidUntilNextRecord();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("simple") << QByteArray("a,b,c\n1,2,3\n") << Rows{{"a", "b", "c"}, {"1", "2", "3"}}
                            << Lines{1, 2};
    QTest::newRow("no trailing newline")
        << QByteArray("a,b\n1,2") << Rows{{"a", "b"}, {"1", "2"}} << Lines{1, 2};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << Rows{{"a", "b"}, {"1", "2"}} << Lines{1, 2};
    QTest::newRow("lone cr") << QByteArray("a\rb\r") << Rows{{"a"}, {"b"}} << Lines{1, 2};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "id,x\n1,2\n")
                         << Rows{{"id", "x"}, {"1", "2"}} << Lines{1, 2};
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << Rows{} << Lines{};
    QTest::newRow("bom not at start kept") << QByteArray("a\n\xEF\xBB\xBF"
                                                         "b\n")
                                           << Rows{{"a"},
                                                   {"\xEF\xBB\xBF"
                                                    "b"}}
                                           << Lines{1, 2};
    QTest::newRow("empty input") << QByteArray() << Rows{} << Lines{};
    QTest::newRow("just a newline") << QByteArray("\n") << Rows{{""}} << Lines{1};
    QTest::newRow("empty fields") << QByteArray(",,\n") << Rows{{"", "", ""}} << Lines{1};
    QTest::newRow("trailing comma") << QByteArray("a,\n") << Rows{{"a", ""}} << Lines{1};
    QTest::newRow("trailing comma at eof") << QByteArray("a,") << Rows{{"a", ""}} << Lines{1};
    QTest::newRow("empty line") << QByteArray("a\n\nb\n") << Rows{{"a"}, {""}, {"b"}} << Lines{1, 2, 3};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << Rows{{"a,b", "c"}} << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << Rows{{"say \"hi\"", "x"}}
                                    << Lines{1};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\"\n") << Rows{{"\""}} << Lines{1};
    QTest::newRow("two escaped fields")
        << QByteArray("\"a\"\"b\",\"c\"\"d\"\n") << Rows{{"a\"b", "c\"d"}} << Lines{1};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << Rows{{"", "x"}} << Lines{1};
    QTest::newRow("quoted at eof") << QByteArray("x,\"y\"") << Rows{{"x", "y"}} << Lines{1};
    QTest::newRow("quoted newline") << QByteArray("\"l1\nl2\",x\nnext\n") << Rows{{"l1\nl2", "x"}, {"next"}}
                                    << Lines{1, 3};
    QTest::newRow("quoted crlf verbatim")
        << QByteArray("\"l1\r\nl2\"\r\nz\r\n") << Rows{{"l1\r\nl2"}, {"z"}} << Lines{1, 3};
    QTest::newRow("lone cr in quotes verbatim")
        << QByteArray("\"a\rb\",c\n") << Rows{{"a\rb", "c"}} << Lines{1};
    QTest::newRow("record over several lines")
        << QByteArray("h\n1,\"a\n\nb\",\"c\nd\"\n2,x\n") << Rows{{"h"}, {"1", "a\n\nb", "c\nd"}, {"2", "x"}}
        << Lines{1, 2, 6};
    QTest::newRow("quote inside unquoted field kept")
        << QByteArray("ab\"c,d\n") << Rows{{"ab\"c", "d"}} << Lines{1};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Rows{{" a ", " b "}} << Lines{1};
    QTest::newRow("utf8 bytes raw") << QByteArray("caf\xC3\xA9,\xE2\x82\xAC\n")
                                    << Rows{{"caf\xC3\xA9", "\xE2\x82\xAC"}} << Lines{1};
    const QByteArray longField(300, 'x');
    QTest::newRow("long quoted field") << QByteArray("1,\"" + longField + "\"\"" + longField + "\",2\n3\n")
                                       << Rows{{"1", longField + '"' + longField, "2"}, {"3"}} << Lines{1, 2};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    // Tiny chunks put a chunk boundary at every position of every case: inside fields, between a CR and
    // its LF, between two quotes of a doubled quote, inside the BOM.
    for (qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), qsizetype(7),
                            qsizetype(64), CsvReader::DefaultChunkSize}) {
        const QList<Record> got = readAll(input, chunk);
        QCOMPARE(got.size(), rows.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QVERIFY2(got[i].error.isEmpty(), qPrintable(got[i].error));
            QCOMPARE(got[i].fields, rows[i]);
            QCOMPARE(got[i].line, lines[i]);
        }
    }
}

void TestCsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QStringList>("errors"); // a part of each record's error, empty for a good record

    QTest::newRow("unterminated quote at end")
        << QByteArray("a,b\n1,\"open\n2,x\n3,y\n") << Rows{{"a", "b"}, {"1", "open"}, {"2", "x"}, {"3", "y"}}
        << Lines{1, 2, 3, 4} << QStringList{{}, QStringLiteral("opened on line 2 is never closed"), {}, {}};
    QTest::newRow("unterminated quote on last line")
        << QByteArray("a\n\"b,c") << Rows{{"a"}, {"b,c"}} << Lines{1, 2}
        << QStringList{{}, QStringLiteral("never closed")};
    QTest::newRow("unterminated after good multiline field")
        << QByteArray("\"x\ny\",\"z\nw\n") << Rows{{"x\ny", "z"}, {"w"}} << Lines{1, 3}
        << QStringList{QStringLiteral("opened on line 2"), {}};
    QTest::newRow("characters after closing quote")
        << QByteArray("\"ab\"x,c\nd\n") << Rows{{"ab"}, {"d"}} << Lines{1, 2}
        << QStringList{QStringLiteral("after the closing quote of field 1"), {}};
    QTest::newRow("characters after closing quote, crlf, at eof")
        << QByteArray("k,\"ab\" \r\n") << Rows{{"k", "ab"}} << Lines{1}
        << QStringList{QStringLiteral("field 2")};
    QTest::newRow("characters after closing quote without newline")
        << QByteArray("\"ab\"cd") << Rows{{"ab"}} << Lines{1} << QStringList{QStringLiteral("field 1")};
}

void TestCsvReader::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    QFETCH(QStringList, errors);
    for (qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(64), CsvReader::DefaultChunkSize}) {
        const QList<Record> got = readAll(input, chunk);
        QCOMPARE(got.size(), rows.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].fields, rows[i]);
            QCOMPARE(got[i].line, lines[i]);
            if (errors[i].isEmpty())
                QVERIFY2(got[i].error.isEmpty(), qPrintable(got[i].error));
            else
                QVERIFY2(got[i].error.contains(errors[i]), qPrintable(got[i].error));
        }
    }
}

void TestCsvReader::unterminatedQuoteBeyondMaxRecordSize()
{
    // The stray quote would swallow the rest of the file; the reader gives up after the maximum record size
    // and resumes on the line after the quote.
    QByteArray input("id,text\n1,\"stray\n");
    for (int i = 2; i < 100; ++i)
        input += QByteArray::number(i) + ",row\n";
    const QList<Record> got = readAll(input, 16, 256);
    QCOMPARE(got.size(), 100);
    QCOMPARE(got[1].line, 2);
    QVERIFY2(got[1].error.contains(QStringLiteral("not closed within 256 bytes")), qPrintable(got[1].error));
    QCOMPARE(got[1].fields, (QByteArrayList{"1", "stray"}));
    QCOMPARE(got[2].fields, (QByteArrayList{"2", "row"}));
    QCOMPARE(got[2].line, 3);
    QVERIFY(got[2].error.isEmpty());
    QCOMPARE(got[99].fields, (QByteArrayList{"99", "row"}));
    QCOMPARE(got[99].line, 100);
}

void TestCsvReader::overlongLineIsSkipped()
{
    const QByteArray input = "a,b\n\"q\nq\"," + QByteArray(1000, 'x') + "\r\nc,d\n";
    const QList<Record> got = readAll(input, 8, 128);
    QCOMPARE(got.size(), 3);
    QVERIFY(got[0].error.isEmpty());
    QCOMPARE(got[1].line, 2);
    QVERIFY2(got[1].error.contains(QStringLiteral("longer than 128 bytes")), qPrintable(got[1].error));
    QCOMPARE(got[2].fields, (QByteArrayList{"c", "d"}));
    QCOMPARE(got[2].line, 4);
    QVERIFY(got[2].error.isEmpty());
}

void TestCsvReader::largeInputStreams()
{
    // Several default-sized chunks, so records cross real chunk boundaries.
    QByteArray input;
    const int count = 40000;
    for (int i = 0; i < count; ++i)
        input += "E" + QByteArray::number(i) + ",\"narrative, with \"\"quotes\"\"\nand a newline\",tail\r\n";
    QVERIFY(input.size() > 2 * CsvReader::DefaultChunkSize);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    int n = 0;
    while (reader.readRecord()) {
        QCOMPARE(reader.recordError(), QString());
        QCOMPARE(reader.fields().size(), size_t(3));
        QCOMPARE(reader.fields()[0], QByteArray("E" + QByteArray::number(n)));
        QCOMPARE(reader.fields()[1], QByteArrayView("narrative, with \"quotes\"\nand a newline"));
        QCOMPARE(reader.fields()[2], QByteArrayView("tail"));
        QCOMPARE(reader.recordLine(), 2 * n + 1);
        ++n;
    }
    QCOMPARE(n, count);
    QCOMPARE(reader.errorString(), QString());
}

void TestCsvReader::deviceError()
{
    FailingDevice device;
    CsvReader reader(&device, 4);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fields().size(), size_t(2));
    QVERIFY(!reader.readRecord());
    QCOMPARE(reader.errorString(), QStringLiteral("disk on fire"));
    QVERIFY(!reader.readRecord());
}

void TestCsvReader::fieldsStayValidUntilNextRecord()
{
    QByteArray input("\"a\"\"1\",\"b\"\"2\",\"c\"\"3\"\nx\n");
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, 2);
    QVERIFY(reader.readRecord());
    const std::vector<QByteArrayView> fields = reader.fields();
    // All three unescaped into the scratch buffer, which grew while doing so: the views must still hold.
    QCOMPARE(fields.at(0), QByteArrayView("a\"1"));
    QCOMPARE(fields.at(1), QByteArrayView("b\"2"));
    QCOMPARE(fields.at(2), QByteArrayView("c\"3"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
