package org.chainrule.core;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Fast matrix multiply, {@code c = a · b}, on SIMD registers through the incubating Vector API
 * ({@code jdk.incubator.vector}); only loaded when the JVM has that module (see {@link MatMulKernels}).
 *
 * <pre>
 *   c[i, j] = Σ_p a[i, p] · b[p, j]      a is [m, k], b is [k, n], c is [m, n]
 * </pre>
 *
 * <h2>The micro-kernel: a 6 × 16 tile of c in registers</h2>
 * A {@link DoubleVector} holds {@code LANES} doubles (8 with AVX-512, 4 with AVX2). The innermost
 * code keeps a tile of {@value #MR} rows × {@code 2·LANES} columns of {@code c} in 12 vector
 * registers for the whole sum over {@code p}. Each step loads two vectors of row {@code p} of
 * {@code b}, and for each of the 6 rows broadcasts the one number {@code a[i, p]} to all lanes
 * and does a fused multiply-add:
 * <pre>
 *   for p:  b0, b1 = b[p, j .. j+2·LANES)
 *           for r in 0..5:  x = broadcast(a[i+r, p])
 *                           c[r,0] = fma(x, b0, c[r,0]);  c[r,1] = fma(x, b1, c[r,1])
 * </pre>
 * That is 12 fused multiply-adds (192 flops with AVX-512) for 8 loads, and {@code c} touches
 * memory only once per tile, not once per term. Twelve independent accumulators also hide the
 * fma's latency: the CPU can start one every cycle while earlier ones are still in flight.
 *
 * <h2>Packing: make the tile's inputs contiguous</h2>
 * The micro-kernel wants column {@code p} of 6 rows of {@code a} and 2 vectors of row {@code p} of
 * {@code b} next to each other for every {@code p}. So before computing, a block of {@code b}
 * ({@value #KC} rows × up to {@value #NC} columns) is copied into strips of {@code 2·LANES}
 * columns, and a block of {@code a} ({@value #MC} rows × {@value #KC} columns) into strips of
 * {@value #MR} rows stored column by column (the layout of GotoBLAS / BLIS). One strip of {@code b}
 * ({@value #KC} × 16 doubles = 32 KiB) stays in the L1 cache while the kernel runs down all strips
 * of the {@code a} block, which stays in L2. Strips are padded with zeros, so the kernel never
 * needs a special case: a partial tile at the bottom or right edge is computed whole in a small
 * buffer and only its real part is copied back to {@code c}.
 *
 * <h2>Small shapes</h2>
 * Packing and full tiles waste work when {@code a} has fewer than {@value #MR} rows (a single
 * example, {@code [1, k]}) or {@code b} fewer than {@value #FEW_COLUMNS} columns (matrix times a
 * vector, {@code [k, 1]}). Those shapes take simpler loops that read {@code a} and {@code b} in place.
 * Packing also costs about as much as it saves when {@code b} is small (at most
 * {@value #DIRECT_MAX_B} elements, e.g. 64 × 128): then the same 6 × 16 tiles read {@code a} and
 * {@code b} where they are ({@link #direct}), with nothing to allocate — the course's
 * {@code [64, 64]·[64, 128]} products, and every product of a traced MLP step.
 *
 * <h2>Rounding</h2>
 * Every path computes each {@code c[i, j]} as one chain {@code s = fma(a[i, p], b[p, j], s)} for
 * {@code p = 0, 1, …, k-1} in order, starting from {@code 0.0}: the tile and block boundaries
 * never reorder the terms of one element, and a fused multiply-add rounds exactly as
 * {@link Math#fma} on every CPU. So the result is bit-identical to that textbook loop
 * ({@link ReferenceMatMul}), on every run, whatever the vector width — and to {@link ScalarMatMul},
 * which adds its terms with {@link Math#fma} in the same order.
 */
final class VectorMatMul implements MatMulKernel {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** Doubles per vector register: 8 with AVX-512, 4 with AVX2 or NEON. */
    private static final int LANES = SPECIES.length();
    /** Rows of a register tile. */
    static final int MR = 6;
    /** Columns of a register tile: two vectors. */
    static final int NR = 2 * LANES;
    /** Terms per packed block (rows of b, columns of a). */
    static final int KC = 256;
    /** Rows of a per packed block: a multiple of {@link #MR}. */
    static final int MC = 72;
    /** Columns of b per packed block: a multiple of {@link #NR}. */
    static final int NC = 1024;
    /** Below this many columns of b, fma chains along rows beat the packed tiles. */
    static final int FEW_COLUMNS = 4;
    /**
     * Up to this many elements of b (64 × 128, 64 KiB) and {@link #KC} terms, the tiles read a and
     * b in place ({@link #direct}): packing (and allocating the packed copies) would cost about as
     * much as it saves on such small products. (Measured, on a busy machine: at n = 64 in place was
     * as fast or faster than packed; at n = 128 and 256 packed was faster.)
     */
    static final int DIRECT_MAX_B = 64 * 128;

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (m < MR) {
            fewRows(a, b, c, 0, m, 0, k, n);
        } else if (n < FEW_COLUMNS) {
            fewColumns(a, b, c, m, k, n);
        } else if (k <= KC && (long) k * n <= DIRECT_MAX_B) {
            direct(a, b, c, m, k, n);
        } else {
            blocked(a, b, c, m, k, n);
        }
    }

    /**
     * A small product without packing: the 6 × {@code NR} register tiles of the micro-kernel, each
     * reading its 6 rows of {@code a} and its {@code NR} columns of {@code b} where they are. The
     * rows and columns left over at the bottom and right edge take the row-by-row loops of
     * {@link #fewRows}.
     */
    private static void direct(double[] a, double[] b, double[] c, int m, int k, int n) {
        int rows = m - m % MR;
        int cols = n - n % NR;
        for (int j = 0; j < cols; j += NR) {
            for (int i = 0; i < rows; i += MR) {
                directTile(a, i * k, k, b, j, n, c, i * n + j);
            }
        }
        fewRows(a, b, c, 0, rows, cols, k, n);
        fewRows(a, b, c, rows, m, 0, k, n);
    }

    /**
     * {@code c[6 × NR tile at cOff] += a[6 rows from aRow] · b[all k rows, NR columns from bCol]},
     * the tile in 12 vector registers, as {@link #kernel} but reading a and b in place.
     */
    private static void directTile(double[] a, int aRow, int k, double[] b, int bCol, int n, double[] c, int cOff) {
        int a1 = aRow + k, a2 = a1 + k, a3 = a2 + k, a4 = a3 + k, a5 = a4 + k;
        int c1 = cOff + n, c2 = c1 + n, c3 = c2 + n, c4 = c3 + n, c5 = c4 + n;
        DoubleVector c00 = DoubleVector.fromArray(SPECIES, c, cOff);
        DoubleVector c01 = DoubleVector.fromArray(SPECIES, c, cOff + LANES);
        DoubleVector c10 = DoubleVector.fromArray(SPECIES, c, c1);
        DoubleVector c11 = DoubleVector.fromArray(SPECIES, c, c1 + LANES);
        DoubleVector c20 = DoubleVector.fromArray(SPECIES, c, c2);
        DoubleVector c21 = DoubleVector.fromArray(SPECIES, c, c2 + LANES);
        DoubleVector c30 = DoubleVector.fromArray(SPECIES, c, c3);
        DoubleVector c31 = DoubleVector.fromArray(SPECIES, c, c3 + LANES);
        DoubleVector c40 = DoubleVector.fromArray(SPECIES, c, c4);
        DoubleVector c41 = DoubleVector.fromArray(SPECIES, c, c4 + LANES);
        DoubleVector c50 = DoubleVector.fromArray(SPECIES, c, c5);
        DoubleVector c51 = DoubleVector.fromArray(SPECIES, c, c5 + LANES);
        for (int p = 0; p < k; p++) {
            int bi = p * n + bCol;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bi);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bi + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[aRow + p]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(SPECIES, a[a1 + p]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(SPECIES, a[a2 + p]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(SPECIES, a[a3 + p]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = DoubleVector.broadcast(SPECIES, a[a4 + p]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = DoubleVector.broadcast(SPECIES, a[a5 + p]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        c00.intoArray(c, cOff);
        c01.intoArray(c, cOff + LANES);
        c10.intoArray(c, c1);
        c11.intoArray(c, c1 + LANES);
        c20.intoArray(c, c2);
        c21.intoArray(c, c2 + LANES);
        c30.intoArray(c, c3);
        c31.intoArray(c, c3 + LANES);
        c40.intoArray(c, c4);
        c41.intoArray(c, c4 + LANES);
        c50.intoArray(c, c5);
        c51.intoArray(c, c5 + LANES);
    }

    /**
     * Rows {@code [i0, i1)} of {@code c}, columns {@code j0} to the end, one row at a time: four
     * vectors of columns per pass (four independent fma chains), {@code b} read in place. All of
     * {@code c} when there are fewer rows than a tile ({@code m < MR}); the edges of {@link #direct}.
     */
    private static void fewRows(double[] a, double[] b, double[] c, int i0, int i1, int j0, int k, int n) {
        int wide = 4 * LANES;
        for (int i = i0; i < i1; i++) {
            int ci = i * n;
            int ai = i * k;
            int j = j0;
            for (; j + wide <= n; j += wide) {
                DoubleVector s0 = DoubleVector.fromArray(SPECIES, c, ci + j);
                DoubleVector s1 = DoubleVector.fromArray(SPECIES, c, ci + j + LANES);
                DoubleVector s2 = DoubleVector.fromArray(SPECIES, c, ci + j + 2 * LANES);
                DoubleVector s3 = DoubleVector.fromArray(SPECIES, c, ci + j + 3 * LANES);
                for (int p = 0; p < k; p++) {
                    DoubleVector x = DoubleVector.broadcast(SPECIES, a[ai + p]);
                    int bp = p * n + j;
                    s0 = x.fma(DoubleVector.fromArray(SPECIES, b, bp), s0);
                    s1 = x.fma(DoubleVector.fromArray(SPECIES, b, bp + LANES), s1);
                    s2 = x.fma(DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES), s2);
                    s3 = x.fma(DoubleVector.fromArray(SPECIES, b, bp + 3 * LANES), s3);
                }
                s0.intoArray(c, ci + j);
                s1.intoArray(c, ci + j + LANES);
                s2.intoArray(c, ci + j + 2 * LANES);
                s3.intoArray(c, ci + j + 3 * LANES);
            }
            for (; j + LANES <= n; j += LANES) {
                DoubleVector s = DoubleVector.fromArray(SPECIES, c, ci + j);
                for (int p = 0; p < k; p++) {
                    DoubleVector x = DoubleVector.broadcast(SPECIES, a[ai + p]);
                    s = x.fma(DoubleVector.fromArray(SPECIES, b, p * n + j), s);
                }
                s.intoArray(c, ci + j);
            }
            for (; j < n; j++) {
                double s = c[ci + j];
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a[ai + p], b[p * n + j], s);
                }
                c[ci + j] = s;
            }
        }
    }

    /**
     * Few columns ({@code n < FEW_COLUMNS}, as in matrix times vector): each {@code c[i, j]} is a
     * scalar fma chain along row {@code i} of {@code a}; four rows at a time so the chains overlap.
     */
    private static void fewColumns(double[] a, double[] b, double[] c, int m, int k, int n) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int a0 = i * k;
            int a1 = a0 + k;
            int a2 = a1 + k;
            int a3 = a2 + k;
            for (int j = 0; j < n; j++) {
                int c0 = i * n + j;
                double s0 = c[c0];
                double s1 = c[c0 + n];
                double s2 = c[c0 + 2 * n];
                double s3 = c[c0 + 3 * n];
                for (int p = 0; p < k; p++) {
                    double x = b[p * n + j];
                    s0 = Math.fma(a[a0 + p], x, s0);
                    s1 = Math.fma(a[a1 + p], x, s1);
                    s2 = Math.fma(a[a2 + p], x, s2);
                    s3 = Math.fma(a[a3 + p], x, s3);
                }
                c[c0] = s0;
                c[c0 + n] = s1;
                c[c0 + 2 * n] = s2;
                c[c0 + 3 * n] = s3;
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = c[i * n + j];
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a[i * k + p], b[p * n + j], s);
                }
                c[i * n + j] = s;
            }
        }
    }

    /** The packed, tiled product: the general case (see the class comment). */
    private static void blocked(double[] a, double[] b, double[] c, int m, int k, int n) {
        int ncMax = Math.min(n, NC);
        int mcMax = Math.min(m, MC);
        int kcMax = Math.min(k, KC);
        double[] bPack = new double[kcMax * roundUp(ncMax, NR)];
        double[] aPack = new double[kcMax * roundUp(mcMax, MR)];
        double[] edge = new double[MR * NR];
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(b, n, pc, kc, jc, nc, bPack);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    packA(a, k, ic, mc, pc, kc, aPack);
                    for (int jr = 0; jr < nc; jr += NR) {
                        int cols = Math.min(NR, nc - jr);
                        int bOff = (jr / NR) * kc * NR;
                        for (int ir = 0; ir < mc; ir += MR) {
                            int rows = Math.min(MR, mc - ir);
                            int aOff = (ir / MR) * kc * MR;
                            int cOff = (ic + ir) * n + jc + jr;
                            if (rows == MR && cols == NR) {
                                kernel(aPack, aOff, bPack, bOff, kc, c, cOff, n);
                            } else {
                                edgeTile(aPack, aOff, bPack, bOff, kc, c, cOff, n, rows, cols, edge);
                            }
                        }
                    }
                }
            }
        }
    }

    private static int roundUp(int x, int multiple) {
        return (x + multiple - 1) / multiple * multiple;
    }

    /**
     * Copies {@code b[pc..pc+kc, jc..jc+nc)} into strips of {@link #NR} columns: strip {@code s},
     * row {@code p} starts at {@code (s·kc + p)·NR}. The last strip is padded with zeros.
     */
    private static void packB(double[] b, int n, int pc, int kc, int jc, int nc, double[] bPack) {
        int at = 0;
        for (int jr = 0; jr < nc; jr += NR) {
            int cols = Math.min(NR, nc - jr);
            for (int p = 0; p < kc; p++) {
                int from = (pc + p) * n + jc + jr;
                System.arraycopy(b, from, bPack, at, cols);
                for (int t = cols; t < NR; t++) {
                    bPack[at + t] = 0.0;
                }
                at += NR;
            }
        }
    }

    /**
     * Copies {@code a[ic..ic+mc, pc..pc+kc)} into strips of {@link #MR} rows stored column by
     * column: strip {@code s}, column {@code p} starts at {@code (s·kc + p)·MR}. The last strip is
     * padded with zeros.
     */
    private static void packA(double[] a, int k, int ic, int mc, int pc, int kc, double[] aPack) {
        for (int ir = 0; ir < mc; ir += MR) {
            int rows = Math.min(MR, mc - ir);
            int strip = (ir / MR) * kc * MR;
            for (int r = 0; r < rows; r++) { // row by row, so a is read contiguously
                int from = (ic + ir + r) * k + pc;
                for (int p = 0; p < kc; p++) {
                    aPack[strip + p * MR + r] = a[from + p];
                }
            }
            for (int r = rows; r < MR; r++) {
                for (int p = 0; p < kc; p++) {
                    aPack[strip + p * MR + r] = 0.0;
                }
            }
        }
    }

    /** A tile cut by the edge of c ({@code rows × cols} real): run the full kernel on a copy. */
    private static void edgeTile(double[] aPack, int aOff, double[] bPack, int bOff, int kc,
                                 double[] c, int cOff, int n, int rows, int cols, double[] edge) {
        Arrays.fill(edge, 0.0);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(c, cOff + r * n, edge, r * NR, cols);
        }
        kernel(aPack, aOff, bPack, bOff, kc, edge, 0, NR);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(edge, r * NR, c, cOff + r * n, cols);
        }
    }

    /**
     * The micro-kernel: {@code c[6 × NR tile at cOff] += aPack strip · bPack strip} over {@code kc}
     * terms, the tile held in 12 vector registers ({@code cRC} = row R, vector C).
     *
     * @param ldc distance between rows of the tile in {@code c}: {@code n}, or {@code NR} for the
     *            edge buffer
     */
    private static void kernel(double[] aPack, int aOff, double[] bPack, int bOff, int kc,
                               double[] c, int cOff, int ldc) {
        int c1 = cOff + ldc, c2 = c1 + ldc, c3 = c2 + ldc, c4 = c3 + ldc, c5 = c4 + ldc;
        DoubleVector c00 = DoubleVector.fromArray(SPECIES, c, cOff);
        DoubleVector c01 = DoubleVector.fromArray(SPECIES, c, cOff + LANES);
        DoubleVector c10 = DoubleVector.fromArray(SPECIES, c, c1);
        DoubleVector c11 = DoubleVector.fromArray(SPECIES, c, c1 + LANES);
        DoubleVector c20 = DoubleVector.fromArray(SPECIES, c, c2);
        DoubleVector c21 = DoubleVector.fromArray(SPECIES, c, c2 + LANES);
        DoubleVector c30 = DoubleVector.fromArray(SPECIES, c, c3);
        DoubleVector c31 = DoubleVector.fromArray(SPECIES, c, c3 + LANES);
        DoubleVector c40 = DoubleVector.fromArray(SPECIES, c, c4);
        DoubleVector c41 = DoubleVector.fromArray(SPECIES, c, c4 + LANES);
        DoubleVector c50 = DoubleVector.fromArray(SPECIES, c, c5);
        DoubleVector c51 = DoubleVector.fromArray(SPECIES, c, c5 + LANES);
        int ai = aOff;
        int bi = bOff;
        for (int p = 0; p < kc; p++) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, bPack, bi);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, bPack, bi + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, aPack[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(SPECIES, aPack[ai + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(SPECIES, aPack[ai + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(SPECIES, aPack[ai + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = DoubleVector.broadcast(SPECIES, aPack[ai + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = DoubleVector.broadcast(SPECIES, aPack[ai + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            ai += MR;
            bi += NR;
        }
        c00.intoArray(c, cOff);
        c01.intoArray(c, cOff + LANES);
        c10.intoArray(c, c1);
        c11.intoArray(c, c1 + LANES);
        c20.intoArray(c, c2);
        c21.intoArray(c, c2 + LANES);
        c30.intoArray(c, c3);
        c31.intoArray(c, c3 + LANES);
        c40.intoArray(c, c4);
        c41.intoArray(c, c4 + LANES);
        c50.intoArray(c, c5);
        c51.intoArray(c, c5 + LANES);
    }

    @Override
    public String name() {
        return "vector";
    }
}
