#include "narrativetemplate.h"

#include "random.h"

#include "domain/call.h"

namespace rr {

int NarrativeTemplate::screenForLetter(QChar letter)
{
    switch (letter.unicode()) {
    case u'w':
        return int(Screen::Weapon);
    case u'v':
        return int(Screen::Violence);
    case u'i':
        return int(Screen::Injury);
    case u's':
        return int(Screen::SelfHarm);
    case u'd':
        return int(Screen::Domestic);
    case u'c':
        return int(Screen::CrimeInProgress);
    default:
        return -1;
    }
}

NarrativeTemplate::NarrativeTemplate(QStringView text, const std::vector<SlotTable> &slotTables)
{
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty())
            m_segments.push_back({literal, nullptr});
        literal.clear();
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype close = text[i] == u'{' ? text.indexOf(u'}', i) : -1;
        if (close < 0) {
            literal.append(text[i++]);
            continue;
        }
        const QStringView name = text.mid(i + 1, close - i - 1);
        bool known = false;
        if (name.size() == 2 && (name[0] == u'!' || name[0] == u'-')) {
            const int screen = screenForLetter(name[1]);
            if (screen >= 0) {
                (name[0] == u'!' ? m_yes : m_no) |= 1u << screen;
                known = true;
            }
        } else {
            for (const SlotTable &table : slotTables) {
                if (table.name == name) {
                    flush();
                    m_segments.push_back({QString(), &table.values});
                    known = true;
                    break;
                }
            }
        }
        Q_ASSERT_X(known, "NarrativeTemplate", "unknown slot or marker in a built-in template");
        if (!known)
            literal.append(text.mid(i, close - i + 1));
        i = close + 1;
    }
    flush();
}

void NarrativeTemplate::appendTo(QString &out, Random &random) const
{
    for (const Segment &segment : m_segments) {
        if (segment.slot)
            out.append((*segment.slot)[random.below(quint32(segment.slot->size()))]);
        else
            out.append(segment.literal);
    }
}

} // namespace rr
