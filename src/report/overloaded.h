#pragma once
// std::visit with a set of lambdas, one per kind of block or page item.

namespace cg::report {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace cg::report
