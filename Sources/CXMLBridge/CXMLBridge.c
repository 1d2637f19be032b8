/*
 * The only file that includes libxml2. See CXMLBridge.h for the contract.
 *
 * Safety design:
 * - We open the file ourselves (open(2)) and feed libxml2 through xmlReaderForIO, so libxml2
 *   never opens a path; the external entity loader (CXMLSchema.c), which refuses everything
 *   outside a schema compile, backs this up.
 * - Options: XML_PARSE_NONET; never NOENT, DTDLOAD, DTDATTR, DTDVALID or XINCLUDE.
 * - XML_PARSE_HUGE is needed so that Ferry's field limit (not libxml2's 10 MB text cap) decides.
 *   HUGE also switches off libxml2 2.9's entity amplification checks, so a first pass WITHOUT
 *   HUGE parses only the prolog (up to the root start tag) and refuses any document whose DTD
 *   declares entities. The second pass (with HUGE) re-reads the file and checks that the prolog
 *   bytes are the same, so the file cannot be swapped in between.
 * - The read callback bounds memory: it fails when the bytes since the last '<', or the bytes
 *   one xmlTextReaderRead call pulls in, exceed the token limit plus a small margin.
 */
#define _GNU_SOURCE
#include "cxml_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/hash.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>

/* Reader lookahead (4 KiB reads, 512-byte pushes) and markup around a value fit well inside this. */
#define CXML_MARGIN ((int64_t)64 * 1024)

struct cxml_reader {
    int fd;
    xmlTextReaderPtr reader;
    int64_t limit;

    /* Input accounting for the current pass. */
    int pass;
    int64_t total;
    int64_t run_since_lt;
    int64_t call_bytes;
    int saw_content;
    uint64_t hash;
    int64_t prolog_length;
    uint64_t prolog_hash;

    /* Failure state. */
    int failure;
    int fail_errno;

    /* The first libxml2 error (a fatal one replaces a non-fatal one). */
    int have_error;
    int error_fatal;
    int error_code;
    int error_line;
    int64_t error_offset;
    char *error_message;
};

static pthread_once_t cxml_once = PTHREAD_ONCE_INIT;

static void cxml_init_once(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(cxml_entity_loader);
}

void cxml_init(void) { pthread_once(&cxml_once, cxml_init_once); }

static void cxml_clear_error(cxml_reader *r) {
    free(r->error_message);
    r->error_message = NULL;
    r->have_error = 0;
    r->error_fatal = 0;
    r->error_code = 0;
    r->error_line = 0;
    r->error_offset = -1;
}

static void cxml_on_error(void *context, cxml_error_ptr error) {
    cxml_reader *r = context;
    if (r == NULL || error == NULL || error->level < XML_ERR_ERROR) return;
    int fatal = error->level == XML_ERR_FATAL;
    if (r->have_error && (r->error_fatal || !fatal)) return;
    cxml_clear_error(r);
    r->have_error = 1;
    r->error_fatal = fatal;
    r->error_code = error->code;
    r->error_line = error->line;
    if (error->domain == XML_FROM_PARSER && error->ctxt != NULL) {
        xmlParserCtxtPtr ctxt = error->ctxt;
        if (ctxt->input != NULL && (ctxt->input->buf == NULL || ctxt->input->buf->encoder == NULL)) {
            r->error_offset = (int64_t)xmlByteConsumed(ctxt);
        }
    }
    if (error->message != NULL) {
        r->error_message = strdup(error->message);
        if (r->error_message != NULL) {
            size_t length = strlen(r->error_message);
            while (length > 0 && (r->error_message[length - 1] == '\n' || r->error_message[length - 1] == ' ')) {
                r->error_message[--length] = '\0';
            }
        }
    }
}

static uint64_t cxml_fnv(uint64_t hash, const unsigned char *bytes, int64_t count) {
    for (int64_t i = 0; i < count; i++) {
        hash ^= bytes[i];
        hash *= 1099511628211ULL;
    }
    return hash;
}

static int cxml_is_blank_byte(unsigned char byte) {
    switch (byte) {
    case 0x20: case 0x09: case 0x0A: case 0x0D: case 0x00: case 0xEF: case 0xBB: case 0xBF: case 0xFE: case 0xFF:
        return 1;
    default:
        return 0;
    }
}

/* Counts the bytes just read; returns 0, or -1 after recording a failure. */
static int cxml_account(cxml_reader *r, const unsigned char *bytes, int64_t count) {
    if (!r->saw_content) {
        for (int64_t i = 0; i < count; i++) {
            if (!cxml_is_blank_byte(bytes[i])) { r->saw_content = 1; break; }
        }
    }
    if (r->pass == 1) {
        r->hash = cxml_fnv(r->hash, bytes, count);
    } else if (r->total < r->prolog_length) {
        int64_t part = r->prolog_length - r->total;
        if (part > count) part = count;
        r->hash = cxml_fnv(r->hash, bytes, part);
        if (r->total + part == r->prolog_length && r->hash != r->prolog_hash) {
            r->failure = CXML_FAIL_CHANGED;
            return -1;
        }
    }
    r->total += count;

    const unsigned char *last_lt = count > 0 ? memrchr(bytes, '<', (size_t)count) : NULL;
    if (last_lt != NULL) {
        r->run_since_lt = count - (int64_t)(last_lt - bytes) - 1;
    } else {
        r->run_since_lt += count;
    }
    r->call_bytes += count;
    if (r->run_since_lt > r->limit || r->call_bytes > r->limit) {
        r->failure = CXML_FAIL_TOO_LARGE;
        return -1;
    }
    return 0;
}

static int cxml_on_read(void *context, char *buffer, int length) {
    cxml_reader *r = context;
    if (r->failure != CXML_FAIL_NONE) return -1;
    ssize_t count;
    do {
        count = read(r->fd, buffer, (size_t)length);
    } while (count < 0 && errno == EINTR);
    if (count < 0) {
        r->failure = CXML_FAIL_IO;
        r->fail_errno = errno;
        return -1;
    }
    if (cxml_account(r, (const unsigned char *)buffer, count) != 0) return -1;
    return (int)count;
}

static xmlTextReaderPtr cxml_new_reader(cxml_reader *r, int options) {
    xmlTextReaderPtr reader = xmlReaderForIO(cxml_on_read, NULL, r, NULL, NULL, options);
    if (reader != NULL) xmlTextReaderSetStructuredErrorHandler(reader, cxml_on_error, r);
    return reader;
}

/* xmlTextReaderRead with our handler also catching errors libxml2 raises outside the reader. */
static int cxml_read(cxml_reader *r, xmlTextReaderPtr reader) {
    xmlStructuredErrorFunc saved = xmlStructuredError;
    void *saved_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(r, (xmlStructuredErrorFunc)cxml_on_error);
    r->call_bytes = 0;
    int result = xmlTextReaderRead(reader);
    xmlSetStructuredErrorFunc(saved_context, saved);
    if (r->failure != CXML_FAIL_NONE) return -1;
    if (result < 0) {
        r->failure = r->saw_content ? CXML_FAIL_PARSE : CXML_FAIL_EMPTY;
    }
    return result;
}

int cxml_declares_entities(xmlDocPtr doc) {
    if (doc == NULL || doc->intSubset == NULL) return 0;
    xmlDtdPtr dtd = doc->intSubset;
    if (dtd->entities != NULL && xmlHashSize(dtd->entities) > 0) return 1;
    if (dtd->pentities != NULL && xmlHashSize(dtd->pentities) > 0) return 1;
    return 0;
}

/* Pass 1: parse the prolog without XML_PARSE_HUGE and refuse entity declarations. */
static void cxml_check_prolog(cxml_reader *r) {
    r->pass = 1;
    r->hash = 1469598103934665603ULL;
    xmlTextReaderPtr probe = cxml_new_reader(r, XML_PARSE_NONET);
    if (probe == NULL) {
        r->failure = CXML_FAIL_IO;
        r->fail_errno = ENOMEM;
        return;
    }
    int result;
    int reached_root = 0;
    while ((result = cxml_read(r, probe)) == 1) {
        if (xmlTextReaderNodeType(probe) == XML_READER_TYPE_ELEMENT) { reached_root = 1; break; }
    }
    /* xmlTextReaderCurrentDoc hands the document to us: the reader no longer frees it. */
    xmlDocPtr doc = xmlTextReaderCurrentDoc(probe);
    if (r->failure != CXML_FAIL_IO && r->failure != CXML_FAIL_TOO_LARGE && cxml_declares_entities(doc)) {
        r->failure = CXML_FAIL_ENTITY_DECL;
    } else if (!reached_root && r->failure == CXML_FAIL_NONE) {
        r->failure = r->saw_content ? CXML_FAIL_PARSE : CXML_FAIL_EMPTY;
    }
    xmlFreeTextReader(probe);
    if (doc != NULL) xmlFreeDoc(doc);
    r->prolog_length = r->total;
    r->prolog_hash = r->hash;
}

cxml_reader *cxml_reader_open(const char *path, int64_t max_token_bytes, int *out_errno) {
    int fd;
    do {
        fd = open(path, O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        if (out_errno != NULL) *out_errno = errno;
        return NULL;
    }
    struct stat info;
    if (fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        if (out_errno != NULL) *out_errno = S_ISDIR(info.st_mode) ? EISDIR : errno;
        close(fd);
        return NULL;
    }
    cxml_reader *r = calloc(1, sizeof(cxml_reader));
    if (r == NULL) {
        if (out_errno != NULL) *out_errno = ENOMEM;
        close(fd);
        return NULL;
    }
    r->fd = fd;
    r->limit = (max_token_bytes > 0 ? max_token_bytes : 0) + CXML_MARGIN;
    r->error_offset = -1;

    cxml_check_prolog(r);
    if (r->failure != CXML_FAIL_NONE) return r; /* reported by the first cxml_reader_next */

    if (lseek(fd, 0, SEEK_SET) != 0) {
        r->failure = CXML_FAIL_IO;
        r->fail_errno = errno;
        return r;
    }
    cxml_clear_error(r);
    r->pass = 2;
    r->total = 0;
    r->run_since_lt = 0;
    r->saw_content = 0;
    r->hash = 1469598103934665603ULL;
    r->reader = cxml_new_reader(r, XML_PARSE_NONET | XML_PARSE_HUGE);
    if (r->reader == NULL) {
        r->failure = CXML_FAIL_IO;
        r->fail_errno = ENOMEM;
    }
    return r;
}

void cxml_reader_close(cxml_reader *r) {
    if (r == NULL) return;
    if (r->reader != NULL) xmlFreeTextReader(r->reader);
    if (r->fd >= 0) close(r->fd);
    free(r->error_message);
    free(r);
}

int cxml_reader_next(cxml_reader *r) {
    if (r->failure != CXML_FAIL_NONE || r->reader == NULL) return -1;
    return cxml_read(r, r->reader);
}

int cxml_reader_kind(cxml_reader *r) {
    switch (xmlTextReaderNodeType(r->reader)) {
    case XML_READER_TYPE_ELEMENT: return CXML_NODE_ELEMENT;
    case XML_READER_TYPE_END_ELEMENT: return CXML_NODE_END_ELEMENT;
    case XML_READER_TYPE_TEXT: return CXML_NODE_TEXT;
    case XML_READER_TYPE_CDATA: return CXML_NODE_CDATA;
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE: return CXML_NODE_WHITESPACE;
    case XML_READER_TYPE_ENTITY_REFERENCE: return CXML_NODE_ENTITY_REFERENCE;
    default: return CXML_NODE_OTHER;
    }
}

int cxml_reader_depth(cxml_reader *r) { return xmlTextReaderDepth(r->reader); }

int cxml_reader_is_empty_element(cxml_reader *r) { return xmlTextReaderIsEmptyElement(r->reader) == 1; }

int cxml_reader_line(cxml_reader *r) {
    /* The node's own line is exact; libxml2 caps it at 65535, beyond that the parser's line is the best we have. */
    xmlNodePtr node = xmlTextReaderCurrentNode(r->reader);
    long line = node != NULL ? xmlGetLineNo(node) : -1;
    if (line > 0 && line < 65535) return (int)line;
    return xmlTextReaderGetParserLineNumber(r->reader);
}

const char *cxml_reader_name(cxml_reader *r) { return (const char *)xmlTextReaderConstName(r->reader); }

const char *cxml_reader_local_name(cxml_reader *r) { return (const char *)xmlTextReaderConstLocalName(r->reader); }

const char *cxml_reader_namespace_uri(cxml_reader *r) {
    return (const char *)xmlTextReaderConstNamespaceUri(r->reader);
}

const char *cxml_reader_value(cxml_reader *r) { return (const char *)xmlTextReaderConstValue(r->reader); }

int cxml_reader_next_attribute(cxml_reader *r) {
    while (xmlTextReaderMoveToNextAttribute(r->reader) == 1) {
        if (xmlTextReaderIsNamespaceDecl(r->reader) != 1) return 1;
    }
    xmlTextReaderMoveToElement(r->reader);
    return 0;
}

int cxml_reader_failure(cxml_reader *r) { return r->failure; }

int cxml_reader_fail_errno(cxml_reader *r) { return r->fail_errno; }

int cxml_reader_error_code(cxml_reader *r) { return r->have_error ? r->error_code : 0; }

int cxml_reader_error_line(cxml_reader *r) { return r->have_error ? r->error_line : 0; }

int64_t cxml_reader_error_offset(cxml_reader *r) { return r->have_error ? r->error_offset : -1; }

const char *cxml_reader_error_message(cxml_reader *r) { return r->error_message; }

const char *cxml_reader_encoding(cxml_reader *r) {
    return r->reader != NULL ? (const char *)xmlTextReaderConstEncoding(r->reader) : NULL;
}
