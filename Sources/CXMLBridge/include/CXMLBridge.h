#ifndef CXMLBRIDGE_H
#define CXMLBRIDGE_H
/*
 * A small, safe bridge to libxml2's xmlTextReader. libxml2 headers are included only in
 * CXMLBridge.c, never here: Swift must not see them (they clash with Foundation's ICU).
 *
 * All strings returned as `const char *` belong to the reader and stay valid only until the
 * next call on it: copy them at once. Nothing returned here needs to be freed by the caller.
 */
#include <stdint.h>

/* An open pull reader over one file. */
typedef struct cxml_reader cxml_reader;

/* What the reader is positioned on. */
enum {
    CXML_NODE_OTHER = 0,            /* comment, PI, DOCTYPE, XML declaration: callers skip it */
    CXML_NODE_ELEMENT = 1,
    CXML_NODE_END_ELEMENT = 2,
    CXML_NODE_TEXT = 3,
    CXML_NODE_CDATA = 4,
    CXML_NODE_WHITESPACE = 5,       /* blank text between or inside elements */
    CXML_NODE_ENTITY_REFERENCE = 6  /* an unexpanded entity reference: never expanded */
};

/* Why cxml_reader_next returned -1. */
enum {
    CXML_FAIL_NONE = 0,
    CXML_FAIL_IO = 1,            /* read(2) failed: cxml_reader_fail_errno */
    CXML_FAIL_TOO_LARGE = 2,     /* one token (text, attribute, CDATA, comment...) passed the byte limit */
    CXML_FAIL_CHANGED = 3,       /* the file changed between the prolog check and the read */
    CXML_FAIL_ENTITY_DECL = 4,   /* the DTD declares entities, which Ferry refuses */
    CXML_FAIL_PARSE = 5,         /* libxml2 reported an error: cxml_reader_error_* */
    CXML_FAIL_EMPTY = 6          /* no content at all (0 bytes, blanks, a byte order mark) */
};

/* Calls xmlInitParser() and installs an external entity loader that refuses everything but the
 * local files of a schema being compiled (CXMLSchema.h). Once per process; later calls return at once. */
void cxml_init(void);

/* Opens `path` with open(2) and prepares a reader whose tokens may be at most `max_token_bytes`.
 * Returns NULL only if the file cannot be opened (errno in *out_errno). Problems with the content
 * are reported by the first cxml_reader_next. */
cxml_reader *cxml_reader_open(const char *path, int64_t max_token_bytes, int *out_errno);

/* Frees the libxml2 reader and closes the file descriptor. NULL is ignored. */
void cxml_reader_close(cxml_reader *reader);

/* Advances to the next node (xmlTextReaderRead): 1 on a node, 0 at the end, -1 on failure. */
int cxml_reader_next(cxml_reader *reader);

/* One of CXML_NODE_*. */
int cxml_reader_kind(cxml_reader *reader);
/* xmlTextReaderDepth: 0 for the root element. */
int cxml_reader_depth(cxml_reader *reader);
/* xmlTextReaderIsEmptyElement: 1 for <a/>, which has no END_ELEMENT node. */
int cxml_reader_is_empty_element(cxml_reader *reader);
/* xmlTextReaderGetParserLineNumber: the parser's current line (1-based). */
int cxml_reader_line(cxml_reader *reader);

/* xmlTextReaderConstName: the qualified name as written (`cbc:ID`). */
const char *cxml_reader_name(cxml_reader *reader);
/* xmlTextReaderConstLocalName: the name without prefix (`ID`). */
const char *cxml_reader_local_name(cxml_reader *reader);
/* xmlTextReaderConstNamespaceUri, or NULL. */
const char *cxml_reader_namespace_uri(cxml_reader *reader);
/* xmlTextReaderConstValue: text, CDATA or attribute value, or NULL. */
const char *cxml_reader_value(cxml_reader *reader);

/* Moves to the current element's next attribute that is not a namespace declaration
 * (xmlTextReaderMoveToNextAttribute): 1 when positioned on one, 0 when none is left, in which
 * case the reader is back on the element. */
int cxml_reader_next_attribute(cxml_reader *reader);

/* One of CXML_FAIL_* after cxml_reader_next returned -1. */
int cxml_reader_failure(cxml_reader *reader);
/* errno for CXML_FAIL_IO. */
int cxml_reader_fail_errno(cxml_reader *reader);
/* The first libxml2 error: its code (xmlParserErrors), line, byte offset (-1 unknown) and message. */
int cxml_reader_error_code(cxml_reader *reader);
int cxml_reader_error_line(cxml_reader *reader);
int64_t cxml_reader_error_offset(cxml_reader *reader);
const char *cxml_reader_error_message(cxml_reader *reader);
/* The document's encoding as libxml2 knows it (xmlTextReaderConstEncoding), or NULL. */
const char *cxml_reader_encoding(cxml_reader *reader);

/* Well-known libxml2 error codes the Swift side maps to Ferry codes. */
enum {
    CXML_ERR_DOCUMENT_EMPTY = 4,
    CXML_ERR_INVALID_CHAR = 9,
    CXML_ERR_UNKNOWN_ENCODING = 31,
    CXML_ERR_UNSUPPORTED_ENCODING = 32,
    CXML_ERR_INVALID_ENCODING = 81,
    CXML_ERR_CONV_FAILED = 6003
};

#include "CXMLSchema.h"

#endif
