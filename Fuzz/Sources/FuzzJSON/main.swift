import FuzzSupport

FuzzInput.runFuzzer(fuzzJSON)
