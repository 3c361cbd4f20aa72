package org.chainrule.core;

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
 * <h2>The micro-kernel: a 6 × 32 tile of c in registers (with AVX-512)</h2>
 * A {@link DoubleVector} holds {@code LANES} doubles (8 with AVX-512, 4 with AVX2). The innermost
 * code keeps a tile of {@value #MR} rows × {@code 4·LANES} columns of {@code c} in 24 vector
 * registers for the whole sum over {@code p}. Each step loads four vectors of row {@code p} of
 * {@code b}, and for each of the 6 rows broadcasts the one number {@code a[i, p]} to all lanes
 * and does four fused multiply-adds:
 * <pre>
 *   for p:  b0, b1, b2, b3 = b[p, j .. j+4·LANES)
 *           for r in 0..5:  x = broadcast(a[i+r, p])
 *                           c[r,v] = fma(x, bv, c[r,v])      for v = 0..3
 * </pre>
 * That is 24 fused multiply-adds (384 flops with AVX-512) for 10 loads, and {@code c} touches
 * memory only once per tile, not once per term. Twenty-four independent accumulators also hide
 * the fma's latency: the CPU can start two every cycle while earlier ones are still in flight.
 * 24 accumulators + 4 of {@code b} + 1 broadcast need 29 of the 32 vector registers of AVX-512.
 * (Measured on a Zen 5 with JDK 17, one core: this 6 × 32 tile was 1.1–1.8× faster than the
 * 6 × 16 tile it replaced at n = 64 … 512; 8 × 16 was close, 7 × 24 and 4 × 48 slower.)
 * A CPU with 16 vector registers (AVX2) would spill them to memory, so there the main tile is the
 * narrow one below, 6 rows × {@code 2·LANES} columns in 12 registers ({@link #WIDE}).
 *
 * <h2>The edges: repeated rows, a narrow tile, a padded copy</h2>
 * When {@code m} is not a multiple of 6 (64 = 10·6 + 4), the last tile has fewer real rows. It
 * runs the same kernel, with the rows past the edge pointing at the last real row of {@code a}
 * and {@code c}: they compute that row's sums again and store the same bits to the same place.
 * The columns right of the last 32-wide tile ({@code n = 10}: all of them) take the narrow tile,
 * 6 rows × {@code 2·LANES} columns. When fewer than {@code 2·LANES} columns are left, their part
 * of {@code b} and {@code c} is copied into buffers of full width padded with zeros, the narrow
 * tile computes them whole, and only the real columns are copied back. (A {@code VectorMask}
 * would say the same without copies, but JDK 17 compiles masked loads and stores of arrays much
 * more slowly.)
 *
 * <h2>Large products: pack b</h2>
 * A small {@code b} (at most {@value #DIRECT_MAX_B} elements and {@value #KC} rows, up to
 * 256 × 256) is read where it is ({@link #direct}). Larger products are cut into blocks
 * ({@link #blocked}): {@value #KC} rows × up to {@value #NC} columns of {@code b} are copied into
 * strips as wide as the tile ({@link #NR} columns), so the kernel reads each strip contiguously,
 * and the tiles of {@value #MC} rows of {@code a} run down one strip while it stays in cache
 * ({@code a} is read in place; the layout of GotoBLAS / BLIS, with only {@code b} packed).
 *
 * <h2>Small shapes</h2>
 * Full tiles waste work when {@code a} has fewer than {@value #MR} rows (a single example,
 * {@code [1, k]}) or {@code b} fewer than {@value #FEW_COLUMNS} columns (matrix times a vector,
 * {@code [k, 1]}). Those shapes take simpler loops that read {@code a} and {@code b} in place.
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
    /**
     * Whether the CPU has 32 vector registers, room for the 24 accumulators of {@link #wideTile}:
     * true with AVX-512 (512-bit vectors). With 16 registers (AVX2) the wide tile would spill to
     * memory (measured with {@code -XX:UseAVX=2}: 0.5–0.7× the speed of the narrow tile), so there
     * the narrow tile is the main tile.
     */
    static final boolean WIDE = SPECIES.vectorBitSize() >= 512;
    /** Rows of a register tile, wide or narrow. */
    static final int MR = 6;
    /** Columns of the narrow tile: two vectors. */
    static final int NARROW_COLUMNS = 2 * LANES;
    /** Columns of the main tile: four vectors (wide, AVX-512) or two (narrow). */
    static final int NR = WIDE ? 4 * LANES : NARROW_COLUMNS;
    /** Terms per block of a large product (rows of b, columns of a). */
    static final int KC = 256;
    /** Rows of a per block of a large product: a multiple of {@link #MR}. */
    static final int MC = 72;
    /** Columns of b per packed block: a multiple of {@link #NR}. */
    static final int NC = 1024;
    /** Below this many columns of b, fma chains along rows beat the tiles. */
    static final int FEW_COLUMNS = 4;
    /**
     * Up to this many elements of b (256 × 256, 512 KiB) and {@link #KC} terms, the tiles read b in
     * place ({@link #direct}): packing (and allocating the packed copy) would cost about as much as
     * it saves. (Measured on a Zen 5, one core: in place was faster than packed at n = 64, 128 and
     * 256.)
     */
    static final int DIRECT_MAX_B = 256 * 256;

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (m < MR) {
            fewRows(a, b, c, m, k, n);
        } else if (n < FEW_COLUMNS) {
            fewColumns(a, b, c, m, k, n);
        } else if (k <= KC && (long) k * n <= DIRECT_MAX_B) {
            direct(a, b, c, m, k, n);
        } else {
            blocked(a, b, c, m, k, n);
        }
    }

    /**
     * A product with a small {@code b}: the main tiles ({@link #tile}) read {@code a} and {@code b}
     * in place, column strip by column strip (one strip of {@code b}, {@code [k, NR]}, stays in
     * cache while the tiles run down all rows); the columns right of the last strip take the
     * narrow tiles of {@link #narrowColumns}.
     */
    private static void direct(double[] a, double[] b, double[] c, int m, int k, int n) {
        int wide = n - n % NR;
        for (int j = 0; j < wide; j += NR) {
            for (int i = 0; i < m; i += MR) {
                tile(a, i * k, k, k, b, j, n, c, i * n + j, n, Math.min(MR, m - i));
            }
        }
        narrowColumns(a, 0, k, k, b, 0, c, m, n, wide);
    }

    /**
     * The packed product, the general case: for each block of {@link #KC} terms and {@link #NC}
     * columns, copy the block of {@code b} into strips ({@link #packB}), then run the main tiles
     * of each block of {@link #MC} rows of {@code a} down every strip. The columns right of the
     * last full strip read {@code b} in place ({@link #narrowColumns}). Blocks over {@code p} come
     * in order, so each element still adds its terms in order {@code p = 0, 1, …}.
     */
    private static void blocked(double[] a, double[] b, double[] c, int m, int k, int n) {
        int wide = n - n % NR;
        double[] bPack = new double[Math.min(k, KC) * Math.min(wide, NC)];
        for (int pc = 0; pc < k; pc += KC) {
            int kc = Math.min(KC, k - pc);
            for (int jc = 0; jc < wide; jc += NC) {
                int nc = Math.min(NC, wide - jc);
                packB(b, n, pc, kc, jc, nc, bPack);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    for (int jr = 0; jr < nc; jr += NR) {
                        for (int ir = 0; ir < mc; ir += MR) {
                            int i = ic + ir;
                            tile(a, i * k + pc, k, kc, bPack, jr * kc, NR,
                                    c, i * n + jc + jr, n, Math.min(MR, mc - ir));
                        }
                    }
                }
            }
            narrowColumns(a, pc, k, kc, b, pc * n, c, m, n, wide);
        }
    }

    /**
     * Copies {@code b[pc..pc+kc, jc..jc+nc)} ({@code nc} a multiple of {@link #NR}) into strips of
     * {@link #NR} columns: strip {@code s}, row {@code p} starts at {@code (s·kc + p)·NR}.
     */
    private static void packB(double[] b, int n, int pc, int kc, int jc, int nc, double[] bPack) {
        int at = 0;
        for (int jr = 0; jr < nc; jr += NR) {
            for (int p = 0; p < kc; p++) {
                System.arraycopy(b, (pc + p) * n + jc + jr, bPack, at, NR);
                at += NR;
            }
        }
    }

    /**
     * Columns {@code [j0, n)} of {@code c} (fewer than {@link #NR}), all rows, {@code kc} terms from
     * column {@code aCol} of {@code a}, in narrow tiles of {@value #MR} rows × {@code 2·LANES}
     * columns ({@link #narrowTile}): {@code b} read in place while whole tiles fit; the last few
     * columns (when {@code n - j0} is not a multiple of {@code 2·LANES}) are copied into a strip of
     * {@code b} and a tile of {@code c} padded with zeros ({@link #raggedColumns}).
     *
     * @param bOff index of {@code b[p0, 0]}, the first of the {@code kc} rows used
     */
    private static void narrowColumns(double[] a, int aCol, int k, int kc, double[] b, int bOff,
                                      double[] c, int m, int n, int j0) {
        int j = j0;
        for (; j + NARROW_COLUMNS <= n; j += NARROW_COLUMNS) {
            for (int i = 0; i < m; i += MR) {
                narrowTile(a, i * k + aCol, k, kc, b, bOff + j, n, c, i * n + j, n,
                        Math.min(MR, m - i));
            }
        }
        if (j < n) {
            raggedColumns(a, aCol, k, kc, b, bOff, c, m, n, j);
        }
    }

    /**
     * The last {@code n - j} columns of {@code c} (fewer than {@code 2·LANES}): their part of
     * {@code b} is copied into a strip {@code [kc, 2·LANES]} padded with zeros, and each tile of
     * {@code c} into a buffer of the same width, so {@link #narrowTile} computes them whole;
     * only the real columns are copied back. (The padding lanes multiply zeros and are dropped.)
     */
    private static void raggedColumns(double[] a, int aCol, int k, int kc, double[] b, int bOff,
                                      double[] c, int m, int n, int j) {
        int cols = n - j;
        double[] bStrip = new double[kc * NARROW_COLUMNS];
        for (int p = 0; p < kc; p++) {
            for (int t = 0; t < cols; t++) {
                bStrip[p * NARROW_COLUMNS + t] = b[bOff + p * n + j + t];
            }
        }
        double[] cTile = new double[MR * NARROW_COLUMNS];
        for (int i = 0; i < m; i += MR) {
            int rows = Math.min(MR, m - i);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(c, (i + r) * n + j, cTile, r * NARROW_COLUMNS, cols);
            }
            narrowTile(a, i * k + aCol, k, kc, bStrip, 0, NARROW_COLUMNS, cTile, 0, NARROW_COLUMNS, rows);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(cTile, r * NARROW_COLUMNS, c, (i + r) * n + j, cols);
            }
        }
    }

    /**
     * The main tile, {@code c[6 rows, NR columns] += a · b}: {@link #wideTile} on a CPU with 32
     * vector registers, {@link #narrowTile} otherwise (parameters as there, {@code ldc = n}).
     */
    private static void tile(double[] a, int aOff, int k, int kc, double[] b, int bOff, int ldb,
                             double[] c, int cOff, int n, int rows) {
        if (WIDE) {
            wideTile(a, aOff, k, kc, b, bOff, ldb, c, cOff, n, rows);
        } else {
            narrowTile(a, aOff, k, kc, b, bOff, ldb, c, cOff, n, rows);
        }
    }

    /**
     * The micro-kernel: {@code c[6 rows from cOff, 4·LANES columns] += a[6 rows from aOff, kc
     * terms] · b[kc rows from bOff, 4·LANES columns]}, the tile held in 24 vector registers
     * ({@code sRV} = row R, vector V).
     *
     * @param aOff index of {@code a[i, p0]}, the tile's first row and term; rows are {@code k} apart
     * @param bOff index of {@code b[p0, j]}; rows of {@code b} are {@code ldb} apart ({@code n} in
     *             place, {@link #NR} in a packed strip)
     * @param cOff index of {@code c[i, j]}; rows of {@code c} are {@code n} apart
     * @param rows real rows of the tile, 1 to 6 (fewer only at the bottom edge of {@code c})
     */
    private static void wideTile(double[] a, int aOff, int k, int kc, double[] b, int bOff, int ldb,
                                 double[] c, int cOff, int n, int rows) {
        // rows past the bottom edge (r >= rows) repeat the last real row: same sums, same place
        int a0 = aOff;
        int c0 = cOff;
        int a1 = aOff + Math.min(1, rows - 1) * k;
        int c1 = cOff + Math.min(1, rows - 1) * n;
        int a2 = aOff + Math.min(2, rows - 1) * k;
        int c2 = cOff + Math.min(2, rows - 1) * n;
        int a3 = aOff + Math.min(3, rows - 1) * k;
        int c3 = cOff + Math.min(3, rows - 1) * n;
        int a4 = aOff + Math.min(4, rows - 1) * k;
        int c4 = cOff + Math.min(4, rows - 1) * n;
        int a5 = aOff + Math.min(5, rows - 1) * k;
        int c5 = cOff + Math.min(5, rows - 1) * n;
        DoubleVector s00 = DoubleVector.fromArray(SPECIES, c, c0);
        DoubleVector s01 = DoubleVector.fromArray(SPECIES, c, c0 + LANES);
        DoubleVector s02 = DoubleVector.fromArray(SPECIES, c, c0 + 2 * LANES);
        DoubleVector s03 = DoubleVector.fromArray(SPECIES, c, c0 + 3 * LANES);
        DoubleVector s10 = DoubleVector.fromArray(SPECIES, c, c1);
        DoubleVector s11 = DoubleVector.fromArray(SPECIES, c, c1 + LANES);
        DoubleVector s12 = DoubleVector.fromArray(SPECIES, c, c1 + 2 * LANES);
        DoubleVector s13 = DoubleVector.fromArray(SPECIES, c, c1 + 3 * LANES);
        DoubleVector s20 = DoubleVector.fromArray(SPECIES, c, c2);
        DoubleVector s21 = DoubleVector.fromArray(SPECIES, c, c2 + LANES);
        DoubleVector s22 = DoubleVector.fromArray(SPECIES, c, c2 + 2 * LANES);
        DoubleVector s23 = DoubleVector.fromArray(SPECIES, c, c2 + 3 * LANES);
        DoubleVector s30 = DoubleVector.fromArray(SPECIES, c, c3);
        DoubleVector s31 = DoubleVector.fromArray(SPECIES, c, c3 + LANES);
        DoubleVector s32 = DoubleVector.fromArray(SPECIES, c, c3 + 2 * LANES);
        DoubleVector s33 = DoubleVector.fromArray(SPECIES, c, c3 + 3 * LANES);
        DoubleVector s40 = DoubleVector.fromArray(SPECIES, c, c4);
        DoubleVector s41 = DoubleVector.fromArray(SPECIES, c, c4 + LANES);
        DoubleVector s42 = DoubleVector.fromArray(SPECIES, c, c4 + 2 * LANES);
        DoubleVector s43 = DoubleVector.fromArray(SPECIES, c, c4 + 3 * LANES);
        DoubleVector s50 = DoubleVector.fromArray(SPECIES, c, c5);
        DoubleVector s51 = DoubleVector.fromArray(SPECIES, c, c5 + LANES);
        DoubleVector s52 = DoubleVector.fromArray(SPECIES, c, c5 + 2 * LANES);
        DoubleVector s53 = DoubleVector.fromArray(SPECIES, c, c5 + 3 * LANES);
        for (int p = 0, bp = bOff; p < kc; p++, bp += ldb) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
            DoubleVector b2 = DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES);
            DoubleVector b3 = DoubleVector.fromArray(SPECIES, b, bp + 3 * LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + p]);
            s00 = x.fma(b0, s00); s01 = x.fma(b1, s01); s02 = x.fma(b2, s02); s03 = x.fma(b3, s03);
            x = DoubleVector.broadcast(SPECIES, a[a1 + p]);
            s10 = x.fma(b0, s10); s11 = x.fma(b1, s11); s12 = x.fma(b2, s12); s13 = x.fma(b3, s13);
            x = DoubleVector.broadcast(SPECIES, a[a2 + p]);
            s20 = x.fma(b0, s20); s21 = x.fma(b1, s21); s22 = x.fma(b2, s22); s23 = x.fma(b3, s23);
            x = DoubleVector.broadcast(SPECIES, a[a3 + p]);
            s30 = x.fma(b0, s30); s31 = x.fma(b1, s31); s32 = x.fma(b2, s32); s33 = x.fma(b3, s33);
            x = DoubleVector.broadcast(SPECIES, a[a4 + p]);
            s40 = x.fma(b0, s40); s41 = x.fma(b1, s41); s42 = x.fma(b2, s42); s43 = x.fma(b3, s43);
            x = DoubleVector.broadcast(SPECIES, a[a5 + p]);
            s50 = x.fma(b0, s50); s51 = x.fma(b1, s51); s52 = x.fma(b2, s52); s53 = x.fma(b3, s53);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + LANES);
        s02.intoArray(c, c0 + 2 * LANES);
        s03.intoArray(c, c0 + 3 * LANES);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + LANES);
        s12.intoArray(c, c1 + 2 * LANES);
        s13.intoArray(c, c1 + 3 * LANES);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + LANES);
        s22.intoArray(c, c2 + 2 * LANES);
        s23.intoArray(c, c2 + 3 * LANES);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + LANES);
        s32.intoArray(c, c3 + 2 * LANES);
        s33.intoArray(c, c3 + 3 * LANES);
        s40.intoArray(c, c4);
        s41.intoArray(c, c4 + LANES);
        s42.intoArray(c, c4 + 2 * LANES);
        s43.intoArray(c, c4 + 3 * LANES);
        s50.intoArray(c, c5);
        s51.intoArray(c, c5 + LANES);
        s52.intoArray(c, c5 + 2 * LANES);
        s53.intoArray(c, c5 + 3 * LANES);
    }

    /**
     * The narrow tile: {@code c[6 rows from cOff, 2·LANES columns] += a[6 rows from aOff, kc terms]
     * · b[kc rows from bOff, 2·LANES columns]}, in 12 vector registers — few enough for a CPU with
     * 16 (AVX2), where it is the main tile. Parameters as in {@link #wideTile}, with {@code ldc}
     * the distance between rows of {@code c} ({@code n}, or {@link #NARROW_COLUMNS} in the buffer
     * of {@link #raggedColumns}).
     */
    private static void narrowTile(double[] a, int aOff, int k, int kc, double[] b, int bOff, int ldb,
                                   double[] c, int cOff, int ldc, int rows) {
        // rows past the bottom edge (r >= rows) repeat the last real row: same sums, same place
        int a0 = aOff;
        int c0 = cOff;
        int a1 = aOff + Math.min(1, rows - 1) * k;
        int c1 = cOff + Math.min(1, rows - 1) * ldc;
        int a2 = aOff + Math.min(2, rows - 1) * k;
        int c2 = cOff + Math.min(2, rows - 1) * ldc;
        int a3 = aOff + Math.min(3, rows - 1) * k;
        int c3 = cOff + Math.min(3, rows - 1) * ldc;
        int a4 = aOff + Math.min(4, rows - 1) * k;
        int c4 = cOff + Math.min(4, rows - 1) * ldc;
        int a5 = aOff + Math.min(5, rows - 1) * k;
        int c5 = cOff + Math.min(5, rows - 1) * ldc;
        DoubleVector s00 = DoubleVector.fromArray(SPECIES, c, c0);
        DoubleVector s01 = DoubleVector.fromArray(SPECIES, c, c0 + LANES);
        DoubleVector s10 = DoubleVector.fromArray(SPECIES, c, c1);
        DoubleVector s11 = DoubleVector.fromArray(SPECIES, c, c1 + LANES);
        DoubleVector s20 = DoubleVector.fromArray(SPECIES, c, c2);
        DoubleVector s21 = DoubleVector.fromArray(SPECIES, c, c2 + LANES);
        DoubleVector s30 = DoubleVector.fromArray(SPECIES, c, c3);
        DoubleVector s31 = DoubleVector.fromArray(SPECIES, c, c3 + LANES);
        DoubleVector s40 = DoubleVector.fromArray(SPECIES, c, c4);
        DoubleVector s41 = DoubleVector.fromArray(SPECIES, c, c4 + LANES);
        DoubleVector s50 = DoubleVector.fromArray(SPECIES, c, c5);
        DoubleVector s51 = DoubleVector.fromArray(SPECIES, c, c5 + LANES);
        for (int p = 0, bp = bOff; p < kc; p++, bp += ldb) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + p]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            x = DoubleVector.broadcast(SPECIES, a[a1 + p]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            x = DoubleVector.broadcast(SPECIES, a[a2 + p]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            x = DoubleVector.broadcast(SPECIES, a[a3 + p]);
            s30 = x.fma(b0, s30);
            s31 = x.fma(b1, s31);
            x = DoubleVector.broadcast(SPECIES, a[a4 + p]);
            s40 = x.fma(b0, s40);
            s41 = x.fma(b1, s41);
            x = DoubleVector.broadcast(SPECIES, a[a5 + p]);
            s50 = x.fma(b0, s50);
            s51 = x.fma(b1, s51);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + LANES);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + LANES);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + LANES);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + LANES);
        s40.intoArray(c, c4);
        s41.intoArray(c, c4 + LANES);
        s50.intoArray(c, c5);
        s51.intoArray(c, c5 + LANES);
    }

    /**
     * Fewer rows than a tile ({@code m < MR}, such as one example {@code [1, k]}): one row of
     * {@code c} at a time, four vectors of columns per pass (four independent fma chains), then one
     * vector, then single columns; {@code b} read in place.
     */
    private static void fewRows(double[] a, double[] b, double[] c, int m, int k, int n) {
        int wide = 4 * LANES;
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            int ai = i * k;
            int j = 0;
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

    @Override
    public String name() {
        return "vector";
    }
}
