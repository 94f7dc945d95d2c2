#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace rr {

// Why something a user asked for could not be done, in words the user can read ("cannot read x.csv: No such
// file"). Returned as `Failure{message}` from any function that returns a Result.
struct Failure
{
    QString message;
};

// The one error convention of the project: a value, or a Failure with a message for the user (C++20 has no
// std::expected; qBittorrent uses `expected<T, QString>` the same way). Errors a user can cause travel as
// Results across every layer: no out-parameters, sentinel strings or exceptions. Reading value() of a failed
// Result is a programming error (it asserts). A plain value type, usable on any thread.
template <typename T> class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<std::remove_cv_t<T>, Failure>, "a Result of a Failure makes no sense");

public:
    Result(const T &value) : m_state(std::in_place_index<0>, value) {}
    Result(T &&value) : m_state(std::in_place_index<0>, std::move(value)) {}
    // Anything T can be built from: `return QStringLiteral("x");` in a Result<QString>.
    template <typename U>
    requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::remove_cvref_t<U>, Failure> &&
             !std::is_same_v<std::remove_cvref_t<U>, Result> && !std::is_same_v<std::remove_cvref_t<U>, T>)
        Result(U &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {}
    Result(Failure failure) : m_state(std::in_place_index<1>, std::move(failure)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *std::get_if<0>(&m_state);
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *std::get_if<0>(&m_state);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*std::get_if<0>(&m_state));
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // The value, or `fallback` when this failed.
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }
    T valueOr(T fallback) && { return ok() ? std::move(*this).value() : std::move(fallback); }

    // The message for the user; empty when this holds a value.
    QString error() const { return ok() ? QString() : std::get_if<1>(&m_state)->message; }
    // This result's failure, to pass on as a Result of another type: `return r.failure();`.
    Failure failure() const { return Failure{error()}; }

    // A failure whose message says where: "rules.json: " + message. A value passes unchanged.
    Result prefixed(const QString &prefix) &&
    {
        if (!ok())
            std::get_if<1>(&m_state)->message.prepend(prefix);
        return std::move(*this);
    }

private:
    std::variant<T, Failure> m_state;
};

// Success without a value, or a Failure: `return {};` for success.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_failure(std::move(failure)) {}

    bool ok() const { return !m_failure; }
    explicit operator bool() const { return ok(); }

    QString error() const { return m_failure ? m_failure->message : QString(); }
    Failure failure() const { return Failure{error()}; }

    Result prefixed(const QString &prefix) &&
    {
        if (m_failure)
            m_failure->message.prepend(prefix);
        return std::move(*this);
    }

private:
    std::optional<Failure> m_failure;
};

} // namespace rr
