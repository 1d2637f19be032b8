#ifndef FERRY_CFUZZDRIVER_H
#define FERRY_CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 12 and later), for a program that has its own main:
/// SwiftPM gives every executable target a renamed Swift main, so libFuzzer's cannot be used.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// Runs libFuzzer's driver with the process's arguments and `callback` as the fuzz target.
int ferry_fuzz_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));

#endif
