#pragma once
// Fills a wxChoice with every value of a vocabulary, in the domain's order, and
// maps the selection back. The labels are the vocabulary's names in the
// interface language (vocabulary_labels.h); the selection maps by position.
#include <wx/choice.h>

#include "app/vocabulary_labels.h"
#include "app/wx_text.h"
#include "domain/enum_names.h"

namespace cg::app {

template <typename E>
void fillChoice(wxChoice* choice) {
    choice->Clear();
    for (std::string_view name : domain::allNames<E>()) choice->Append(vocabularyLabel(name));
}

template <typename E>
void selectChoice(wxChoice* choice, E value) {
    const auto values = domain::allValues<E>();
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == value) choice->SetSelection(static_cast<int>(i));
}

template <typename E>
E choiceValue(const wxChoice* choice) {
    const auto values = domain::allValues<E>();
    const int at = choice->GetSelection();
    return at >= 0 && at < static_cast<int>(values.size()) ? values[at] : values.front();
}

}  // namespace cg::app
