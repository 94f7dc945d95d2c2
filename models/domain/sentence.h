#pragma once

#include <QString>
#include <QStringView>

#include <string>

namespace rr {

// Builds one reason sentence of the triage engine in a buffer the caller keeps (per thread, reused from call
// to call) and hands it over as a QString of its exact size: one allocation per reason, and every part a
// plain copy.
class Sentence
{
public:
    static constexpr qsizetype kQuoteMax = 40;

    // Starts a sentence in `buffer`; with `resume`, goes on with the one already there.
    explicit Sentence(std::u16string &buffer, bool resume = false) : m_text(buffer)
    {
        if (!resume)
            m_text.clear();
    }

    Sentence &operator<<(QStringView part)
    {
        m_text.append(part.utf16(), std::size_t(part.size()));
        return *this;
    }
    Sentence &operator<<(const QString &part) { return *this << QStringView(part); }
    // A literal's length is known at compile time: no strlen per reason.
    template <std::size_t N> Sentence &operator<<(const char16_t (&part)[N])
    {
        m_text.append(part, N - 1);
        return *this;
    }
    // The words as the call-taker wrote them, in quotes, shortened when long.
    Sentence &quote(QStringView words)
    {
        words = words.trimmed();
        m_text.push_back(u'\'');
        if (words.size() > kQuoteMax)
            *this << words.left(kQuoteMax - 1) << u"\u2026";
        else
            *this << words;
        m_text.push_back(u'\'');
        return *this;
    }
    // The sentence so far; valid until the buffer changes.
    QStringView view() const { return QStringView(m_text.data(), qsizetype(m_text.size())); }
    QString take() const
    {
        return QString(reinterpret_cast<const QChar *>(m_text.data()), qsizetype(m_text.size()));
    }

private:
    std::u16string &m_text;
};

} // namespace rr
