/*
 * XSD compilation and validation. See CXMLSchema.h for the contract.
 *
 * Safety design:
 * - libxml2 reads every schema document, the main one and each xsd:import/include, through
 *   the process-wide external entity loader (cxml_entity_loader). It refuses everything
 *   unless the calling thread is inside cxml_schema_load (a thread-local log), and even then
 *   only opens local paths and file: URLs; any other location is logged as refused, never
 *   fetched, and fails the load. Catalogs and libxml2's HTTP/FTP input handlers are never asked.
 * - Validated documents are parsed with XML_PARSE_NONET only: no entity substitution, no
 *   DTD loading; a DOCTYPE that declares entities is refused before validation.
 * - Errors are collected through structured error handlers, the thread's own and the
 *   schema contexts', and restored afterwards; nothing is printed.
 */
#define _GNU_SOURCE
#include "cxml_internal.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>

struct cxml_schema {
    xmlSchemaPtr schema;
};

/* Set while this thread compiles a schema: the log the entity loader writes refusals to. */
static __thread cxml_problems *cxml_loading = NULL;

/* `scheme:` in front (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`). */
static int cxml_has_scheme(const char *url) {
    if (!isalpha((unsigned char)url[0])) return 0;
    for (const char *cursor = url + 1; *cursor != '\0'; cursor++) {
        if (*cursor == ':') return 1;
        if (!isalnum((unsigned char)*cursor) && *cursor != '+' && *cursor != '-' && *cursor != '.') return 0;
    }
    return 0;
}

static int cxml_hex(char digit) {
    if (digit >= '0' && digit <= '9') return digit - '0';
    if (digit >= 'a' && digit <= 'f') return digit - 'a' + 10;
    if (digit >= 'A' && digit <= 'F') return digit - 'A' + 10;
    return -1;
}

/* `%XX` escapes decoded (malloc'd); a `%` not followed by two hex digits stays as it is. */
static char *cxml_unescape(const char *text) {
    char *result = malloc(strlen(text) + 1);
    if (result == NULL) return NULL;
    char *out = result;
    for (const char *in = text; *in != '\0'; in++) {
        int high = in[0] == '%' ? cxml_hex(in[1]) : -1;
        int low = high >= 0 ? cxml_hex(in[2]) : -1;
        if (low >= 0) {
            *out++ = (char)(high * 16 + low);
            in += 2;
        } else {
            *out++ = *in;
        }
    }
    *out = '\0';
    return result;
}

/* The local path `url` names (malloc'd), or NULL when it names anything but a local file. */
static char *cxml_local_path(const char *url) {
    if (strncasecmp(url, "file://", 7) == 0) {
        const char *rest = url + 7;
        if (strncasecmp(rest, "localhost/", 10) == 0) rest += 9;
        return rest[0] == '/' ? cxml_unescape(rest) : NULL;
    }
    if (strncasecmp(url, "file:/", 6) == 0) return cxml_unescape(url + 5);
    if (cxml_has_scheme(url)) return NULL;
    return strdup(url);
}

/* Opens `path` to see that it is a readable file; tries it %-decoded too, since libxml2 hands
 * imports over as URI references. Returns the path that worked (malloc'd) or NULL with errno. */
static char *cxml_readable(char *path) {
    if (path == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    for (int round = 0; round < 2; round++) {
        int fd;
        do {
            fd = open(path, O_RDONLY | O_CLOEXEC);
        } while (fd < 0 && errno == EINTR);
        if (fd >= 0) {
            struct stat info;
            int is_directory = fstat(fd, &info) == 0 && S_ISDIR(info.st_mode);
            close(fd);
            if (!is_directory) return path;
            errno = EISDIR;
            break;
        }
        if (round > 0 || errno != ENOENT || strchr(path, '%') == NULL) break;
        char *decoded = cxml_unescape(path);
        if (decoded == NULL) break;
        free(path);
        path = decoded;
    }
    int saved = errno;
    free(path);
    errno = saved;
    return NULL;
}

xmlParserInputPtr cxml_entity_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)id;
    cxml_problems *log = cxml_loading;
    if (log == NULL || url == NULL) return NULL; /* outside a schema load nothing is ever loaded */
    char *path = cxml_local_path(url);
    if (path == NULL) {
        cxml_problems_add(log, CXML_PROBLEM_REFUSED, 0, 0, url, NULL, NULL, "not a local file");
        return NULL;
    }
    char *readable = cxml_readable(path);
    if (readable == NULL) {
        int saved = errno;
        cxml_problems_add(log, CXML_PROBLEM_UNREADABLE, 0, saved, url, NULL, NULL, strerror(saved));
        return NULL;
    }
    xmlParserInputPtr input = ctxt != NULL ? xmlNewInputFromFile(ctxt, readable) : NULL;
    if (input == NULL) cxml_problems_add(log, CXML_PROBLEM_UNREADABLE, 0, EIO, url, NULL, NULL, "libxml2 could not open it");
    free(readable);
    return input;
}

static void cxml_on_load_error(void *context, cxml_error_ptr error) {
    cxml_problems *log = context;
    if (error == NULL || error->level < XML_ERR_ERROR) return;
    int syntax = error->domain == XML_FROM_PARSER || error->domain == XML_FROM_NAMESPACE;
    cxml_problems_add(log, syntax ? CXML_PROBLEM_SYNTAX : CXML_PROBLEM_SCHEMA, error->line, 0, error->file, NULL, NULL,
                      error->message);
}

cxml_schema *cxml_schema_load(const char *path, cxml_problems **out_problems) {
    cxml_init();
    cxml_problems *log = cxml_problems_new();
    *out_problems = log;
    if (log == NULL || path == NULL) return NULL;
    char *checked = cxml_readable(strdup(path));
    if (checked == NULL) {
        int saved = errno;
        cxml_problems_add(log, CXML_PROBLEM_UNREADABLE, 0, saved, path, NULL, NULL, strerror(saved));
        return NULL;
    }
    free(checked);

    cxml_problems *outer = cxml_loading;
    xmlStructuredErrorFunc saved = xmlStructuredError;
    void *saved_context = xmlStructuredErrorContext;
    cxml_loading = log;
    xmlSetStructuredErrorFunc(log, (xmlStructuredErrorFunc)cxml_on_load_error);
    xmlSchemaPtr schema = NULL;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path);
    if (parser != NULL) {
        xmlSchemaSetParserStructuredErrors(parser, (xmlStructuredErrorFunc)cxml_on_load_error, log);
        schema = xmlSchemaParse(parser);
        xmlSchemaFreeParserCtxt(parser);
    }
    xmlSetStructuredErrorFunc(saved_context, saved);
    cxml_loading = outer;

    /* A refused or unreadable import fails the load even where libxml2 would only skip it. */
    if (schema != NULL && (cxml_problems_count(log) > 0 || cxml_problems_dropped(log) > 0)) {
        xmlSchemaFree(schema);
        schema = NULL;
    }
    if (schema == NULL) {
        if (cxml_problems_count(log) == 0) {
            cxml_problems_add(log, CXML_PROBLEM_INTERNAL, 0, 0, path, NULL, NULL, "libxml2 could not compile the schema");
        }
        return NULL;
    }
    cxml_schema *result = malloc(sizeof(cxml_schema));
    if (result == NULL) {
        xmlSchemaFree(schema);
        cxml_problems_add(log, CXML_PROBLEM_INTERNAL, 0, ENOMEM, path, NULL, NULL, "out of memory");
        return NULL;
    }
    result->schema = schema;
    return result;
}

void cxml_schema_free(cxml_schema *schema) {
    if (schema == NULL) return;
    xmlSchemaFree(schema->schema);
    free(schema);
}

/* What the validity handler needs: where to log, and the document to name nodes in. */
typedef struct {
    cxml_problems *log;
    xmlDocPtr doc;
} cxml_validation;

static void cxml_on_parse_error(void *context, cxml_error_ptr error) {
    cxml_validation *validation = context;
    if (error == NULL || error->level < XML_ERR_ERROR) return;
    cxml_problems_add(validation->log, CXML_PROBLEM_SYNTAX, error->line, 0, NULL, NULL, NULL, error->message);
}

/* libxml2 names the element, not the attribute, for an attribute problem; its message reads
 * "Element 'x', attribute 'name': ...". The attribute of `element` so named, or NULL. */
static xmlNodePtr cxml_named_attribute(xmlNodePtr element, const char *message) {
    static const char marker[] = "', attribute '";
    const char *start = message != NULL ? strstr(message, marker) : NULL;
    if (element == NULL || element->type != XML_ELEMENT_NODE || start == NULL) return NULL;
    start += sizeof(marker) - 1;
    const char *end = strchr(start, '\'');
    if (end == NULL) return NULL;
    size_t length = (size_t)(end - start);
    for (xmlAttrPtr attribute = element->properties; attribute != NULL; attribute = attribute->next) {
        const char *prefix = attribute->ns != NULL ? (const char *)attribute->ns->prefix : NULL;
        const char *local = (const char *)attribute->name;
        size_t prefix_length = prefix != NULL ? strlen(prefix) + 1 : 0;
        if (prefix_length + strlen(local) != length) continue;
        if (prefix != NULL && (strncmp(start, prefix, prefix_length - 1) != 0 || start[prefix_length - 1] != ':')) continue;
        if (strncmp(start + prefix_length, local, length - prefix_length) == 0) return (xmlNodePtr)attribute;
    }
    return NULL;
}

static void cxml_on_validity_error(void *context, cxml_error_ptr error) {
    cxml_validation *validation = context;
    if (error == NULL || error->level < XML_ERR_ERROR) return;
    if (cxml_problems_count(validation->log) >= CXML_MAX_PROBLEMS) {
        cxml_problems_add(validation->log, CXML_PROBLEM_SCHEMA, 0, 0, NULL, NULL, NULL, NULL); /* only counted */
        return;
    }
    xmlNodePtr node = error->node;
    int line = error->line;
    xmlNodePtr element = node != NULL && node->type != XML_ELEMENT_NODE ? node->parent : node;
    if (element != NULL && element->type == XML_ELEMENT_NODE) {
        long number = xmlGetLineNo(element);
        if (number > 0 && number <= INT_MAX) line = (int)number;
    }
    char *message = cxml_with_prefixes(error->message, validation->doc, node);
    xmlNodePtr attribute = cxml_named_attribute(node, message);
    char *path = NULL;
    char *name = NULL;
    cxml_node_path(attribute != NULL ? attribute : node, &path, &name);
    cxml_problems_add(validation->log, CXML_PROBLEM_SCHEMA, line, 0, NULL, path, name,
                      message != NULL ? message : error->message);
    free(message);
    free(path);
    free(name);
}

int cxml_schema_validate(const cxml_schema *schema, const void *bytes, int64_t count, cxml_problems **out_problems) {
    cxml_init();
    cxml_problems *log = cxml_problems_new();
    *out_problems = log;
    if (log == NULL) return -1;
    if (bytes == NULL && count == 0) bytes = "";
    if (schema == NULL || bytes == NULL || count < 0 || count > INT_MAX) {
        cxml_problems_add(log, CXML_PROBLEM_INTERNAL, 0, 0, NULL, NULL, NULL, "the payload cannot be handed to libxml2");
        return -1;
    }
    cxml_validation validation = {log, NULL};
    xmlStructuredErrorFunc saved = xmlStructuredError;
    void *saved_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&validation, (xmlStructuredErrorFunc)cxml_on_parse_error);
    xmlDocPtr doc = xmlReadMemory(bytes, (int)count, "payload.xml", NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    int result = 1;
    if (doc == NULL) {
        if (cxml_problems_count(log) == 0) {
            cxml_problems_add(log, CXML_PROBLEM_SYNTAX, 0, 0, NULL, NULL, NULL, "the payload is not well-formed XML");
        }
    } else if (cxml_declares_entities(doc)) {
        cxml_problems_add(log, CXML_PROBLEM_ENTITY, 0, 0, NULL, NULL, NULL, "the DOCTYPE declares entities");
    } else if (cxml_problems_count(log) == 0) {
        validation.doc = doc;
        xmlSetStructuredErrorFunc(&validation, (xmlStructuredErrorFunc)cxml_on_validity_error);
        xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema->schema);
        int status = -1;
        if (validator != NULL) {
            xmlSchemaSetValidStructuredErrors(validator, (xmlStructuredErrorFunc)cxml_on_validity_error, &validation);
            status = xmlSchemaValidateDoc(validator, doc);
            xmlSchemaFreeValidCtxt(validator);
        }
        if (status == 0 && cxml_problems_count(log) == 0) {
            result = 0;
        } else if (status < 0) {
            cxml_problems_add(log, CXML_PROBLEM_INTERNAL, 0, 0, NULL, NULL, NULL, "libxml2 could not run the validation");
            result = -1;
        } else if (cxml_problems_count(log) == 0) {
            cxml_problems_add(log, CXML_PROBLEM_SCHEMA, 0, 0, NULL, NULL, NULL, "the document does not match the schema");
        }
    }
    xmlSetStructuredErrorFunc(saved_context, saved);
    if (doc != NULL) xmlFreeDoc(doc);
    return result;
}
