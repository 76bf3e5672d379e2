// Shim for the wide-character ncurses library.
// SwiftPM drops pkg-config defines, so the wide API is opted in here.
#ifndef TELLER_CNCURSESW_SHIM_H
#define TELLER_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// `stdscr` is a global Swift cannot read safely under strict concurrency.
static inline WINDOW *teller_stdscr(void) { return stdscr; }
// `LINES` and `COLS` are globals updated by ncurses on resize.
static inline int teller_lines(void) { return LINES; }
static inline int teller_cols(void) { return COLS; }
// `COLORS` and `COLOR_PAIRS` are globals set by start_color.
static inline int teller_colors(void) { return COLORS; }
static inline int teller_color_pairs(void) { return COLOR_PAIRS; }
// Attribute macros are not visible to Swift.
static inline attr_t teller_a_normal(void) { return A_NORMAL; }
static inline attr_t teller_a_bold(void) { return A_BOLD; }
static inline attr_t teller_a_underline(void) { return A_UNDERLINE; }
static inline attr_t teller_a_reverse(void) { return A_REVERSE; }
static inline attr_t teller_a_dim(void) { return A_DIM; }
// KEY_F(n) is a macro.
static inline int teller_key_f(int n) { return KEY_F(n); }
// Builds a cchar_t holding one wide character with attributes and a colour pair.
static inline int teller_put_wch(int y, int x, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cell;
    wchar_t text[2] = { ch, 0 };
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}
// Starts curses on stdin/stdout; `stdout`/`stdin` are C globals Swift 6 will not touch. NULL on failure.
static inline SCREEN *teller_newterm(void) { return newterm(NULL, stdout, stdin); }
// Reads one key or character from stdscr; returns OK, KEY_CODE_YES or ERR.
static inline int teller_get_wch(wint_t *out) { return wget_wch(stdscr, out); }
#endif
