/*
 * Signals delivered through a pipe. The handler only writes the signal's number (one byte)
 * to the pipe, which is async-signal-safe; a thread in Swift reads the pipe and runs the
 * code that reacts. Dispatch signal sources lose signals on Linux when the process is busy,
 * so the executable does not rely on them.
 */
#ifndef ECOVOL_SIGNAL_PIPE_H
#define ECOVOL_SIGNAL_PIPE_H

/* The read end of the process's signal pipe (created on first use), or -1 if it cannot be made. */
int ecovol_signal_pipe(void);

/* Catches signo: each delivery writes one byte, the signal's number, to the pipe. 0 on success. */
int ecovol_signal_watch(int signo);

/* Gives signo back its default action. 0 on success. */
int ecovol_signal_unwatch(int signo);

#endif
