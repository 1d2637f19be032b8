#ifndef CXMLBRIDGE_H
#define CXMLBRIDGE_H
/* Placeholder: the XML reader bridge is declared here. libxml2 headers stay in the .c file. */
void cxml_init(void);
#endif
