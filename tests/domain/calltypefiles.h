#pragma once

// Reading the call-type extracts of tests/data/calltypes in the domain tests, with the project's CSV reader.
#include "io/csvreader.h"

#include <QFile>
#include <QList>
#include <QStringList>

namespace rr::test {

// The records of a CSV file, header row dropped; empty when the file cannot be opened.
inline QList<QStringList> readCsvRows(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&f);
    QList<QStringList> rows;
    while (reader.readRecord()) {
        QStringList row;
        for (const QByteArrayView field : reader.fields())
            row.append(QString::fromUtf8(field));
        rows.append(row);
    }
    return rows.mid(1);
}

} // namespace rr::test
