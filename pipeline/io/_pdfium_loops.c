/* The two per-page loops of the PDF reader that make one PDFium call per item, in C.

   Reading a page makes one PDFium call per word end (the character boxes) and one or two per page
   object (the kinds: SEI pages hold 1,000-2,500 text objects). From Python each call costs a ctypes
   round trip; here the loop runs in C and Python makes one call per page. The PDFium functions are
   not linked: the caller passes their addresses, taken from the library pypdfium2 has loaded, so
   this file needs no PDFium headers and always calls the same library as the rest of the reader.

   Built by setuptools as an optional extension (pyproject.toml); when it is missing (no C
   compiler), pipeline/io/pdfium_calls.py runs the same loops in Python. Loaded with ctypes: it
   defines no Python module, only the two functions below (and an empty module init so that the
   file is also a valid extension module). */

#include <Python.h>

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

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pdfium_loops", NULL, -1, NULL};

PyMODINIT_FUNC PyInit__pdfium_loops(void)
{
    return PyModule_Create(&module);
}
