#pragma once

// The values an operator typed, as canaries for a server that echoes its request back: each as
// typed and, where it has spaces or dashes, as the client sends it (without them).
#include "tests/support/CanarySearch.h"

#include <QRegularExpression>
#include <algorithm>

namespace portone::test {

inline QList<Canary> echoedCanaries(const QList<Canary> &typed)
{
    QList<Canary> forms;
    for (const Canary &value : typed) {
        forms << value;
        QString digits = value.value;
        digits.remove(QRegularExpression(QStringLiteral("[ -]")));
        if (digits != value.value)
            forms << Canary { value.name, digits };
    }
    return forms;
}

// The names of the canaries that message shows in none of their forms.
inline QStringList notShownIn(const QString &message, const QList<Canary> &forms)
{
    QStringList missing;
    for (const Canary &value : forms) {
        const bool shown = std::any_of(forms.cbegin(), forms.cend(), [&](const Canary &form) {
            return form.name == value.name && message.contains(form.value);
        });
        if (!shown && !missing.contains(value.name))
            missing << value.name;
    }
    return missing;
}

} // namespace portone::test
