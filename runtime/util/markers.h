/* markers.h — the numbering markers of headings and list items (grammar/markers.re). */
#ifndef NB_MARKERS_H
#define NB_MARKERS_H

/* Numbering families; each can be open once in the outline, so an outline is at most 5 deep. */
typedef enum nb_style {
    NB_STYLE_NONE,
    NB_STYLE_CN,       /* 一、 */
    NB_STYLE_CN_PAREN, /* （一） (一) */
    NB_STYLE_AR,       /* 1. 1、 1． */
    NB_STYLE_AR_PAREN, /* （1） (1) */
    NB_STYLE_CIRCLED,  /* ① */
    NB_STYLE_COUNT
} nb_style;

typedef struct nb_marker {
    nb_style style;
    int num;                           /* value of the numeral; 0 if it could not be read */
    const unsigned char *num_s, *num_e; /* the numeral without brackets or 、 */
    const unsigned char *end;           /* first byte after the marker */
} nb_marker;

/* The marker at p (anchored; p..e NUL-terminated past e): 1 and *m filled, or 0. A numeral
 * followed by a digit (2.5万元) is a number, not a marker. */
int nb_match_marker(const unsigned char *p, const unsigned char *e, nb_marker *m);

/* The marker at the start of [s, e), a piece of a line that need not be NUL-terminated: 1 and *m
 * filled (its places in [s, e), the marker ending at e at the latest), or 0. */
int nb_marker_at(const unsigned char *s, const unsigned char *e, nb_marker *m);

/* A section title fixed by the templates at p (总体情况, 主动公开政府信息情况, …): its end, or NULL. */
const unsigned char *nb_match_known_title(const unsigned char *p, const unsigned char *lim);

/* The place (1 to 6: 一、 to 六、) in the frame of the known title at p, its end in *end; 0 if none. */
int nb_known_title_place(const unsigned char *p, const unsigned char *lim, const unsigned char **end);

#endif
