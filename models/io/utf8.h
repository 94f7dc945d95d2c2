#pragma once

#include <QByteArrayView>
#include <QString>

namespace rr {

// Small UTF-8 helpers for the hot paths of the io layer, where QString::fromUtf8 would allocate a new string
// per field and could not tell us whether the bytes were valid. Any thread.

// Replaces out's text with the decoded bytes, reusing out's buffer when it is not shared. Returns false
// (out's text then unspecified) when the bytes are not valid UTF-8: overlong forms, surrogates, code points
// above U+10FFFF and truncated sequences are all rejected.
bool assignUtf8(QString &out, QByteArrayView utf8);

// Writes one code point as UTF-8 (1-4 bytes); returns the new end.
char *putUtf8(char *out, char32_t codePoint);

// The view without ASCII spaces and tabs at either end.
QByteArrayView trimmedBytes(QByteArrayView bytes);

} // namespace rr
