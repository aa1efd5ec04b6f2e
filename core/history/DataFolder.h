#pragma once

#include <QFileDevice>
#include <QString>
#include <optional>

// The desk's data folder (history, audit log, its anchor): private to the operator's account.
namespace portone::datafolder {

inline constexpr QFileDevice::Permissions OwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates `path` (and any missing parents) with the folder itself 0700, or narrows an existing
// folder to 0700. Refuses a symbolic link, something that is not a folder, and a folder owned by
// another account. Returns a sentence for the operator, or nothing when the folder is ready.
std::optional<QString> prepare(const QString &path);

// Narrows an existing file to 0600 unless it already is. False when that failed.
bool restrictToOwner(const QString &filePath);

// The settings file: created empty and 0600 when absent (QSettings keeps a file's mode when it
// rewrites it), else narrowed to 0600. False when that failed.
bool makePrivateFile(const QString &filePath);

} // namespace portone::datafolder
