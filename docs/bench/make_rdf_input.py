#!/usr/bin/env python3
"""Seeded input for the cold-start comparison: X (N×d float32, pixel-like values in [0, 1]) and one-hot Y (N×c float32).

usage: make_rdf_input.py OUT_DIR [N] [d] [c] [seed]     (defaults: 8000 784 10 1)
Each class has its own random mean image; a point is its class mean plus noise, clipped to [0, 1], so the RDF has
structure. Writes OUT_DIR/x.npy and OUT_DIR/y.npy.
"""
import os
import sys
import numpy as np

def main(argv):
    out = argv[0]
    n, d, c, seed = (int(v) for v in (argv[1:] + ["8000", "784", "10", "1"][len(argv) - 1:]))
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, c, size=n)
    means = rng.random((c, d), dtype=np.float32)
    x = np.clip(means[labels] + 0.35 * rng.standard_normal((n, d), dtype=np.float32), 0, 1).astype(np.float32)
    y = np.zeros((n, c), dtype=np.float32)
    y[np.arange(n), labels] = 1
    os.makedirs(out, exist_ok=True)
    np.save(os.path.join(out, "x.npy"), x)
    np.save(os.path.join(out, "y.npy"), y)

if __name__ == "__main__":
    main(sys.argv[1:])
