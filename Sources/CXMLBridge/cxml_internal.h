#ifndef CXML_INTERNAL_H
#define CXML_INTERNAL_H
/* Shared between the bridge's C files; includes libxml2, so it stays out of include/. */
#include "CXMLBridge.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>

#if LIBXML_VERSION >= 21200
typedef const xmlError *cxml_error_ptr;
#else
typedef xmlErrorPtr cxml_error_ptr;
#endif

/* The process-wide external entity loader cxml_init installs: it refuses everything, except
 * local files while the calling thread compiles a schema (CXMLSchema.c). */
xmlParserInputPtr cxml_entity_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt);

/* 1 when the document's internal subset declares general or parameter entities. */
int cxml_declares_entities(xmlDocPtr doc);

/* A new, empty problem list, or NULL when out of memory. */
cxml_problems *cxml_problems_new(void);
/* Appends a problem, copying every string (NULL allowed, message NULL means ""). Past
 * CXML_MAX_PROBLEMS, or out of memory, it is only counted as dropped. */
void cxml_problems_add(cxml_problems *problems, int kind, int line, int error_number, const char *file,
                       const char *path, const char *name, const char *message);

/* The element path of `node` (an element, or an attribute as `.../@name`) and its last step;
 * both malloc'd (NULL when out of memory or `node` is neither). */
void cxml_node_path(xmlNodePtr node, char **out_path, char **out_name);
/* `message` with each `{namespace-uri}` replaced by the prefix in scope at `scope` (dropped
 * for the default namespace, kept when the document declares none); malloc'd or NULL. */
char *cxml_with_prefixes(const char *message, xmlDocPtr doc, xmlNodePtr scope);

#endif
