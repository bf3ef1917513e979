#!/usr/bin/env python3
"""A plain numpy float32 LFR/RDF (docs/design.md section 1), the peer of `deepfreq rdf` in docs/performance.md.

usage: rdf_reference.py X.npy Y.npy A B K [--normalize] [--plain] [--out FILE.csv]
One N×N kernel per grid point through BLAS: the squared distances once by a GEMM, then per 1/δ value s the kernel
exp(−D·s/2) in place, one GEMM with [Y, 1] (filtered numerators and kernel sums together), and the ratio.
--plain: the same formula written the textbook way (new arrays for every kernel, K @ Y and K.sum separately), the kind
of numpy reference issue 18 measured; about twice as slow. Uniform grid
s_k = A + k(B−A)/(K−1), RDF = numpy.gradient(lfr, Δs). Prints the seconds of the computation (after loading) and of
the whole script; writes inv_delta,lfr,rdf,rdf_normalized like `deepfreq rdf`. Run it with OPENBLAS_CORETYPE and
OPENBLAS_L2_SIZE unset (env -u ...), or OpenBLAS may use a slower kernel.
"""
import sys
import time
T_START = time.perf_counter()
import numpy as np

def lfr_curve(x, y, s, normalize):
    x = x.astype(np.float32, copy=True)
    if normalize:
        m = np.abs(x).max(axis=0)
        x /= np.where(m > 0, m, 1)
    x -= x.mean(axis=0, dtype=np.float64).astype(np.float32)
    sq = np.einsum("ij,ij->i", x, x)
    dist = x @ x.T
    dist *= -2
    dist += sq[:, None]
    dist += sq[None, :]
    np.maximum(dist, 0, out=dist)
    np.fill_diagonal(dist, 0)
    y1 = np.hstack([y.astype(np.float32), np.ones((y.shape[0], 1), np.float32)])
    energy = float((y.astype(np.float64) ** 2).sum())
    kernel = np.empty_like(dist)
    lfr = np.empty(len(s))
    for k, v in enumerate(s):
        np.multiply(dist, np.float32(-v / 2), out=kernel)
        np.exp(kernel, out=kernel)
        sums = kernel @ y1
        low = sums[:, :-1] / sums[:, -1:]
        lfr[k] = float((low.astype(np.float64) ** 2).sum()) / energy
    return lfr

def lfr_curve_plain(x, y, s, normalize):
    x = x.astype(np.float32)
    if normalize:
        m = np.abs(x).max(axis=0)
        x = x / np.where(m > 0, m, 1)
    x = x - x.mean(axis=0)
    sq = (x * x).sum(axis=1)
    dist = np.maximum(sq[:, None] + sq[None, :] - 2 * (x @ x.T), 0)
    np.fill_diagonal(dist, 0)
    y = y.astype(np.float32)
    energy = float((y.astype(np.float64) ** 2).sum())
    lfr = []
    for v in s:
        kernel = np.exp(-dist * np.float32(v / 2))
        low = (kernel @ y) / kernel.sum(axis=1, keepdims=True)
        lfr.append(float((low.astype(np.float64) ** 2).sum()) / energy)
    return np.array(lfr)

def main(argv):
    xf, yf, a, b, k = argv[:5]
    a, b, k = float(a), float(b), int(k)
    x = np.load(xf)
    y = np.load(yf)
    if y.ndim == 1:
        y = y[:, None]
    s = a + np.arange(k) * (b - a) / (k - 1)
    s[-1] = b
    t0 = time.perf_counter()
    lfr = (lfr_curve_plain if "--plain" in argv else lfr_curve)(x, y, s, "--normalize" in argv)
    rdf = np.gradient(lfr, (b - a) / (k - 1))
    compute = time.perf_counter() - t0
    top = rdf.max()
    norm = rdf / top if top > 0 else np.zeros_like(rdf)
    rows = "\n".join(f"{float(v)!r},{float(l)!r},{float(r)!r},{float(q)!r}" for v, l, r, q in zip(s, lfr, rdf, norm))
    text = "inv_delta,lfr,rdf,rdf_normalized\n" + rows + "\n"
    if "--out" in argv:
        with open(argv[argv.index("--out") + 1], "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    print(f"numpy_compute_seconds={compute:.3f} numpy_script_seconds={time.perf_counter() - T_START:.3f}",
          file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1:])
