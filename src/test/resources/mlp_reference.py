#!/usr/bin/env python3
"""Plain numpy MLP: the peer of `deepfreq bench train` (same network, data, optimiser and timing rule).

usage: mlp_reference.py [--n 10000] [--depth 5] [--width 500] [--batch 256] [--epochs 6] [--lr 1e-3] [--seed 1]
                        [--dtype float32|float64]

784 inputs uniform in [-1, 1), 10 one-hot targets of random classes; `depth` hidden tanh layers of `width` units,
a linear output layer, MSE (mean over outputs and examples, DL4J's LossMSE), Adam (beta1 0.9, beta2 0.999,
eps 1e-8, DL4J's bias correction: alpha_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t)), weights drawn as DL4J's XAVIER
(normal, variance 2 / (fan_in + fan_out)), biases 0, everything float32 (the Java network's precision; `--dtype
float64` computes in numpy's default precision instead), minibatches in a seeded shuffled order.
Prints one line per epoch and `seconds_per_epoch=` (the best epoch after the first), like the Java benchmark.
Run numpy with its own best kernel: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 mlp_reference.py
"""
import argparse
import time

import numpy as np


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--depth", type=int, default=5)
    p.add_argument("--width", type=int, default=500)
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--epochs", type=int, default=6)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    a = p.parse_args()
    real = np.dtype(a.dtype).type
    rng = np.random.default_rng(a.seed)
    x = rng.uniform(-1, 1, (a.n, 784)).astype(real)
    y = np.zeros((a.n, 10), real)
    y[np.arange(a.n), rng.integers(0, 10, a.n)] = 1
    sizes = [784] + [a.width] * a.depth + [10]
    weights = [(rng.standard_normal((i, o)) * np.sqrt(2.0 / (i + o))).astype(real)
               for i, o in zip(sizes[:-1], sizes[1:])]
    biases = [np.zeros(o, real) for o in sizes[1:]]
    params = weights + biases
    m = [np.zeros_like(q) for q in params]
    v = [np.zeros_like(q) for q in params]
    b1, b2, eps = real(0.9), real(0.999), real(1e-8)
    layers = len(weights)
    t = 0
    best = float("inf")
    for epoch in range(1, a.epochs + 1):
        order = rng.permutation(a.n)
        start = time.perf_counter()
        total = 0.0
        for lo in range(0, a.n, a.batch):
            rows = order[lo:lo + a.batch]
            xb, yb = x[rows], y[rows]
            acts = [xb]
            for k in range(layers):
                z = acts[-1] @ weights[k] + biases[k]
                acts.append(np.tanh(z) if k < layers - 1 else z)
            diff = acts[-1] - yb
            total += float(np.sum(diff * diff)) / 10
            delta = diff * real(2.0 / 10 / len(rows))
            grads_w = [None] * layers
            grads_b = [None] * layers
            for k in range(layers - 1, -1, -1):
                grads_w[k] = acts[k].T @ delta
                grads_b[k] = delta.sum(axis=0)
                if k > 0:
                    delta = (delta @ weights[k].T) * (1 - acts[k] * acts[k])
            t += 1
            alpha = real(a.lr * np.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t))
            for q, g, mq, vq in zip(params, grads_w + grads_b, m, v):
                mq *= b1
                mq += (1 - b1) * g
                vq *= b2
                vq += (1 - b2) * g * g
                q -= alpha * mq / (np.sqrt(vq) + eps)
        seconds = time.perf_counter() - start
        if epoch > 1:
            best = min(best, seconds)
        print(f"epoch {epoch}: {seconds:.3f} s, loss {total / a.n:.5f}")
    print(f"seconds_per_epoch={best:.3f}")


if __name__ == "__main__":
    main()
