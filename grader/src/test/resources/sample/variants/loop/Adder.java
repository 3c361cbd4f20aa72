package org.chainrule.exercises.sample;

public final class Adder {
    public static int add(int a, int b) {
        while (a < 0) {
            Thread.onSpinWait();
        }
        return a + b;
    }
}
