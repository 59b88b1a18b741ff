#pragma once

#include <ctime>

namespace gc::bench {

/// CPU time used so far, in ms, by `clock` (CLOCK_PROCESS_CPUTIME_ID: every
/// thread of the process; CLOCK_THREAD_CPUTIME_ID: the calling thread). On a
/// machine shared with other work it shows what a measurement cost, where
/// wall time also counts the time other processes held the CPU.
inline double cpuMs(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

inline double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

} // namespace gc::bench
