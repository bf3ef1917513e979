#!/usr/bin/env python3
"""Independent check of `deepfreq rdf --grid log` (and --distance mean) with numpy, in float64.

usage: log_grid_reference.py X.csv Y.csv RDF.csv A B K [--normalize] [--distance sum|mean]
X.csv, Y.csv: the inputs given to `deepfreq rdf` (one header line); RDF.csv: its output.
Computes s_k = A·(B/A)^(k/(K-1)), LFR(s) with the full N×N Gaussian kernel, RDF = numpy.gradient(lfr, s),
and prints the largest differences from the Java output. Exit status 1 when they exceed float tolerance.
"""
import sys
import numpy as np

def main(argv):
    xf, yf, rf, a, b, k = argv[:6]
    a, b, k = float(a), float(b), int(k)
    normalize = "--normalize" in argv
    distance = argv[argv.index("--distance") + 1] if "--distance" in argv else "sum"
    x = np.loadtxt(xf, delimiter=",", skiprows=1, ndmin=2)
    y = np.loadtxt(yf, delimiter=",", skiprows=1, ndmin=2)
    if normalize:
        m = np.abs(x).max(axis=0)
        x = np.where(m > 0, x / np.where(m > 0, m, 1), x)
    d2 = ((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=2)
    if distance == "mean":
        d2 /= x.shape[1]
    s = a * (b / a) ** (np.arange(k) / (k - 1))
    energy = (y ** 2).sum()
    lfr = np.empty(k)
    for i, v in enumerate(s):
        w = np.exp(-d2 * v / 2)
        low = w @ y / w.sum(axis=1, keepdims=True)
        lfr[i] = (low ** 2).sum() / energy
    rdf = np.gradient(lfr, s)
    java = np.loadtxt(rf, delimiter=",", skiprows=1, ndmin=2)
    ds = np.max(np.abs(java[:, 0] - s) / s)
    dl = np.max(np.abs(java[:, 1] - lfr))
    dr = np.max(np.abs(java[:, 2] - rdf)) / np.max(np.abs(rdf))
    peak_np, peak_java = s[np.argmax(rdf)], java[np.argmax(java[:, 2]), 0]
    print(f"grid: max relative difference {ds:.2e}")
    print(f"LFR:  max absolute difference {dl:.2e}")
    print(f"RDF:  max difference relative to max |RDF| {dr:.2e}")
    print(f"peak: numpy 1/δ = {peak_np:.6g}, Java 1/δ = {peak_java:.6g}")
    ok = ds < 1e-6 and dl < 1e-4 and dr < 1e-3 and np.argmax(rdf) == np.argmax(java[:, 2])
    print("AGREE" if ok else "DIFFER")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
