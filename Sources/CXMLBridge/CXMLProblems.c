/*
 * Problem lists for schema loading and validation, and the element paths and readable
 * messages they carry. See CXMLSchema.h.
 */
#include "cxml_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    int kind;
    int line;
    int error_number;
    char *file;
    char *path;
    char *name;
    char *message;
} cxml_problem;

struct cxml_problems {
    cxml_problem *items;
    int count;
    int capacity;
    int dropped;
};

/* A growing string; `failed` once an allocation failed (the text is then unusable). */
typedef struct {
    char *data;
    size_t length;
    size_t capacity;
    int failed;
} cxml_text;

static void cxml_text_append(cxml_text *text, const char *bytes, size_t count) {
    if (text->failed || bytes == NULL) return;
    if (text->length + count + 1 > text->capacity) {
        size_t capacity = text->capacity > 0 ? text->capacity : 64;
        while (text->length + count + 1 > capacity) capacity *= 2;
        char *grown = realloc(text->data, capacity);
        if (grown == NULL) {
            text->failed = 1;
            return;
        }
        text->data = grown;
        text->capacity = capacity;
    }
    memcpy(text->data + text->length, bytes, count);
    text->length += count;
    text->data[text->length] = '\0';
}

static void cxml_text_add(cxml_text *text, const char *string) {
    if (string != NULL) cxml_text_append(text, string, strlen(string));
}

/* The finished string (the caller frees it), or NULL after a failed allocation. */
static char *cxml_text_finish(cxml_text *text) {
    if (text->failed) {
        free(text->data);
        return NULL;
    }
    if (text->data == NULL) return strdup("");
    return text->data;
}

static char *cxml_copy(const char *string) { return string != NULL ? strdup(string) : NULL; }

/* A copy without trailing newlines and blanks (libxml2 ends its messages with "\n"). */
static char *cxml_copy_trimmed(const char *string) {
    char *copy = strdup(string != NULL ? string : "");
    if (copy == NULL) return NULL;
    size_t length = strlen(copy);
    while (length > 0 && (copy[length - 1] == '\n' || copy[length - 1] == ' ' || copy[length - 1] == '\r')) {
        copy[--length] = '\0';
    }
    return copy;
}

cxml_problems *cxml_problems_new(void) { return calloc(1, sizeof(cxml_problems)); }

void cxml_problems_add(cxml_problems *problems, int kind, int line, int error_number, const char *file,
                       const char *path, const char *name, const char *message) {
    if (problems == NULL) return;
    if (problems->count >= CXML_MAX_PROBLEMS) {
        problems->dropped++;
        return;
    }
    if (problems->count == problems->capacity) {
        int capacity = problems->capacity > 0 ? problems->capacity * 2 : 8;
        cxml_problem *grown = realloc(problems->items, (size_t)capacity * sizeof(cxml_problem));
        if (grown == NULL) {
            problems->dropped++;
            return;
        }
        problems->items = grown;
        problems->capacity = capacity;
    }
    cxml_problem item = {kind, line, error_number, cxml_copy(file), cxml_copy(path), cxml_copy(name),
                         cxml_copy_trimmed(message)};
    if (item.message == NULL) {
        free(item.file);
        free(item.path);
        free(item.name);
        problems->dropped++;
        return;
    }
    problems->items[problems->count++] = item;
}

void cxml_problems_free(cxml_problems *problems) {
    if (problems == NULL) return;
    for (int index = 0; index < problems->count; index++) {
        free(problems->items[index].file);
        free(problems->items[index].path);
        free(problems->items[index].name);
        free(problems->items[index].message);
    }
    free(problems->items);
    free(problems);
}

static const cxml_problem *cxml_item(const cxml_problems *problems, int index) {
    if (problems == NULL || index < 0 || index >= problems->count) return NULL;
    return &problems->items[index];
}

int cxml_problems_count(const cxml_problems *problems) { return problems != NULL ? problems->count : 0; }

int cxml_problems_dropped(const cxml_problems *problems) { return problems != NULL ? problems->dropped : 0; }

int cxml_problems_kind(const cxml_problems *problems, int index) {
    const cxml_problem *item = cxml_item(problems, index);
    return item != NULL ? item->kind : 0;
}

int cxml_problems_line(const cxml_problems *problems, int index) {
    const cxml_problem *item = cxml_item(problems, index);
    return item != NULL ? item->line : 0;
}

int cxml_problems_errno(const cxml_problems *problems, int index) {
    const cxml_problem *item = cxml_item(problems, index);
    return item != NULL ? item->error_number : 0;
}

const char *cxml_problems_file(const cxml_problems *problems, int index) {
    const cxml_problem *item = cxml_item(problems, index);
    return item != NULL ? item->file : NULL;
}

const char *cxml_problems_path(const cxml_problems *problems, int index) {
    const cxml_problem *item = cxml_item(problems, index);
    return item != NULL ? item->path : NULL;
}

const char *cxml_problems_name(const cxml_problems *problems, int index) {
    const cxml_problem *item = cxml_item(problems, index);
    return item != NULL ? item->name : NULL;
}

const char *cxml_problems_message(const cxml_problems *problems, int index) {
    const cxml_problem *item = cxml_item(problems, index);
    return item != NULL ? item->message : "";
}

/* Same local name and namespace: the siblings a positional predicate counts. */
static int cxml_same_element(xmlNodePtr a, xmlNodePtr b) {
    if (a->type != XML_ELEMENT_NODE || b->type != XML_ELEMENT_NODE) return 0;
    if (!xmlStrEqual(a->name, b->name)) return 0;
    return xmlStrEqual(a->ns != NULL ? a->ns->href : NULL, b->ns != NULL ? b->ns->href : NULL);
}

/* `prefix:name` as written in the document. */
static void cxml_add_qualified(cxml_text *text, const xmlChar *prefix, const xmlChar *name) {
    if (prefix != NULL) {
        cxml_text_add(text, (const char *)prefix);
        cxml_text_add(text, ":");
    }
    cxml_text_add(text, (const char *)name);
}

/* One step: the qualified name, with `[n]` when the parent has more than one such child. */
static void cxml_add_step(cxml_text *text, xmlNodePtr element) {
    cxml_add_qualified(text, element->ns != NULL ? element->ns->prefix : NULL, element->name);
    if (element->parent == NULL || element->parent->type != XML_ELEMENT_NODE) return;
    int position = 0;
    int total = 0;
    for (xmlNodePtr sibling = element->parent->children; sibling != NULL; sibling = sibling->next) {
        if (!cxml_same_element(sibling, element)) continue;
        total++;
        if (sibling == element) position = total;
    }
    if (total > 1) {
        char index[24];
        snprintf(index, sizeof(index), "[%d]", position);
        cxml_text_add(text, index);
    }
}

void cxml_node_path(xmlNodePtr node, char **out_path, char **out_name) {
    *out_path = NULL;
    *out_name = NULL;
    if (node == NULL) return;
    xmlNodePtr attribute = NULL;
    if (node->type == XML_ATTRIBUTE_NODE) {
        attribute = node;
        node = node->parent;
    } else if (node->type != XML_ELEMENT_NODE) {
        node = node->parent;
    }
    if (node == NULL || node->type != XML_ELEMENT_NODE) return;

    /* Payloads are parsed without XML_PARSE_HUGE, so libxml2 keeps them far shallower than this. */
    enum { deepest = 1024 };
    xmlNodePtr chain[deepest];
    int depth = 0;
    for (xmlNodePtr step = node; step != NULL && step->type == XML_ELEMENT_NODE && depth < deepest; step = step->parent) {
        chain[depth++] = step;
    }
    cxml_text path = {0};
    cxml_text name = {0};
    for (int index = depth - 1; index >= 0; index--) {
        cxml_text_add(&path, "/");
        cxml_add_step(&path, chain[index]);
    }
    if (attribute != NULL) {
        cxml_text_add(&name, "@");
        cxml_add_qualified(&name, attribute->ns != NULL ? attribute->ns->prefix : NULL, attribute->name);
        cxml_text_add(&path, "/");
        cxml_text_add(&path, name.data);
    } else {
        cxml_add_step(&name, node);
    }
    *out_path = cxml_text_finish(&path);
    *out_name = cxml_text_finish(&name);
}

char *cxml_with_prefixes(const char *message, xmlDocPtr doc, xmlNodePtr scope) {
    if (message == NULL) return NULL;
    if (scope != NULL && scope->type == XML_ATTRIBUTE_NODE) scope = scope->parent;
    if (scope != NULL && scope->type != XML_ELEMENT_NODE) scope = scope->parent;
    if (scope == NULL || scope->type != XML_ELEMENT_NODE) scope = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
    cxml_text text = {0};
    const char *rest = message;
    const char *brace;
    while (scope != NULL && (brace = strchr(rest, '{')) != NULL) {
        const char *close = strchr(brace, '}');
        if (close == NULL) break;
        cxml_text_append(&text, rest, (size_t)(brace - rest));
        char *uri = strndup(brace + 1, (size_t)(close - brace - 1));
        xmlNsPtr ns = uri != NULL ? xmlSearchNsByHref(doc, scope, (const xmlChar *)uri) : NULL;
        free(uri);
        if (ns == NULL) {
            cxml_text_append(&text, brace, (size_t)(close - brace + 1));
        } else if (ns->prefix != NULL) {
            cxml_text_add(&text, (const char *)ns->prefix);
            cxml_text_add(&text, ":");
        }
        rest = close + 1;
    }
    cxml_text_add(&text, rest);
    return cxml_text_finish(&text);
}
