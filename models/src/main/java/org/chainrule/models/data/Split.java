package org.chainrule.models.data;

import org.chainrule.core.Rng;

/**
 * A data set cut in two at random: rows to learn from ({@code train}) and held-out rows to measure
 * on ({@code test}). Every row lands on exactly one side.
 *
 * <pre>
 *   Split s = Split.stratified(Datasets.iris(), 0.2, Rng.seed(2020));   // 120 train, 30 test
 * </pre>
 *
 * @param train the rows to fit on, features {@code [n − testRows, d]}
 * @param test the held-out rows, features {@code [testRows, d]}
 */
public record Split(Dataset train, Dataset test) {

    /**
     * A seeded random split: {@code round(testFraction · n)} rows go to {@code test}, the rest to
     * {@code train}, both in shuffled order.
     *
     * @param data the rows to split, features {@code [n, d]}
     * @param testFraction the share of rows held out, strictly between 0 and 1, e.g. 0.2
     * @param rng the seeded shuffle; the same seed gives the same split
     * @throws IllegalArgumentException if the fraction is out of range or a side would be empty
     */
    public static Split of(Dataset data, double testFraction, Rng rng) {
        int[] quota = {(int) Math.round(testFraction * data.size())};
        return cut("Split.of", data, testFraction, quota, new int[data.size()], rng);
    }

    /**
     * A seeded split that keeps each class's share: {@code round(testFraction · n_c)} rows of each
     * class c go to {@code test}, so both sides have (almost) the class balance of {@code data}.
     *
     * @param data the rows to split, features {@code [n, d]}
     * @param testFraction the share of each class held out, strictly between 0 and 1
     * @param rng the seeded shuffle; the same seed gives the same split
     * @throws IllegalArgumentException if the fraction is out of range or a side would be empty
     */
    public static Split stratified(Dataset data, double testFraction, Rng rng) {
        int[] quota = data.classCounts();
        for (int c = 0; c < quota.length; c++) {
            quota[c] = (int) Math.round(testFraction * quota[c]);
        }
        return cut("Split.stratified", data, testFraction, quota, data.labels(), rng);
    }

    /**
     * Walks the rows in a random order; a row of group g goes to test while g's quota lasts.
     * The first {@code quota[g]} rows of g in a uniform shuffle are a uniform random subset of g.
     */
    private static Split cut(String op, Dataset data, double testFraction, int[] quota, int[] group, Rng rng) {
        int n = data.size();
        int testRows = 0;
        for (int q : quota) {
            testRows += q;
        }
        check(op, n, testFraction, testRows);
        int[] test = new int[testRows];
        int[] train = new int[n - testRows];
        int t = 0;
        int r = 0;
        for (int row : rng.permutation(n)) {
            if (quota[group[row]] > 0) {
                quota[group[row]]--;
                test[t++] = row;
            } else {
                train[r++] = row;
            }
        }
        return new Split(data.take(train), data.take(test));
    }

    private static void check(String op, int n, double testFraction, int testRows) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException(String.format("%s: testFraction is %s; it must be strictly "
                    + "between 0 and 1 (0.2 holds out 20%% of the rows).", op, testFraction));
        }
        if (testRows == 0 || testRows == n) {
            throw new IllegalArgumentException(String.format("%s: testFraction %s of %d rows gives %d test "
                    + "and %d training rows; each side needs at least one row.", op, testFraction, n,
                    testRows, n - testRows));
        }
    }
}
