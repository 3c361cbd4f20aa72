#!/usr/bin/env python3
"""The PyTorch peer for Chainrule's benchmarks (see BENCHMARKS.md).

Runs, on the CPU with one thread and float64, the same two workloads as
org.chainrule.bench.TrainingBench:
  mlp       MLP 64-128-10 (ReLU), minibatch SGD, batch 64, lr 0.1, on the 1797 digits rows;
            prints milliseconds per epoch and samples per second.
  logistic  the notes' logistic regression: 6 points, 5001 full-batch steps, lr 0.01;
            prints milliseconds for the whole run.
Usage: python3 bench/pytorch/peer.py [--epochs 30] [--repeats 5]
Needs PyTorch (Debian: apt-get install python3-torch). When the python3 that runs it has no torch
(e.g. a pyenv or venv python3 first on the PATH), it looks for another python3 on the PATH that
has, says which, and runs itself with that one.
"""
import argparse
import csv
import gzip
import os
import pathlib
import subprocess
import sys
import time


def python_with_torch():
    """The first python3 on the PATH, other than this one, that can import torch; or None."""
    seen = {os.path.realpath(sys.executable)}
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = os.path.join(folder, "python3")
        real = os.path.realpath(candidate)
        if real in seen or not os.access(candidate, os.X_OK):
            continue
        seen.add(real)
        if subprocess.run([candidate, "-c", "import torch"], capture_output=True).returncode == 0:
            return candidate
    return None


try:
    import torch
except ImportError:
    other = python_with_torch()
    if other is None:
        sys.exit(f"peer.py: {sys.executable} has no PyTorch, and no other python3 on the PATH has it; "
                 "install it (Debian: apt-get install python3-torch) or run peer.py with a Python that has it.")
    print(f"peer.py: {sys.executable} has no PyTorch; running with {other}, which has.", file=sys.stderr)
    os.execv(other, [other, __file__, *sys.argv[1:]])

ROOT = pathlib.Path(__file__).resolve().parents[2]
DIGITS = ROOT / "models/src/main/resources/org/chainrule/models/data/digits.csv.gz"


def load_digits():
    with gzip.open(DIGITS, "rt") as f:
        rows = [list(map(float, r)) for r in csv.reader(f)]
    x = torch.tensor([r[:-1] for r in rows], dtype=torch.float64)
    y = torch.tensor([int(r[-1]) for r in rows])
    x = (x - x.mean(0)) / torch.where(x.std(0, unbiased=False) > 0, x.std(0, unbiased=False), torch.ones(64, dtype=torch.float64))
    return x, y


def mlp_epochs(x, y, epochs):
    torch.manual_seed(2020)
    model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10)).double()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = torch.nn.CrossEntropyLoss()
    n = x.shape[0]
    start = time.perf_counter()
    for _ in range(epochs):
        perm = torch.randperm(n)
        for i in range(0, n, 64):
            idx = perm[i:i + 64]
            opt.zero_grad()
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            opt.step()
    return (time.perf_counter() - start) / epochs, loss.item()


def logistic_seed():
    x = torch.tensor([[1., 1.], [1., 2.], [2., 1.], [3., 2.], [3., 3.], [2., 3.]], dtype=torch.float64)
    y = torch.tensor([[0.], [0.], [0.], [1.], [1.], [1.]], dtype=torch.float64)
    w = torch.tensor([[-0.10099822286611654], [0.6847899159537382]], dtype=torch.float64, requires_grad=True)
    b = torch.tensor([0.3841461274590695], dtype=torch.float64, requires_grad=True)
    opt = torch.optim.SGD([w, b], lr=0.01)
    start = time.perf_counter()
    for _ in range(5001):
        h = torch.sigmoid(x @ w + b)
        cost = -torch.mean(y * torch.log(h) + (1 - y) * torch.log(1 - h))
        opt.zero_grad()
        cost.backward()
        opt.step()
    return time.perf_counter() - start, cost.item()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(1)
    x, y = load_digits()
    mlp_epochs(x, y, 3)  # warm-up
    per_epoch = sorted(mlp_epochs(x, y, args.epochs)[0] for _ in range(args.repeats))
    median = per_epoch[len(per_epoch) // 2]
    print(f"pytorch {torch.__version__} threads=1 float64")
    print(f"mlp 64-128-10 batch 64: {median * 1e3:.2f} ms/epoch (median of {args.repeats}, "
          f"min {per_epoch[0] * 1e3:.2f}, max {per_epoch[-1] * 1e3:.2f}), {x.shape[0] / median:,.0f} samples/s")
    logistic_seed()  # warm-up
    runs = sorted(logistic_seed()[0] for _ in range(args.repeats))
    print(f"logistic 5001 steps: {runs[len(runs) // 2] * 1e3:.1f} ms (median of {args.repeats}, "
          f"min {runs[0] * 1e3:.1f}, max {runs[-1] * 1e3:.1f})")


if __name__ == "__main__":
    main()
