/*
 * Fixed-arity wrappers around libedit's variadic calls (el_wset, el_wget, history_w),
 * which Swift cannot call directly, plus accessors for the C standard streams, which
 * Swift 6 rejects as shared mutable globals.
 */
#ifndef ECOVOL_CEDITLINE_SHIM_H
#define ECOVOL_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <sys/ioctl.h>
#include <unistd.h>

typedef wchar_t *(*ecovol_prompt_fn)(EditLine *);
typedef unsigned char (*ecovol_key_fn)(EditLine *, int);

static inline FILE *ecovol_stdin(void) { return stdin; }
static inline FILE *ecovol_stdout(void) { return stdout; }
static inline FILE *ecovol_stderr(void) { return stderr; }

static inline int ecovol_el_set_int(EditLine *el, int op, int value) { return el_wset(el, op, value); }
static inline int ecovol_el_set_str(EditLine *el, int op, const wchar_t *value) { return el_wset(el, op, value); }
static inline int ecovol_el_set_prompt(EditLine *el, int op, ecovol_prompt_fn fn, wchar_t esc) {
    return el_wset(el, op, fn, esc);
}
static inline int ecovol_el_addfn(EditLine *el, const wchar_t *name, const wchar_t *help, ecovol_key_fn fn) {
    return el_wset(el, EL_ADDFN, name, help, fn);
}
static inline int ecovol_el_set_3str(EditLine *el, int op, const wchar_t *a, const wchar_t *b) {
    return el_wset(el, op, a, b, (const wchar_t *)NULL);
}
static inline int ecovol_el_set_2str(EditLine *el, int op, const wchar_t *a) {
    return el_wset(el, op, a, (const wchar_t *)NULL);
}
/* Redraws the prompt and line at once (EL_REFRESH), for key functions that run their own input loop. */
static inline int ecovol_el_refresh(EditLine *el) { return el_wset(el, EL_REFRESH); }
/* Whether a byte is waiting on fd within timeout_ms: tells a lone Esc from an escape sequence. */
#include <poll.h>
static inline int ecovol_input_pending(int fd, int timeout_ms) {
    struct pollfd p = { fd, POLLIN, 0 };
    return poll(&p, 1, timeout_ms) > 0;
}
static inline int ecovol_el_set_hist(EditLine *el, HistoryW *h) { return el_wset(el, EL_HIST, history_w, h); }
static inline int ecovol_el_set_clientdata(EditLine *el, void *data) { return el_wset(el, EL_CLIENTDATA, data); }
static inline void *ecovol_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_wget(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int ecovol_history_int(HistoryW *h, HistEventW *ev, int op, int value) { return history_w(h, ev, op, value); }
static inline int ecovol_history_path(HistoryW *h, HistEventW *ev, int op, const char *path) { return history_w(h, ev, op, path); }
static inline int ecovol_history_wstr(HistoryW *h, HistEventW *ev, int op, const wchar_t *s) { return history_w(h, ev, op, s); }
static inline int ecovol_history_op(HistoryW *h, HistEventW *ev, int op) { return history_w(h, ev, op); }

static inline int ecovol_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 0;
}
static inline int ecovol_terminal_rows(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) return ws.ws_row;
    return 0;
}

#endif
