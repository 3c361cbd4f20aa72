#!/usr/bin/env python3
"""The NumPy/OpenBLAS peer for Chainrule's small-matrix benchmark (see BENCHMARKS.md).

Times C = A @ B for square float64 matrices on one thread, as MatMulBench times Tensor.matmul
(the result is allocated by each product in both). Prints which BLAS and kernel NumPy uses.
Run it with the BLAS's own kernel choice and one thread:
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 python3 bench/numpy/matmul_peer.py
Use a NumPy that links OpenBLAS (the wheels from PyPI bundle it); Debian's python3-numpy links
whatever libblas.so.3 the system provides, the slow reference BLAS unless libopenblas0 is
installed. The first lines printed say which BLAS, version and kernel ran.
"""
import argparse
import ctypes
import glob
import os
import time

import numpy as np


def per_product(n, seconds, repeats):
    rng = np.random.default_rng(42)
    a = rng.uniform(-1, 1, (n, n))
    b = rng.uniform(-1, 1, (n, n))
    calls = 1
    while True:                       # calibrate: a batch of at least `seconds`
        start = time.perf_counter()
        for _ in range(calls):
            a @ b
        if time.perf_counter() - start >= seconds:
            break
        calls *= 2
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            a @ b
        times.append((time.perf_counter() - start) / calls)
    times.sort()
    return times[len(times) // 2], times[0], times[-1]


def blas_info():
    """The BLAS NumPy runs on: threadpoolctl's report, else OpenBLAS's own (a wheel's bundled copy)."""
    try:
        from threadpoolctl import threadpool_info
        pools = threadpool_info()
        if pools:
            return "; ".join(", ".join(f"{k}={p.get(k)}" for k in ("internal_api", "version", "architecture",
                                                                  "num_threads", "filepath")) for p in pools)
    except ImportError:
        pass
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*openblas*"))
    for lib in libs:
        blas = ctypes.CDLL(lib)
        for prefix, suffix in (("scipy_openblas", "64_"), ("scipy_openblas", ""), ("openblas", "64_"), ("openblas", "")):
            try:
                config = getattr(blas, f"{prefix}_get_config{suffix}")
                corename = getattr(blas, f"{prefix}_get_corename{suffix}")
            except AttributeError:
                continue
            config.restype = corename.restype = ctypes.c_char_p
            return f"{config().decode()} (kernel {corename().decode()}) from {os.path.basename(lib)}"
    return "not OpenBLAS as far as threadpoolctl and numpy.libs tell (np.show_config() names the library)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="64,128,256,512,1024")
    parser.add_argument("--seconds", type=float, default=0.5)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    env = {k: os.environ.get(k, "(unset)") for k in ("OPENBLAS_NUM_THREADS", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    print(f"numpy {np.__version__}; " + ", ".join(f"{k}={v}" for k, v in env.items()))
    print("blas: " + blas_info())
    for n in map(int, args.sizes.split(",")):
        median, low, high = per_product(n, args.seconds, args.repeats)
        print(f"n={n:5d}  {median * 1e6:10.1f} us per product (median of {args.repeats}, min {low * 1e6:.1f}, "
              f"max {high * 1e6:.1f})  {2 * n ** 3 / median / 1e9:6.1f} GFLOP/s")


if __name__ == "__main__":
    main()
