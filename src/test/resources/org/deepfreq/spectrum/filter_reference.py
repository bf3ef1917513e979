"""Independent reference for LowPassFilterTest: the low-frequency part of a target, in numpy, float64.

y_low_i = sum_j K_ij y_j / sum_j K_ij with K_ij = exp(-s * D_ij / 2), D_ij the squared distance between the points
(summed over the d dimensions, or divided by d for the mean distance), after dividing each dimension of X by its
largest absolute value when normalising (docs/design.md section 1). Run once to (re)create the files next to it:

    python3 filter_reference.py            # writes filter-x.npy, filter-y.npy, filter-low-*.npy here
"""
import pathlib

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
N, D = 2000, 20


def low_part(x, y, s, normalize, mean):
    xs = x.astype(np.float64)
    if normalize:
        m = np.abs(xs).max(axis=0)
        xs = xs / np.where(m > 0, m, 1)
    yd = y.astype(np.float64)
    low = np.empty_like(yd)
    for start in range(0, len(xs), 200):  # 200 rows at a time: the full N x N x d array would not fit
        diff = xs[start:start + 200, None, :] - xs[None, :, :]
        dist = (diff * diff).sum(axis=-1)
        if mean:
            dist /= xs.shape[1]
        k = np.exp(-s * dist / 2)
        low[start:start + 200] = (k @ yd) / k.sum(axis=1, keepdims=True)
    return low


def main():
    rng = np.random.default_rng(15)
    x = rng.uniform(-3, 3, (N, D)).astype(np.float32)
    y = np.stack([np.sin(x[:, 0]) + 0.5 * np.cos(3 * x[:, 1]), x[:, 2] * x[:, 3]], axis=1).astype(np.float32)
    np.save(HERE / "filter-x.npy", x)
    np.save(HERE / "filter-y.npy", y)
    np.save(HERE / "filter-low-sum-normalized-s1.npy", low_part(x, y, 1.0, True, False))
    np.save(HERE / "filter-low-mean-s1.npy", low_part(x, y, 1.0, False, True))


if __name__ == "__main__":
    main()
