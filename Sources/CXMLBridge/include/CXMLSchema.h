#ifndef CXMLSCHEMA_H
#define CXMLSCHEMA_H
/*
 * XSD validation through libxml2's xmlSchema API. Like CXMLBridge.h, this header never
 * includes libxml2.
 *
 * A compiled schema is read-only once cxml_schema_load returns: any number of threads may
 * validate against it at the same time. Loading reads local files only: the schema's
 * xsd:import and xsd:include locations must be file paths or file: URLs; anything else
 * (http:, ftp:, ...) is refused without a connection and makes the load fail.
 */
#include <stdint.h>

/* A compiled schema. */
typedef struct cxml_schema cxml_schema;

/* The problems one load or validation found, in the order libxml2 reported them. */
typedef struct cxml_problems cxml_problems;

/* What kind of problem. */
enum {
    CXML_PROBLEM_SCHEMA = 1,     /* libxml2's schema compiler or validator */
    CXML_PROBLEM_SYNTAX = 2,     /* not well-formed XML */
    CXML_PROBLEM_REFUSED = 3,    /* a location that is not a local file: never fetched */
    CXML_PROBLEM_UNREADABLE = 4, /* a local file that cannot be opened: cxml_problems_errno */
    CXML_PROBLEM_ENTITY = 5,     /* the validated document's DOCTYPE declares entities */
    CXML_PROBLEM_INTERNAL = 6    /* out of memory, or libxml2 could not run the validation */
};

/* At most this many problems are kept; cxml_problems_dropped counts the rest. */
#define CXML_MAX_PROBLEMS 100

/* Compiles the XSD at `path` (xmlSchemaParse). Returns NULL on failure. `*out_problems` is
 * always set (possibly empty) and must be freed with cxml_problems_free. Thread safe. */
cxml_schema *cxml_schema_load(const char *path, cxml_problems **out_problems);

/* xmlSchemaFree. NULL is ignored. */
void cxml_schema_free(cxml_schema *schema);

/* Parses `count` bytes (XML_PARSE_NONET; no entity substitution, no DTD loading) and validates
 * them (xmlSchemaValidateDoc). Returns 0 when valid, 1 when not (see `*out_problems`), -1 when
 * the validation could not run (`*out_problems` holds a CXML_PROBLEM_INTERNAL). `*out_problems`
 * is always set and must be freed with cxml_problems_free. */
int cxml_schema_validate(const cxml_schema *schema, const void *bytes, int64_t count, cxml_problems **out_problems);

int cxml_problems_count(const cxml_problems *problems);
int cxml_problems_dropped(const cxml_problems *problems);
/* One of CXML_PROBLEM_*. */
int cxml_problems_kind(const cxml_problems *problems, int index);
/* 1-based line in the validated document (or in `file` while loading), 0 when unknown. */
int cxml_problems_line(const cxml_problems *problems, int index);
/* errno for CXML_PROBLEM_UNREADABLE, else 0. */
int cxml_problems_errno(const cxml_problems *problems, int index);
/* The schema file or location the problem is in (loading only), or NULL. */
const char *cxml_problems_file(const cxml_problems *problems, int index);
/* The element's path in the validated document (`/Order/cac:OrderLine[2]/cbc:Note`,
 * `.../@currencyID` for an attribute), or NULL when libxml2 named no node. */
const char *cxml_problems_path(const cxml_problems *problems, int index);
/* The last step of that path (`cbc:Note`, `@currencyID`), or NULL. */
const char *cxml_problems_name(const cxml_problems *problems, int index);
/* libxml2's message, namespace URIs written with the document's prefixes; never NULL. */
const char *cxml_problems_message(const cxml_problems *problems, int index);

/* Frees the list. NULL is ignored. */
void cxml_problems_free(cxml_problems *problems);

#endif
