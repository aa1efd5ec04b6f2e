#pragma once

#include "core/api/ApiError.h"

#include <QStringList>

namespace portone::test {

// The fields that have errors, each once, sorted.
inline QStringList fieldNames(const FieldErrors &errors)
{
    QStringList names;
    for (const FieldError &e : errors) {
        if (!names.contains(e.field))
            names.append(e.field);
    }
    names.sort();
    return names;
}

} // namespace portone::test
