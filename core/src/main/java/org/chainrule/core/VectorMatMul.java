package org.chainrule.core;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Fast matrix multiply, {@code c = a · b}, on SIMD registers through the incubating Vector API.
 */
final class VectorMatMul implements MatMulKernel {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    static final int MR = 6;
    static final int NR = 2 * LANES;
    static final int KC = 256;
    static final int MC = 72;
    static final int NC = 1024;

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
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

    /** Packs b[pc..pc+kc)[jc..jc+nc) as strips of NR columns: strip s, row p at (s·kc + p)·NR; pads with zeros. */
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

    /** Packs a[ic..ic+mc)[pc..pc+kc) as strips of MR rows: strip s, column p at (s·kc + p)·MR; pads with zeros. */
    private static void packA(double[] a, int k, int ic, int mc, int pc, int kc, double[] aPack) {
        int at = 0;
        for (int ir = 0; ir < mc; ir += MR) {
            int rows = Math.min(MR, mc - ir);
            for (int p = 0; p < kc; p++) {
                for (int r = 0; r < rows; r++) {
                    aPack[at + r] = a[(ic + ir + r) * k + pc + p];
                }
                for (int r = rows; r < MR; r++) {
                    aPack[at + r] = 0.0;
                }
                at += MR;
            }
        }
    }

    private static void edgeTile(double[] aPack, int aOff, double[] bPack, int bOff, int kc,
                                 double[] c, int cOff, int n, int rows, int cols, double[] edge) {
        java.util.Arrays.fill(edge, 0.0);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(c, cOff + r * n, edge, r * NR, cols);
        }
        kernel(aPack, aOff, bPack, bOff, kc, edge, 0, NR);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(edge, r * NR, c, cOff + r * n, cols);
        }
    }

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
