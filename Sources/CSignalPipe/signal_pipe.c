#include "signal_pipe.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* The pipe lives as long as the process: a handler may run on any thread at any time, so
 * its write end is never closed under it. */
static int pipe_fds[2] = { -1, -1 };
static pthread_once_t pipe_once = PTHREAD_ONCE_INIT;

static void open_pipe(void) {
    int fds[2];
    if (pipe(fds) != 0) return;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    /* A full pipe (a flood of one signal nobody reads yet) drops a byte rather than blocking
     * the interrupted thread. */
    fcntl(fds[1], F_SETFL, O_NONBLOCK);
    pipe_fds[0] = fds[0];
    pipe_fds[1] = fds[1];
}

static void note_signal(int signo) {
    int saved = errno;
    unsigned char byte = (unsigned char)signo;
    ssize_t written = write(pipe_fds[1], &byte, 1);
    (void)written;
    errno = saved;
}

int ecovol_signal_pipe(void) {
    pthread_once(&pipe_once, open_pipe);
    return pipe_fds[0];
}

int ecovol_signal_watch(int signo) {
    if (ecovol_signal_pipe() < 0) return -1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = note_signal;
    sigemptyset(&action.sa_mask);
    /* A blocking read (the next line of a script) goes on after the handler. */
    action.sa_flags = SA_RESTART;
    return sigaction(signo, &action, NULL);
}

int ecovol_signal_unwatch(int signo) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signo, &action, NULL);
}
