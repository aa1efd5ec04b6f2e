#pragma once

namespace portone {

// Card numbers, secrets and tokens pass through this process's memory: a core dump would write
// them to disk. Makes the process not dumpable (which also stops other processes of the same
// user from reading its memory through ptrace) and sets its core file size limit to 0.
// Returns false when the system refused either.
bool disableCoreDumps();

// Both read back: the process is not dumpable and its core file limit is 0.
bool coreDumpsDisabled();

} // namespace portone
