// Empty: the target only exports CLibFuzzer.h to Swift.
