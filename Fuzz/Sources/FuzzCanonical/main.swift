import FuzzSupport

FuzzInput.runFuzzer(fuzzCanonical)
