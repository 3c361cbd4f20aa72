#!/usr/bin/python3
"""PyTorch reference values for every Node operation of Chainrule's autograd.

Run BY HAND, not by CI (the build has no Python); commit the file it writes:

    apt-get install -y python3-torch          # Debian 12: PyTorch 1.13
    /usr/bin/python3 autograd/src/test/python/make_reference.py

It writes autograd/src/test/resources/pytorch-reference.txt, which
org.chainrule.autograd.PyTorchReferenceTest reads: for each case, the op's inputs, its value, and
the gradient of a fixed random readout L = sum(out * R) with respect to every input. R has random
signs and sizes, so an op with a non-scalar output is checked element by element (out.sum() alone
would miss, e.g., a wrong softmax backward: the elements of a softmax always add up to 1).

Everything is float64 and deterministic: inputs and readouts come from random.Random with fixed
seeds, never from torch's generator, so the file is the same on every machine and PyTorch version
that computes the same numbers. Numbers are written with repr(), which round-trips exactly.

File format, one case after another:
    case <op signature> | <what the case shows>
    arg <name> <value>                     int or double arguments (c, p, axis, dims, shape, labels)
    in <name> <shape> <values...>          the trainable inputs, in the order the op takes them
    target <shape> <values...>             crossEntropy's constant targets
    readout <shape> <values...>            R
    value <shape> <values...>              the op's output
    grad <name> <shape> <values...>        dL/d<name>
    end
Shapes are written [2,3] ([] for a scalar); values are row-major, separated by blanks, with
Infinity, -Infinity and NaN spelled as Java's Double.parseDouble reads them.
"""

import math
import os
import random

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "pytorch-reference.txt")


def number(v):
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return repr(float(v))


def shape_text(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def tensor_text(t):
    values = t.detach().reshape(-1).tolist()
    return shape_text(t.shape) + ("" if not values else " " + " ".join(number(v) for v in values))


def uniform(rng, shape, lo, hi):
    n = 1
    for d in shape:
        n *= d
    return torch.tensor([rng.uniform(lo, hi) for _ in range(n)]).reshape(shape)


def readout(rng, shape):
    """Weights of size 0.5 to 1.5 with random signs, none near 0."""
    n = 1
    for d in shape:
        n *= d
    w = [rng.uniform(0.5, 1.5) * rng.choice((-1.0, 1.0)) for _ in range(n)]
    return torch.tensor(w).reshape(shape)


CASES = []


def case(op, note, fn, inputs, args=(), target=None, seed=0):
    """fn(*tensors) -> output; inputs: list of (name, tensor)."""
    CASES.append((op, note, fn, inputs, args, target, seed))


def build():
    rng = random.Random(2020)

    def any_(*shape):
        return uniform(rng, shape, -2.0, 2.0)

    def positive(*shape):
        return uniform(rng, shape, 0.5, 2.0)

    binary = [
        ("add(Node)", lambda a, b: a + b),
        ("sub(Node)", lambda a, b: a - b),
        ("mul(Node)", lambda a, b: a * b),
        ("maximum(Node)", lambda a, b: torch.maximum(a, b)),
    ]
    for op, fn in binary:
        case(op, "same shapes [2, 3]", fn, [("a", any_(2, 3)), ("b", any_(2, 3))])
        case(op, "[2, 3] with [3]: b broadcast down the rows", fn, [("a", any_(2, 3)), ("b", any_(3))])
        case(op, "[2, 1] with [1, 3]: both broadcast", fn, [("a", any_(2, 1)), ("b", any_(1, 3))])
    case("div(Node)", "same shapes [2, 3]", lambda a, b: a / b, [("a", any_(2, 3)), ("b", positive(2, 3))])
    case("div(Node)", "[2, 3] by [2, 1]: a per-row divisor", lambda a, b: a / b,
         [("a", any_(2, 3)), ("b", -positive(2, 1))])
    case("div(Node)", "scalar [] by [3]", lambda a, b: a / b, [("a", any_()), ("b", positive(3))])

    for c in (2.5, -0.75):
        case("add(double)", "x + c", lambda x, c=c: x + c, [("x", any_(2, 3))], [("c", c)])
        case("sub(double)", "x - c", lambda x, c=c: x - c, [("x", any_(2, 3))], [("c", c)])
        case("mul(double)", "x * c", lambda x, c=c: x * c, [("x", any_(2, 3))], [("c", c)])
        case("div(double)", "x / c", lambda x, c=c: x / c, [("x", any_(2, 3))], [("c", c)])

    case("neg()", "-x", lambda x: -x, [("x", any_(2, 3))])
    for p in (2.0, 3.0, 0.0, 1.0):
        case("pow(double)", "x^%s on any sign" % p, lambda x, p=p: x ** p, [("x", any_(2, 3))], [("p", p)])
    for p in (0.5, -1.0, -2.5):
        case("pow(double)", "x^%s on positive x" % p, lambda x, p=p: x ** p, [("x", positive(2, 3))], [("p", p)])
    case("exp()", "e^x", torch.exp, [("x", any_(2, 3))])
    case("log()", "ln x, x > 0", torch.log, [("x", positive(2, 3))])
    case("sqrt()", "sqrt x, x > 0", torch.sqrt, [("x", positive(2, 3))])
    case("relu()", "max(x, 0)", torch.relu, [("x", any_(3, 4))])
    case("sigmoid()", "1 / (1 + e^-x)", torch.sigmoid, [("x", any_(3, 4))])
    case("sigmoid()", "large |x|", torch.sigmoid, [("x", torch.tensor([-40.0, -8.0, 8.0, 40.0]))])
    case("tanh()", "tanh x", torch.tanh, [("x", any_(3, 4))])

    case("matmul(Node)", "[2, 3] . [3, 4]", torch.matmul, [("a", any_(2, 3)), ("b", any_(3, 4))])
    case("matmul(Node)", "[1, 3] . [3, 1]: a dot product", torch.matmul, [("a", any_(1, 3)), ("b", any_(3, 1))])
    case("matmul(Node)", "[4, 2] . [2, 3]", torch.matmul, [("a", any_(4, 2)), ("b", any_(2, 3))])

    case("transpose()", "[2, 3] -> [3, 2]", lambda x: x.permute(1, 0), [("x", any_(2, 3))])
    case("transpose()", "[2, 3, 4] -> [4, 3, 2], axes reversed", lambda x: x.permute(2, 1, 0), [("x", any_(2, 3, 4))])
    case("reshape(int[])", "[2, 3] -> [3, 2]", lambda x: x.reshape(3, 2), [("x", any_(2, 3))], [("dims", (3, 2))])
    case("reshape(int[])", "[2, 3] -> [-1, 2] (3 inferred)", lambda x: x.reshape(-1, 2), [("x", any_(2, 3))],
         [("dims", (-1, 2))])
    case("flatten()", "[2, 3] -> [6]", lambda x: x.reshape(-1), [("x", any_(2, 3))])
    case("broadcastTo(Shape)", "[3] -> [2, 3]", lambda x: x.expand(2, 3), [("x", any_(3))], [("shape", (2, 3))])
    case("broadcastTo(Shape)", "[2, 1] -> [2, 4]", lambda x: x.expand(2, 4), [("x", any_(2, 1))], [("shape", (2, 4))])
    case("broadcastTo(Shape)", "[] -> [3]", lambda x: x.expand(3), [("x", any_())], [("shape", (3,))])

    case("sum()", "every element of [2, 3]", torch.sum, [("x", any_(2, 3))])
    case("mean()", "every element of [2, 3]", torch.mean, [("x", any_(2, 3))])
    for axis in (0, 1, -1):
        case("sum(int)", "[2, 3] along axis %d" % axis, lambda x, a=axis: x.sum(dim=a), [("x", any_(2, 3))],
             [("axis", axis)])
        case("mean(int)", "[2, 3] along axis %d" % axis, lambda x, a=axis: x.mean(dim=a), [("x", any_(2, 3))],
             [("axis", axis)])
    case("sum(int)", "[2, 3, 2] along axis 1", lambda x: x.sum(dim=1), [("x", any_(2, 3, 2))], [("axis", 1)])
    case("mean(int)", "[2, 3, 2] along axis -1", lambda x: x.mean(dim=-1), [("x", any_(2, 3, 2))], [("axis", -1)])

    for axis in (1, 0, -1):
        case("softmax(int)", "[3, 4] along axis %d" % axis, lambda x, a=axis: torch.softmax(x, dim=a),
             [("x", any_(3, 4))], [("axis", axis)])
        case("logSoftmax(int)", "[3, 4] along axis %d" % axis, lambda x, a=axis: torch.log_softmax(x, dim=a),
             [("x", any_(3, 4))], [("axis", axis)])
    case("softmax(int)", "large logits", lambda x: torch.softmax(x, dim=1),
         [("x", torch.tensor([[1000.0, 999.0, -1000.0]]))], [("axis", 1)])
    case("logSoftmax(int)", "large logits", lambda x: torch.log_softmax(x, dim=1),
         [("x", torch.tensor([[1000.0, 999.0, -1000.0]]))], [("axis", 1)])

    labels = [2, 0, 3]
    case("crossEntropy(Node,int[])", "[3, 4] logits, labels 2 0 3",
         lambda z: F.cross_entropy(z, torch.tensor(labels)), [("logits", any_(3, 4))], [("labels", labels)])
    case("crossEntropy(Node,int[])", "a -inf logit on a wrong class (a mask)",
         lambda z: F.cross_entropy(z, torch.tensor([2])), [("logits", torch.tensor([[-math.inf, 0.0, 1.0]]))],
         [("labels", [2])])
    case("crossEntropy(Node,int[])", "logits so far apart that the loser's log-softmax is -inf",
         lambda z: F.cross_entropy(z, torch.tensor([0])), [("logits", torch.tensor([[1e308, -1e308]]))],
         [("labels", [0])])
    soft = torch.softmax(any_(3, 4), dim=1)
    case("crossEntropy(Node,Tensor)", "[3, 4] logits against soft targets",
         lambda z: F.cross_entropy(z, soft), [("logits", any_(3, 4))], target=soft)
    onehot = torch.tensor([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
    case("crossEntropy(Node,Tensor)", "[2, 3] logits against one-hot targets",
         lambda z: F.cross_entropy(z, onehot), [("logits", any_(2, 3))], target=onehot)


def main():
    build()
    lines = ["# PyTorch %s reference values for org.chainrule.autograd.Node, made by hand with" % torch.__version__,
             "# autograd/src/test/python/make_reference.py (see its header); read by PyTorchReferenceTest."]
    readout_rng = random.Random(7)
    for op, note, fn, inputs, args, target, _ in CASES:
        leaves = [t.clone().detach().requires_grad_(True) for _, t in inputs]
        out = fn(*leaves)
        r = readout(readout_rng, tuple(out.shape))
        (out * r).sum().backward()
        lines.append("case %s | %s" % (op, note))
        for name, value in args:
            if isinstance(value, (tuple, list)):
                lines.append("arg %s %s" % (name, ",".join(str(v) for v in value)))
            else:
                lines.append("arg %s %s" % (name, number(value) if isinstance(value, float) else value))
        for (name, _), leaf in zip(inputs, leaves):
            lines.append("in %s %s" % (name, tensor_text(leaf)))
        if target is not None:
            lines.append("target %s" % tensor_text(target))
        lines.append("readout %s" % tensor_text(r))
        lines.append("value %s" % tensor_text(out))
        for (name, _), leaf in zip(inputs, leaves):
            grad = leaf.grad if leaf.grad is not None else torch.zeros_like(leaf)
            lines.append("grad %s %s" % (name, tensor_text(grad)))
        lines.append("end")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (len(CASES), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
