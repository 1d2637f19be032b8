#include "CXMLBridge.h"
#include <libxml/parser.h>
void cxml_init(void) { xmlInitParser(); }
