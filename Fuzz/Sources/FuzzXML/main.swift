import FuzzSupport

FuzzInput.runFuzzer(fuzzXML)
