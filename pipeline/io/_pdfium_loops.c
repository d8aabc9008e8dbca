/* The per-page loops of the PDF reader that make one PDFium call per item, in C.

   Reading a page makes one PDFium call per word end (the character boxes) and one or two per page
   object (the kinds: SEI pages hold 1,000-2,500 text objects). From Python each call costs a ctypes
   round trip; here the loop runs in C and Python makes one call per page. The PDFium functions are
   not linked: the caller passes their addresses, taken from the library pypdfium2 has loaded, so
   this file needs no PDFium headers and always calls the same library as the rest of the reader.

   Also the loops that make a Python object per item, the reader's words and the first lines of the
   layout (seidou_words, seidou_line_runs, seidou_new_lines: a million words on 820 pages, each a call
   of a Python class otherwise); those are called through ctypes.PyDLL, with the interpreter lock held.

   Built by setuptools as an optional extension (setup.py); when it is missing (no C
   compiler), pipeline/io/pdfium_calls.py and pipeline/layout/lines.py run the same loops in Python.
   Loaded with ctypes: it defines no Python module, only the functions below (and an empty module
   init so that the file is also a valid extension module). */

#include <Python.h>
#include <math.h>
#include <string.h>
#include <structmember.h>
#include <float.h>

/* Bit for bit as the fallbacks only where float arithmetic rounds each operation to its type (not x87's wider
   registers), and the object-making loops need the interpreter lock: elsewhere the optional build fails on purpose
   and the fallbacks run. */
#if FLT_EVAL_METHOD != 0 || defined(Py_GIL_DISABLED)
#error "seidou's loops need FLT_EVAL_METHOD 0 and a Python with the interpreter lock"
#endif

typedef int (*char_box_fn)(void *textpage, int index, float *rect); /* FS_RECTF: left, top, right, bottom */
typedef void *(*get_object_fn)(void *page, int index);
typedef int (*object_type_fn)(void *object);

/* The loose boxes of both ends of n spans: span k is characters spans[2k] .. spans[2k+1] - 1; the
   boxes of its first and last character go to out[8k .. 8k+7] (zeros where PDFium has none). */
int seidou_span_boxes(void *fn, void *textpage, const int *spans, int n, float *out)
{
    char_box_fn get = (char_box_fn)fn;
    for (int k = 0; k < n; k++) {
        float *r = out + 8 * (size_t)k;
        if (!get(textpage, spans[2 * k], r)) {
            r[0] = r[1] = r[2] = r[3] = 0.0f;
        }
        if (!get(textpage, spans[2 * k + 1] - 1, r + 4)) {
            r[4] = r[5] = r[6] = r[7] = 0.0f;
        }
    }
    return n;
}

/* A box of PDFium's page space (y up, rotation not applied) in display space (y down): the
   formulas of pipeline/io/pdfium_calls.py::display_box, in the same order of operations.
   geo = rotation, x0, y0, x1, y1 of the crop box. */
static void display_box(const double *geo, const float *r, double *out)
{
    double left = r[0], top = r[1], right = r[2], bottom = r[3];
    int rotation = (int)geo[0];
    double x0 = geo[1], y0 = geo[2], x1 = geo[3], y1 = geo[4];
    if (rotation == 0) {
        out[0] = left - x0; out[1] = y1 - top; out[2] = right - x0; out[3] = y1 - bottom;
    } else if (rotation == 90) {
        out[0] = bottom - y0; out[1] = left - x0; out[2] = top - y0; out[3] = right - x0;
    } else if (rotation == 180) {
        out[0] = x1 - right; out[1] = bottom - y0; out[2] = x1 - left; out[3] = top - y0;
    } else {
        out[0] = y1 - top; out[1] = x1 - right; out[2] = y1 - bottom; out[3] = x1 - left;
    }
}

/* The word box of n spans from the boxes of their first and last characters, and whether those two
   ends make one straight word: out[6k .. 6k+5] = x0, top, x1, bottom, height, ok (1.0 or 0.0), as
   pipeline/io/pdfium_calls.py::token_boxes computes them without this file. */
int seidou_token_boxes(void *fn, void *textpage, const int *spans, int n, const double *geo, double *out)
{
    char_box_fn get = (char_box_fn)fn;
    float r[4];
    double a[4], b[4];
    for (int k = 0; k < n; k++) {
        int i = spans[2 * k], j = spans[2 * k + 1];
        double *o = out + 6 * (size_t)k;
        if (!get(textpage, i, r)) r[0] = r[1] = r[2] = r[3] = 0.0f;
        display_box(geo, r, a);
        if (!get(textpage, j - 1, r)) r[0] = r[1] = r[2] = r[3] = 0.0f;
        display_box(geo, r, b);
        double h = a[3] - a[1] > b[3] - b[1] ? a[3] - a[1] : b[3] - b[1];
        if (h < 0.1) h = 0.1;
        o[0] = a[0];
        o[1] = a[1] < b[1] ? a[1] : b[1];
        o[2] = b[2];
        o[3] = a[3] > b[3] ? a[3] : b[3];
        o[4] = h;
        o[5] = (fabs(b[3] - a[3]) <= 0.35 * h && b[2] >= a[0] - 0.5 && (b[2] - a[0]) <= (double)(j - i) * h * 1.2 + h)
                   ? 1.0 : 0.0;
    }
    return n;
}

/* What the reader asks of the character where PDFium starts a line (one call per line from Python cost
   a tenth of the reader's time): per index, its angle (FPDFText_GetCharAngle: -1 when PDFium cannot say)
   and the font of its text object (FPDFText_GetTextObject, FPDFTextObj_GetFont: 0 without one), as
   pipeline/io/pdfium_calls.py::line_starts asks them without this file. fns: the three functions. */
typedef float (*char_angle_fn)(void *textpage, int index);
typedef void *(*text_object_fn)(void *textpage, int index);
typedef void *(*object_font_fn)(void *object);

int seidou_line_starts(void *const *fns, void *textpage, const int *index, int n, double *angle, void **font)
{
    char_angle_fn get_angle = (char_angle_fn)fns[0];
    text_object_fn get_object = (text_object_fn)fns[1];
    object_font_fn get_font = (object_font_fn)fns[2];
    for (int k = 0; k < n; k++) {
        angle[k] = (double)get_angle(textpage, index[k]);
        void *object = get_object(textpage, index[k]);
        font[k] = object ? get_font(object) : NULL;
    }
    return n;
}

/* White space as Python's str.isspace and the `re` module's \s see it (Py_UNICODE_ISSPACE). */
static int is_space(unsigned int c)
{
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* The tokens of a page's text (n code points, UTF-32): runs of characters that are not white space, each cut
   after PDFium's line-end hyphen mark U+FFFE (a mark alone is a token), as the regular expression
   [^\s\ufffe]+\ufffe?|\ufffe of pipeline/io/pdf.py finds them. Start and end (exclusive) of token k go to
   out[2k], out[2k+1] (room for 2n); returns the number of tokens. */
int seidou_tokens(const unsigned int *text, int n, int *out)
{
    int m = 0, i = 0;
    while (i < n) {
        if (is_space(text[i])) {
            i++;
            continue;
        }
        int start = i;
        while (i < n && text[i] != 0xFFFE && !is_space(text[i])) i++;
        if (i < n && text[i] == 0xFFFE) i++;
        out[2 * m] = start;
        out[2 * m + 1] = i;
        m++;
    }
    return m;
}

/* Inside each of n spans, the widest gap between two neighbouring characters on one baseline: out[6k ..
   6k+5] = where the second part starts (characters from the span's start; 0 when the span has fewer
   than 3 characters or no two measured neighbours), the widest gap and the narrowest (in heights of
   their pairs), the right edge before and the left edge after the widest gap, and its height. A word
   PDFium glued ("após|a", "ATESTADO|DE") has one gap as wide as a space and the others near zero; a
   tracked word ("P R E F E I T U R A" drawn as one run) has them all alike. As
   pipeline/io/pdfium_calls.py::token_gaps computes them without this file. */
int seidou_token_gaps(void *fn, void *textpage, const int *spans, int n, const double *geo, double *out)
{
    char_box_fn get = (char_box_fn)fn;
    float r[4];
    double a[4], b[4];
    for (int k = 0; k < n; k++) {
        int i = spans[2 * k], j = spans[2 * k + 1];
        double *o = out + 6 * (size_t)k;
        o[0] = o[1] = o[2] = o[3] = o[4] = o[5] = 0.0;
        if (j - i < 3) continue;
        int have = 0, pos = 0;
        double best = -1e9, least = 1e9, left = 0.0, right = 0.0, height = 0.0;
        for (int c = i; c < j; c++) {
            if (!get(textpage, c, r)) continue;
            display_box(geo, r, b);
            if (b[2] - b[0] <= 0.0 && b[3] - b[1] <= 0.0) continue;
            if (have) {
                double h = a[3] - a[1] > b[3] - b[1] ? a[3] - a[1] : b[3] - b[1];
                if (h < 0.1) h = 0.1;
                if (fabs(b[3] - a[3]) <= 0.3 * h) {
                    double g = (b[0] - a[2]) / h;
                    if (g < least) least = g;
                    if (g > best) {
                        best = g;
                        pos = c - i;
                        left = a[2];
                        right = b[0];
                        height = h;
                    }
                }
            }
            a[0] = b[0]; a[1] = b[1]; a[2] = b[2]; a[3] = b[3];
            have = 1;
        }
        if (pos > 0) {
            o[0] = (double)pos;
            o[1] = best;
            o[2] = least;
            o[3] = left;
            o[4] = right;
            o[5] = height;
        }
    }
    return n;
}

/* Page objects 0..n-1 whose kind is not `skip`: their indices in out_index and kinds in out_kind;
   returns how many. */
int seidou_object_kinds(void *get_object, void *get_type, void *page, int n, int skip, int *out_index,
                        int *out_kind)
{
    get_object_fn obj = (get_object_fn)get_object;
    object_type_fn kind = (object_type_fn)get_type;
    int m = 0;
    for (int k = 0; k < n; k++) {
        void *o = obj(page, k);
        int t = o ? kind(o) : 0; /* FPDF_PAGEOBJ_UNKNOWN, as PDFium answers for no object */
        if (t != skip) {
            out_index[m] = k;
            out_kind[m] = t;
            m++;
        }
    }
    return m;
}

typedef int (*object_bounds_fn)(void *object, float *left, float *bottom, float *right, float *top);

/* The page objects 0..n-1 the reader's image scan walks, as pipeline/io/pdfium_calls.py::page_objects
   does without this file: the path objects counted by their bounds (FPDFPageObj_GetBounds; w, h in
   double from the float bounds): counts[0] += thin horizontal (h < thin, w > wide), counts[1] += thin
   vertical (w < thin, h > tall), both += 2 for a box (w > wide, h > tall); counts[2] += those of a
   glyph's height (glyph_min <= h <= glyph_max). The objects neither text nor path (kinds: 0 where
   PDFium has no object) go to out_index, out_kind; returns how many. fns = FPDFPage_GetObject,
   FPDFPageObj_GetType, FPDFPageObj_GetBounds; limits = glyph_min, glyph_max, thin, wide, tall. */
int seidou_page_objects(void *const *fns, void *page, int n, const double *limits, int *out_index,
                        int *out_kind, int *counts)
{
    get_object_fn obj = (get_object_fn)fns[0];
    object_type_fn kind = (object_type_fn)fns[1];
    object_bounds_fn bounds = (object_bounds_fn)fns[2];
    double glyph_min = limits[0], glyph_max = limits[1], thin = limits[2], wide = limits[3], tall = limits[4];
    int m = 0;
    for (int k = 0; k < n; k++) {
        void *o = obj(page, k);
        int t = o ? kind(o) : 0;
        if (t == 1) continue; /* FPDF_PAGEOBJ_TEXT */
        if (t != 2) {         /* FPDF_PAGEOBJ_PATH */
            out_index[m] = k;
            out_kind[m] = t;
            m++;
            continue;
        }
        float left, bottom, right, top;
        if (!bounds(o, &left, &bottom, &right, &top)) continue;
        double w = (double)right - (double)left, h = (double)top - (double)bottom;
        if (glyph_min <= h && h <= glyph_max) counts[2]++;
        if (h < thin && w > wide) {
            counts[0]++;
        } else if (w < thin && h > tall) {
            counts[1]++;
        } else if (w > wide && h > tall) {
            counts[0] += 2;
            counts[1] += 2;
        }
    }
    return m;
}

typedef int (*count_segments_fn)(void *path);
typedef void *(*get_segment_fn)(void *path, int index);
typedef int (*segment_point_fn)(void *segment, float *x, float *y);
typedef int (*segment_int_fn)(void *segment);

#define SEG_BEZIERTO 1 /* FPDF_SEGMENT_BEZIERTO */
#define SEG_MOVETO 2   /* FPDF_SEGMENT_MOVETO */

/* One edge of two consecutive points of a subpath, as pipeline/io/ruled.py::page_edges keeps it:
   vertical or horizontal (within eps), at least min_len long; out[5m .. 5m+4] = x0, top, x1, bottom,
   orientation (0.0 vertical, 1.0 horizontal), written while m < cap. Returns the new count. */
static int path_edge(double ax, double ay, double bx, double by, double eps, double min_len, double *out, int m,
                     int cap)
{
    if (fabs(ax - bx) <= eps) {
        double top = ay < by ? ay : by, bottom = ay < by ? by : ay;
        if (bottom - top >= min_len) {
            if (m < cap) {
                double *o = out + 5 * (size_t)m;
                o[0] = ax; o[1] = top; o[2] = ax; o[3] = bottom; o[4] = 0.0;
            }
            m++;
        }
    } else if (fabs(ay - by) <= eps) {
        double x0 = ax < bx ? ax : bx, x1 = ax < bx ? bx : ax;
        if (x1 - x0 >= min_len) {
            if (m < cap) {
                double *o = out + 5 * (size_t)m;
                o[0] = x0; o[1] = ay; o[2] = x1; o[3] = ay; o[4] = 1.0;
            }
            m++;
        }
    }
    return m;
}

typedef struct {
    float a, b, c, d, e, f;
} fs_matrix; /* FS_MATRIX */
typedef int (*get_matrix_fn)(void *object, fs_matrix *matrix);
typedef int (*count_objects_fn)(void *container);
typedef void *(*form_object_fn)(void *form, unsigned long index);

#define OBJ_TEXT 1 /* FPDF_PAGEOBJ_TEXT */
#define OBJ_PATH 2 /* FPDF_PAGEOBJ_PATH */
#define OBJ_FORM 5 /* FPDF_PAGEOBJ_FORM */

/* What the walk over a page's objects carries: the PDFium functions (see seidou_page_edges), the map to
   display space, the edge rules, and the edges written so far. */
struct walk {
    void *const *fns;
    const double *display;
    int max_depth;
    double eps, min_len;
    double *out;
    int m, cap;
};

/* The matrix applying `in` then `outer` (PDF row-vector convention): ruled.py::_compose, in its order of
   operations. */
static void compose(const double *in, const double *outer, double *r)
{
    double a = in[0], b = in[1], c = in[2], d = in[3], e = in[4], f = in[5];
    double A = outer[0], B = outer[1], C = outer[2], D = outer[3], E = outer[4], F = outer[5];
    r[0] = a * A + b * C;
    r[1] = a * B + b * D;
    r[2] = c * A + d * C;
    r[3] = c * B + d * D;
    r[4] = e * A + f * C + E;
    r[5] = e * B + f * D + F;
}

/* An object's matrix, the identity where PDFium has none (ruled.py::_Calls.matrix). */
static void matrix_of(struct walk *w, void *object, double *r)
{
    fs_matrix m;
    if (!((get_matrix_fn)w->fns[8])(object, &m)) {
        r[0] = 1.0; r[1] = 0.0; r[2] = 0.0; r[3] = 1.0; r[4] = 0.0; r[5] = 0.0;
        return;
    }
    r[0] = m.a; r[1] = m.b; r[2] = m.c; r[3] = m.d; r[4] = m.e; r[5] = m.f;
}

/* The edges of one path object, its segments through the matrix t (to display space), read as
   ruled.py::_subpaths reads them (a curve by its end point, a closed subpath back to its start) and
   cut as page_edges cuts them, in the same order. */
static void path_edges(struct walk *w, void *path, const double *t)
{
    count_segments_fn count = (count_segments_fn)w->fns[0];
    get_segment_fn segment = (get_segment_fn)w->fns[1];
    segment_point_fn point = (segment_point_fn)w->fns[2];
    segment_int_fn kind_of = (segment_int_fn)w->fns[3];
    segment_int_fn close_of = (segment_int_fn)w->fns[4];
    double a = t[0], b = t[1], c = t[2], d = t[3], e = t[4], f = t[5];
    double eps = w->eps, min_len = w->min_len;
    int segments = count(path);
    int have = 0, bezier = 0;
    double fx = 0.0, fy = 0.0, lx = 0.0, ly = 0.0; /* the first and last points of the current subpath */
    for (int k = 0; k < segments; k++) {
        float x, y;
        void *seg = segment(path, k);
        if (!seg || !point(seg, &x, &y)) continue;
        int kind = kind_of(seg);
        if (kind == SEG_BEZIERTO) {
            bezier++;
            if (bezier % 3) continue; /* the two control points of a curve */
        } else {
            bezier = 0;
        }
        double px = a * (double)x + c * (double)y + e, py = b * (double)x + d * (double)y + f;
        if (kind == SEG_MOVETO) {
            fx = lx = px; fy = ly = py; have = 1;
        } else {
            if (!have) {
                fx = lx = px; fy = ly = py; have = 1;
                continue;
            }
            w->m = path_edge(lx, ly, px, py, eps, min_len, w->out, w->m, w->cap);
            lx = px; ly = py;
        }
        if (close_of(seg) && (lx != fx || ly != fy)) {
            w->m = path_edge(lx, ly, fx, fy, eps, min_len, w->out, w->m, w->cap);
            lx = fx; ly = fy;
        }
    }
}

/* The paths of a form object (and of the forms in it, down to max_depth), `outer` its matrix to page
   space: ruled.py::_objects. */
static void form_edges(struct walk *w, void *form, const double *outer, int depth)
{
    count_objects_fn count = (count_objects_fn)w->fns[9];
    form_object_fn get = (form_object_fn)w->fns[10];
    object_type_fn kind_of = (object_type_fn)w->fns[7];
    int n = count(form);
    for (int k = 0; k < n; k++) {
        void *o = get(form, (unsigned long)k);
        if (!o) continue;
        int kind = kind_of(o);
        double m[6], in_page[6], shown[6];
        if (kind == OBJ_PATH) {
            matrix_of(w, o, m);
            compose(m, outer, in_page);
            compose(in_page, w->display, shown);
            path_edges(w, o, shown);
        } else if (kind == OBJ_FORM && depth < w->max_depth) {
            matrix_of(w, o, m);
            compose(m, outer, in_page);
            form_edges(w, o, in_page, depth + 1);
        }
    }
}

/* Every vertical or horizontal piece of a page's paths, forms entered (form objects nested up to
   max_depth), in display space (`display`: the matrix a..f of page space to display space) - the loop
   of pipeline/io/ruled.py::page_edges (its Python form, bulk=False, is the reference). Writes at most
   cap edges (5 numbers each, see path_edge) and returns how many there are: the caller asks again with
   room for all when that is more than cap. fns = FPDFPath_CountSegments, FPDFPath_GetPathSegment,
   FPDFPathSegment_GetPoint, FPDFPathSegment_GetType, FPDFPathSegment_GetClose, FPDFPage_CountObjects,
   FPDFPage_GetObject, FPDFPageObj_GetType, FPDFPageObj_GetMatrix, FPDFFormObj_CountObjects,
   FPDFFormObj_GetObject. */
int seidou_page_edges(void *const *fns, void *page, const double *display, int max_depth, double eps,
                      double min_len, double *out, int cap)
{
    struct walk w = {fns, display, max_depth, eps, min_len, out, 0, cap};
    count_objects_fn count = (count_objects_fn)fns[5];
    get_object_fn get = (get_object_fn)fns[6];
    object_type_fn kind_of = (object_type_fn)fns[7];
    int n = count(page);
    for (int k = 0; k < n; k++) {
        void *o = get(page, k);
        if (!o) continue;
        int kind = kind_of(o);
        double m[6], shown[6];
        if (kind == OBJ_PATH) {
            matrix_of(&w, o, m);
            compose(m, display, shown);
            path_edges(&w, o, shown);
        } else if (kind == OBJ_FORM) {
            matrix_of(&w, o, m);
            form_edges(&w, o, m, 1);
        }
    }
    return w.m;
}

/* The reader's words of a page, made here rather than by n calls of the Word class (a third of the reader's own
   time in Python): per token k, a new instance of `type` (io.pdf's Word: a dataclass with __slots__ and no
   __post_init__) whose slot names[0] is texts[k], names[1..5] are measured[6k .. 6k+4] (x0, top, x1, bottom,
   size) and names[6..] are `defaults` (the same objects for every word, as its __init__ sets them). The slots are
   found by name among the type's members; a name it has not is a TypeError. Called through ctypes.PyDLL (the
   interpreter lock held); returns a new list, or NULL with the exception set. */
static Py_ssize_t slot_offset(PyTypeObject *type, PyObject *name)
{
    const char *wanted = PyUnicode_AsUTF8(name);
    if (wanted == NULL) return -1;
    for (PyTypeObject *t = type; t != NULL; t = t->tp_base) { /* a subclass's slots, then its bases' */
        for (PyMemberDef *m = t->tp_members; m != NULL && m->name != NULL; m++) {
            if (m->type == T_OBJECT_EX && strcmp(m->name, wanted) == 0) return m->offset;
        }
    }
    PyErr_Format(PyExc_TypeError, "%s has no slot %s", type->tp_name, wanted);
    return -1;
}

static PyObject *words_made(PyObject *type_object, PyObject *names, PyObject *texts, const double *measured,
                                 PyObject *defaults)
{
    if (!PyType_Check(type_object) || !PyTuple_Check(names) || !PyList_Check(texts) || !PyTuple_Check(defaults) ||
        PyTuple_GET_SIZE(names) != 6 + PyTuple_GET_SIZE(defaults) || PyTuple_GET_SIZE(names) > 32) {
        PyErr_SetString(PyExc_TypeError, "seidou_words: a type, its slot names, a list of texts, defaults");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)type_object;
    Py_ssize_t n_slots = PyTuple_GET_SIZE(names), offset[32];
    for (Py_ssize_t s = 0; s < n_slots; s++) {
        offset[s] = slot_offset(type, PyTuple_GET_ITEM(names, s));
        if (offset[s] < 0) return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(texts);
    PyObject *out = PyList_New(n);
    if (out == NULL) return NULL;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *word = type->tp_alloc(type, 0);
        if (word == NULL) goto fail;
        PyList_SET_ITEM(out, k, word); /* (its slots are NULL until set: a failure below frees it as it is) */
        char *base = (char *)word;
        PyObject *text = PyList_GET_ITEM(texts, k);
        Py_INCREF(text);
        *(PyObject **)(base + offset[0]) = text;
        for (int c = 0; c < 5; c++) {
            PyObject *number = PyFloat_FromDouble(measured[6 * k + c]);
            if (number == NULL) goto fail;
            *(PyObject **)(base + offset[1 + c]) = number;
        }
        for (Py_ssize_t s = 6; s < n_slots; s++) {
            PyObject *value = PyTuple_GET_ITEM(defaults, s - 6);
            Py_INCREF(value);
            *(PyObject **)(base + offset[s]) = value;
        }
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static int append_index(PyObject *list, Py_ssize_t k)
{
    PyObject *number = PyLong_FromSsize_t(k);
    if (number == NULL) return -1;
    int failed = PyList_Append(list, number);
    Py_DECREF(number);
    return failed;
}

/* The runs of words layout.lines.build_lines cuts a page's words into (pipeline/layout/lines.py::_runs computes the
   same without this file): a word goes on with the run of the word before it when it starts no PDFium line, stands
   on its baseline and follows it within the run gap; it is marked (its line looked at again) where it touches that
   word or either is tracked. names: the slots size, x0, x1, bottom, tracking, new_line; limits: TOUCH_MIN,
   TOUCH_MAX, BASELINE_TOLERANCE, MAX_RUN_GAP. Returns (the runs' first indices, the marked indices) as two lists,
   or None where a word is not of the first word's type or holds other than a float in those slots (a bool in
   new_line): the Python loop then decides, as it does everything without this file. */
static int float_slot(PyObject *word, Py_ssize_t offset, double *out)
{
    PyObject *value = *(PyObject **)((char *)word + offset);
    if (value == NULL || !PyFloat_CheckExact(value)) return 0;
    *out = PyFloat_AS_DOUBLE(value);
    return 1;
}

static PyObject *runs_found(PyObject *words, PyObject *names, const double *limits)
{
    if (!PyList_Check(words) || !PyTuple_Check(names) || PyTuple_GET_SIZE(names) != 6) {
        PyErr_SetString(PyExc_TypeError, "seidou_line_runs: a list of words, six slot names");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(words);
    PyObject *starts = PyList_New(0), *marked = PyList_New(0);
    if (starts == NULL || marked == NULL) goto fail;
    if (n == 0) return Py_BuildValue("(NN)", starts, marked);
    PyTypeObject *type = Py_TYPE(PyList_GET_ITEM(words, 0));
    Py_ssize_t offset[6];
    for (int s = 0; s < 6; s++) {
        offset[s] = slot_offset(type, PyTuple_GET_ITEM(names, s));
        if (offset[s] < 0) {
            PyErr_Clear(); /* not a type with those slots: the Python loop */
            goto python;
        }
    }
    double touch_min = limits[0], touch_max = limits[1], tolerance = limits[2], run_gap = limits[3];
    double last_size = 0.0, last_x1 = 0.0, last_bottom = 0.0, last_tracking = 0.0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *w = PyList_GET_ITEM(words, k);
        double size, x0, x1, bottom, tracking;
        if (Py_TYPE(w) != type || !float_slot(w, offset[0], &size) || !float_slot(w, offset[1], &x0) ||
            !float_slot(w, offset[2], &x1) || !float_slot(w, offset[3], &bottom) ||
            !float_slot(w, offset[4], &tracking))
            goto python;
        PyObject *new_line = *(PyObject **)((char *)w + offset[5]);
        if (new_line != Py_True && new_line != Py_False) goto python;
        int starts_run = 1;
        if (k > 0) {
            double h = last_size > size ? last_size : size;
            if (h < 0.1) h = 0.1;
            double gap = x0 - last_x1;
            if ((gap <= touch_max * h && gap >= touch_min * h) || tracking != 0.0 || last_tracking != 0.0) {
                if (append_index(marked, k) < 0) goto fail;
            }
            starts_run = !(new_line == Py_False && fabs(bottom - last_bottom) <= tolerance * h && -0.25 * h <= gap &&
                           gap <= run_gap * h);
        }
        if (starts_run && append_index(starts, k) < 0) goto fail;
        last_size = size;
        last_x1 = x1;
        last_bottom = bottom;
        last_tracking = tracking;
    }
    return Py_BuildValue("(NN)", starts, marked);
python:
    Py_DECREF(starts);
    Py_DECREF(marked);
    Py_RETURN_NONE;
fail:
    Py_XDECREF(starts);
    Py_XDECREF(marked);
    return NULL;
}

/* The lines of words[starts[k] .. starts[k + 1]) (the last to the end), made as layout.types.Line(words[a:b]) makes
   them (its __post_init__: Line.refresh): the words' slice, the least x0 and top and the greatest x1, bottom and
   size (the words' own float objects, the first word's where none is beyond it), their texts joined by a space.
   word_names: the words' slots x0, top, x1, bottom, size, text; line_names: the line's words, x0, top, x1, bottom,
   size, text. Returns the list, or None where a word is not of the first word's type or holds other than a float
   in those slots (Line then makes them). */
static PyObject *lines_made(PyObject *line_object, PyObject *word_names, PyObject *line_names, PyObject *words,
                                 PyObject *starts)
{
    if (!PyType_Check(line_object) || !PyTuple_Check(word_names) || PyTuple_GET_SIZE(word_names) != 6 ||
        !PyTuple_Check(line_names) || PyTuple_GET_SIZE(line_names) != 7 || !PyList_Check(words) ||
        !PyList_Check(starts)) {
        PyErr_SetString(PyExc_TypeError, "seidou_new_lines: a type, slot names, a list of words, a list of starts");
        return NULL;
    }
    PyTypeObject *line_type = (PyTypeObject *)line_object;
    Py_ssize_t n = PyList_GET_SIZE(words), m = PyList_GET_SIZE(starts), at[7], of[6];
    if (n == 0) return PyList_New(0);
    PyTypeObject *word_type = Py_TYPE(PyList_GET_ITEM(words, 0));
    for (int s = 0; s < 7; s++) {
        at[s] = slot_offset(line_type, PyTuple_GET_ITEM(line_names, s));
        if (at[s] < 0) return NULL;
    }
    for (int s = 0; s < 6; s++) {
        of[s] = slot_offset(word_type, PyTuple_GET_ITEM(word_names, s));
        if (of[s] < 0) {
            PyErr_Clear(); /* not a type with those slots: Line makes the lines */
            Py_RETURN_NONE;
        }
    }
    double unused;
    for (Py_ssize_t k = 0; k < n; k++) { /* every word plain before any line is made */
        PyObject *w = PyList_GET_ITEM(words, k);
        if (Py_TYPE(w) != word_type) Py_RETURN_NONE;
        for (int s = 0; s < 5; s++) {
            if (!float_slot(w, of[s], &unused)) Py_RETURN_NONE;
        }
    }
    PyObject *out = PyList_New(m), *space = PyUnicode_FromString(" ");
    if (out == NULL || space == NULL) goto fail;
    for (Py_ssize_t r = 0; r < m; r++) {
        Py_ssize_t a = PyLong_AsSsize_t(PyList_GET_ITEM(starts, r));
        Py_ssize_t b = r + 1 < m ? PyLong_AsSsize_t(PyList_GET_ITEM(starts, r + 1)) : n;
        if (PyErr_Occurred()) goto fail;
        if (a < 0 || b > n || a >= b) {
            PyErr_SetString(PyExc_ValueError, "seidou_new_lines: starts out of order");
            goto fail;
        }
        PyObject *ws = PyList_GetSlice(words, a, b);
        if (ws == NULL) goto fail;
        PyObject *texts = PyList_New(b - a);
        if (texts == NULL) {
            Py_DECREF(ws);
            goto fail;
        }
        PyObject *best[5]; /* x0, top (least), x1, bottom, size (greatest) */
        char *first = (char *)PyList_GET_ITEM(ws, 0);
        for (int s = 0; s < 5; s++) best[s] = *(PyObject **)(first + of[s]);
        for (Py_ssize_t k = 0; k < b - a; k++) {
            char *w = (char *)PyList_GET_ITEM(ws, k);
            for (int s = 0; s < 5; s++) {
                PyObject *value = *(PyObject **)(w + of[s]);
                double v = PyFloat_AS_DOUBLE(value), held = PyFloat_AS_DOUBLE(best[s]);
                if (s < 2 ? v < held : v > held) best[s] = value;
            }
            PyObject *text = *(PyObject **)(w + of[5]);
            if (text == NULL) {
                PyErr_SetString(PyExc_AttributeError, "text");
                Py_DECREF(ws);
                Py_DECREF(texts);
                goto fail;
            }
            Py_INCREF(text);
            PyList_SET_ITEM(texts, k, text);
        }
        PyObject *joined = PyUnicode_Join(space, texts);
        Py_DECREF(texts);
        PyObject *line = joined ? line_type->tp_alloc(line_type, 0) : NULL;
        if (line == NULL) {
            Py_DECREF(ws);
            Py_XDECREF(joined);
            goto fail;
        }
        char *base = (char *)line;
        *(PyObject **)(base + at[0]) = ws;
        /* the line's x0, top, x1, bottom, size as refresh orders its words' */
        for (int s = 0; s < 5; s++) {
            Py_INCREF(best[s]);
            *(PyObject **)(base + at[1 + s]) = best[s];
        }
        *(PyObject **)(base + at[6]) = joined;
        PyList_SET_ITEM(out, r, line);
    }
    Py_DECREF(space);
    return out;
fail:
    Py_XDECREF(out);
    Py_XDECREF(space);
    return NULL;
}

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pdfium_loops", NULL, -1, NULL};

PyMODINIT_FUNC PyInit__pdfium_loops(void)
{
    return PyModule_Create(&module);
}

/* The exported makers: each runs with the cyclic garbage collector paused. On Python 3.11 a collection can start
   inside any allocation and run Python code (gc callbacks, __del__, weakref callbacks) that could change the lists
   and words these loops hold borrowed pointers into; paused, only the loops' own code runs until they return. */
PyObject *seidou_words(PyObject *type_object, PyObject *names, PyObject *texts, const double *measured,
                       PyObject *defaults)
{
    int was = PyGC_Disable();
    PyObject *out = words_made(type_object, names, texts, measured, defaults);
    if (was) PyGC_Enable();
    return out;
}

PyObject *seidou_line_runs(PyObject *words, PyObject *names, const double *limits)
{
    int was = PyGC_Disable();
    PyObject *out = runs_found(words, names, limits);
    if (was) PyGC_Enable();
    return out;
}

PyObject *seidou_new_lines(PyObject *line_object, PyObject *word_names, PyObject *line_names, PyObject *words,
                           PyObject *starts)
{
    int was = PyGC_Disable();
    PyObject *out = lines_made(line_object, word_names, line_names, words, starts);
    if (was) PyGC_Enable();
    return out;
}
