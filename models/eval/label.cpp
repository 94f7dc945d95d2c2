#include "label.h"

#include <QCoreApplication>

#include "domain/call.h"

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct LabelText
{
    Q_DECLARE_TR_FUNCTIONS(rr::Label)
};
} // namespace

QString Label::kindsText() const
{
    QStringList names;
    names.reserve(kinds.size());
    for (ResponseKind k : kinds)
        names.append(toString(k));
    return names.join(u'/');
}

Result<QList<ResponseKind>> parseExpectedKinds(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Failure{
            LabelText::tr("no expected kind (use unarmed, co_responder or police; acceptable kinds "
                          "separated by /)")};
    QList<ResponseKind> kinds;
    for (QStringView part : trimmed.split(u'/')) {
        const std::optional<ResponseKind> kind = responseKindFromString(part);
        if (!kind)
            return Failure{
                LabelText::tr("unknown kind \"%1\" in \"%2\" (use unarmed, co_responder or police; "
                              "acceptable kinds separated by /)")
                    .arg(part.trimmed().toString(), trimmed.toString())};
        if (!kinds.contains(*kind))
            kinds.append(*kind);
    }
    return kinds;
}

Result<std::optional<bool>> parseExpectedEms(QStringView text)
{
    // The same spellings as a screening answer: one vocabulary for yes/no/empty in every input column.
    const std::optional<Answer> answer = answerFromString(text);
    if (!answer)
        return Failure{LabelText::tr("\"%1\" is not yes, no or empty").arg(text.trimmed().toString())};
    if (*answer == Answer::Unknown)
        return std::optional<bool>();
    return std::optional<bool>(*answer == Answer::Yes);
}

} // namespace rr
