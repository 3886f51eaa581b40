"""Speed and memory benchmarks: one module per stage, one table printed by `make bench`."""
