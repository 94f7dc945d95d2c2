#include "scenario.h"

namespace rr {

QString describe(const AnswerKey &key)
{
    QString text = englishName(key.reference);
    QStringList others;
    for (ResponseKind k : key.alternatives)
        others << englishName(k);
    if (!others.isEmpty())
        text += QStringLiteral(" (or %1)").arg(others.join(QStringLiteral(", ")));
    if (key.expectOverride)
        text += key.expectedReason.isEmpty() ? QStringLiteral(", override")
                                             : QStringLiteral(", override: %1").arg(key.expectedReason);
    return text;
}

} // namespace rr
