/* The per-page loops of the PDF reader that make one PDFium call per item, in C.

   Reading a page makes one PDFium call per word end (the character boxes) and one or two per page
   object (the kinds: SEI pages hold 1,000-2,500 text objects). From Python each call costs a ctypes
   round trip; here the loop runs in C and Python makes one call per page. The PDFium functions are
   not linked: the caller passes their addresses, taken from the library pypdfium2 has loaded, so
   this file needs no PDFium headers and always calls the same library as the rest of the reader.

   Built by setuptools as an optional extension (setup.py); when it is missing (no C
   compiler), pipeline/io/pdfium_calls.py runs the same loops in Python. Loaded with ctypes: it
   defines no Python module, only the functions below (and an empty module init so that the
   file is also a valid extension module). */

#include <Python.h>
#include <math.h>

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

/* The edges of n path objects: path k's segments through the matrix mats[6k .. 6k+5] (a, b, c, d, e, f,
   to display space), read as pipeline/io/ruled.py::_subpaths reads them (a curve by its end point, a
   closed subpath back to its start) and cut as page_edges cuts them, in the same order. Writes at most
   cap edges (5 numbers each, see path_edge) and returns how many there are: the caller asks again with
   room for all when that is more than cap. fns = FPDFPath_CountSegments, FPDFPath_GetPathSegment,
   FPDFPathSegment_GetPoint, FPDFPathSegment_GetType, FPDFPathSegment_GetClose. */
int seidou_path_edges(void *const *fns, void *const *paths, const double *mats, int n, double eps, double min_len,
                      double *out, int cap)
{
    count_segments_fn count = (count_segments_fn)fns[0];
    get_segment_fn segment = (get_segment_fn)fns[1];
    segment_point_fn point = (segment_point_fn)fns[2];
    segment_int_fn kind_of = (segment_int_fn)fns[3];
    segment_int_fn close_of = (segment_int_fn)fns[4];
    int m = 0;
    for (int p = 0; p < n; p++) {
        const double *t = mats + 6 * (size_t)p;
        double a = t[0], b = t[1], c = t[2], d = t[3], e = t[4], f = t[5];
        void *path = paths[p];
        int segments = count(path);
        int have = 0, bezier = 0; /* points in the current subpath (only whether any, and the first two) */
        double fx = 0.0, fy = 0.0, lx = 0.0, ly = 0.0; /* its first and last points */
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
                m = path_edge(lx, ly, px, py, eps, min_len, out, m, cap);
                lx = px; ly = py; have++;
            }
            if (close_of(seg) && (lx != fx || ly != fy)) {
                m = path_edge(lx, ly, fx, fy, eps, min_len, out, m, cap);
                lx = fx; ly = fy; have++;
            }
        }
    }
    return m;
}

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pdfium_loops", NULL, -1, NULL};

PyMODINIT_FUNC PyInit__pdfium_loops(void)
{
    return PyModule_Create(&module);
}
