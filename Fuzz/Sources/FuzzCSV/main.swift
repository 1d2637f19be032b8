import FuzzSupport

FuzzInput.runFuzzer(fuzzCSV)
