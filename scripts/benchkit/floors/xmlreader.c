/* Floor for the XML workloads: libxml2's streaming xmlTextReader over the whole file.
 *
 *   xmlreader FILE
 *
 * Visits every node and touches element names and text values, as a streaming reader
 * that builds records must; builds nothing. No network, no entity substitution.
 */
#include <libxml/xmlreader.h>
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: xmlreader FILE\n"); return 64; }
    xmlTextReaderPtr reader = xmlReaderForFile(argv[1], NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
    if (!reader) { fprintf(stderr, "cannot open %s\n", argv[1]); return 1; }
    unsigned long long elements = 0, text_bytes = 0;
    int status;
    while ((status = xmlTextReaderRead(reader)) == 1) {
        int type = xmlTextReaderNodeType(reader);
        if (type == XML_READER_TYPE_ELEMENT) {
            elements += xmlTextReaderConstLocalName(reader) != NULL;
        } else if (type == XML_READER_TYPE_TEXT) {
            const xmlChar *value = xmlTextReaderConstValue(reader);
            while (value && *value++) text_bytes++;
        }
    }
    xmlFreeTextReader(reader);
    if (status != 0) { fprintf(stderr, "%s: not well-formed\n", argv[1]); return 1; }
    fprintf(stderr, "%llu elements, %llu bytes of text\n", elements, text_bytes);
    return 0;
}
