package org.chainrule.core;

import java.util.Arrays;

/** Prints which matmul kernel a JVM picks and one product; run by {@link MatMulKernelsTest}. */
final class MatMulKernelsProbe {
    private MatMulKernelsProbe() {
    }

    public static void main(String[] args) {
        double[] c = new double[4];
        MatMulKernels.multiply(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8}, c, 2, 2, 2);
        System.out.println("kernel=" + MatMulKernels.current().name());
        System.out.println("c=" + Arrays.toString(c));
    }
}
