#include "domain/deadlines/threshold.h"

namespace cg::domain {

std::string symbolOf(Comparator comparator) {
    switch (comparator) {
        case Comparator::AtLeast:
            return "≥";
        case Comparator::MoreThan:
            return ">";
        case Comparator::LessThan:
            return "<";
        case Comparator::AtMost:
            return "≤";
    }
    return "?";
}

bool Threshold::isMetBy(std::int64_t count) const {
    switch (comparator) {
        case Comparator::AtLeast:
            return count >= value;
        case Comparator::MoreThan:
            return count > value;
        case Comparator::LessThan:
            return count < value;
        case Comparator::AtMost:
            return count <= value;
    }
    return false;
}

std::string Threshold::describe() const {
    return symbolOf(comparator) + " " + std::to_string(value) +
           (scope == ThresholdScope::PerState ? " residents of one state" : " records");
}

}  // namespace cg::domain
