#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rr {

// A value, or a message a user can read saying why there is none (qBittorrent's expected<T, QString>).
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::in_place_index<0>, std::move(value)) {}
    static Result failure(QString message) { return Result(std::in_place_index<1>, std::move(message)); }

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_value); }
    T &value() { return std::get<0>(m_value); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    QString error() const { return ok() ? QString() : std::get<1>(m_value); }

private:
    template <std::size_t I, typename V>
    Result(std::in_place_index_t<I> i, V &&v) : m_value(i, std::forward<V>(v))
    {}
    std::variant<T, QString> m_value;
};

} // namespace rr
