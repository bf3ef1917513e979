package org.deepfreq.model;

/**
 * A place where a network is cut: after layer {@code index} (0 = the raw input). The learning component
 * behind it effectively fits {(h_index(x_i), y_i)}.
 */
public record SplitPoint(int index, String name) {
}
