"""Support code for scripts/bench: input generator, Ferry configuration, peers and floors."""
